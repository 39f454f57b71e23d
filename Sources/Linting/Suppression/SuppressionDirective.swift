public import ContentModel

/// A `contentlint-disable`, `contentlint-enable` or `contentlint-disable-next-line` comment.
public struct SuppressionDirective: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case disable = "contentlint-disable"
    case enable = "contentlint-enable"
    case disableNextLine = "contentlint-disable-next-line"
  }

  public var kind: Kind
  /// Rule ids or pack names; empty means every rule.
  public var rules: [String]
  public var line: Int
  /// The comment's text, for the report of an unused one.
  public var text: String

  /// Reads a comment; nil when it is not a directive. Rules are separated by commas or spaces, and a
  /// ` -- ` starts a reason that is not read.
  public init?(_ comment: SourceComment) {
    var text = comment.text
    if let reason = text.range(of: " -- ") { text = String(text[..<reason.lowerBound]) }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }).map(String.init)
    guard let first = words.first, let kind = Kind(rawValue: first) else { return nil }
    self.kind = kind
    rules = Array(words.dropFirst())
    line = comment.line
    self.text = ([first] + rules).joined(separator: " ")
  }

  /// True when the directive names `rule`: every rule, the rule's id, or the pack it belongs to.
  public func covers(_ rule: String) -> Bool {
    rules.isEmpty || rules.contains { $0 == rule || rule.hasPrefix($0 + "/") }
  }
}
