public import ContentModel

/// A problem `l10n check` found in a translation.
public struct TranslationIssue: Hashable, Sendable {
  /// Stable check id: codes, urls, numbers, untranslated, identical, whitespace, punctuation, length,
  /// plurals, messageformat, ai-boilerplate, needs-review, unknown-unit, syntax.
  public var check: String
  public var severity: Severity
  public var path: String
  public var line: Int?
  public var unit: String
  public var segment: String?
  public var message: String

  public init(
    check: String, severity: Severity, path: String, line: Int?, unit: String, segment: String?, message: String
  ) {
    self.check = check
    self.severity = severity
    self.path = path
    self.line = line
    self.unit = unit
    self.segment = segment
    self.message = message
  }

  /// `path:line: severity: unit u…/s2: message [check]`.
  public var formatted: String {
    let location = line.map { "\(path):\($0)" } ?? path
    let target = segment.map { "\(unit)/\($0)" } ?? unit
    return "\(location): \(severity.rawValue): unit \(target): \(message) [\(check)]"
  }
}
