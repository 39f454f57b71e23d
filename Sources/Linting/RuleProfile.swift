public import ContentModel

/// The rules one configuration runs, and what it changes about their findings afterwards.
///
/// Files whose configurations resolve to the same settings share a profile, so a run builds one
/// `Linter` per distinct configuration, not per file.
public struct RuleProfile: Sendable {
  /// The document rules of this configuration.
  public let linter: Linter
  /// Which of the run's corpus linters serves files of this profile (its corpus rules and options).
  public let corpusLinter: Int?
  /// Severities set by the configuration, by rule id.
  public let severities: [String: Severity]
  /// Rules switched off that can still produce findings outside a rule (`unused-suppression`).
  public let disabled: Set<String>

  public init(linter: Linter, corpusLinter: Int?, severities: [String: Severity] = [:], disabled: Set<String> = []) {
    self.linter = linter
    self.corpusLinter = corpusLinter
    self.severities = severities
    self.disabled = disabled
  }

  /// Findings as the user configured them: configured severities, suppression comments applied, and
  /// the suppressions that hid nothing reported.
  public func finish(_ findings: [Finding], comments: [SourceComment], source: String) -> [Finding] {
    var adjusted = findings
    for index in adjusted.indices {
      if let severity = severities[adjusted[index].rule] { adjusted[index].severity = severity }
    }
    let (kept, unused) = Suppressions(comments: comments, source: source).apply(adjusted)
    guard !disabled.contains(Suppressions.unusedRule) else { return kept }
    return kept
      + unused.map { finding in
        var finding = finding
        if let severity = severities[finding.rule] { finding.severity = severity }
        return finding
      }
  }
}
