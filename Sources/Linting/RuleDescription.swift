public import ContentModel

/// An example post for a rule: the documentation `explain` prints and a test case at once.
///
/// In a triggering example, `1️⃣`, `2️⃣`, … mark where each finding must start; the markers are
/// removed before the example is linted.
public struct RuleExample: Hashable, Sendable {
  public var text: String
  public var format: SourceFormat
  public var note: String?
  /// Options for this example only, as they would be written in the configuration.
  public var options: [String: RuleOptionValue]

  public init(_ text: String, format: SourceFormat = .text, note: String? = nil, options: [String: RuleOptionValue] = [:]) {
    self.text = text
    self.format = format
    self.note = note
    self.options = options
  }
}

/// A setting a rule reads from the configuration.
public struct RuleOptionDescription: Hashable, Sendable {
  public var name: String
  public var defaultValue: RuleOptionValue
  public var summary: String

  public init(_ name: String, default defaultValue: RuleOptionValue, _ summary: String) {
    self.name = name
    self.defaultValue = defaultValue
    self.summary = summary
  }
}

/// Everything a person or a tool needs to know about a rule.
public struct RuleDescription: Hashable, Sendable {
  /// Stable kebab-case id, `PACK/RULE` for rules from packs.
  public var id: String
  public var defaultSeverity: Severity
  public var summary: String
  public var details: String
  public var triggeringExamples: [RuleExample]
  public var nonTriggeringExamples: [RuleExample]
  public var options: [RuleOptionDescription]
  /// Where the rule comes from: `built-in` or the pack's name.
  public var source: String

  public init(
    id: String, defaultSeverity: Severity, summary: String, details: String,
    triggeringExamples: [RuleExample] = [], nonTriggeringExamples: [RuleExample] = [],
    options: [RuleOptionDescription] = [], source: String = "built-in"
  ) {
    self.id = id
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.details = details
    self.triggeringExamples = triggeringExamples
    self.nonTriggeringExamples = nonTriggeringExamples
    self.options = options
    self.source = source
  }
}
