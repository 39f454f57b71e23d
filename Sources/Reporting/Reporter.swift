public import ContentModel

/// What a reporter is given: every file's findings and the rules that ran.
public struct LintReport: Sendable {
  public var files: [FileReport]
  /// The rules that ran, for formats that describe them (SARIF).
  public var rules: [RuleSummary]
  public var toolVersion: String

  public init(files: [FileReport], rules: [RuleSummary] = [], toolVersion: String) {
    self.files = files
    self.rules = rules
    self.toolVersion = toolVersion
  }

  /// Findings counted by severity.
  public var counts: [Severity: Int] {
    var counts: [Severity: Int] = [.error: 0, .warning: 0, .suggestion: 0]
    for file in files {
      for finding in file.findings { counts[finding.severity, default: 0] += 1 }
    }
    return counts
  }

  public var findingCount: Int { files.reduce(0) { $0 + $1.findings.count } }
}

/// A rule as reports describe it.
public struct RuleSummary: Hashable, Sendable {
  public var id: String
  public var defaultSeverity: Severity
  public var summary: String
  public var details: String

  public init(id: String, defaultSeverity: Severity, summary: String, details: String) {
    self.id = id
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.details = details
  }
}

/// Renders a lint report in one output format.
public protocol Reporter: Sendable {
  /// The `--format` name.
  static var name: String { get }
  func render(_ report: LintReport) -> String
}
