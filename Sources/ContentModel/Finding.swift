/// An edit that resolves a finding without a person's judgement.
public struct Fix: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable {
    case delete
    case replace
  }

  public var kind: Kind
  /// The file range the edit replaces.
  public var range: SourceRange
  public var replacement: String

  public init(kind: Kind, range: SourceRange, replacement: String = "") {
    self.kind = kind
    self.range = range
    self.replacement = replacement
  }
}

/// One problem a rule found: a plain value, never an error thrown.
public struct Finding: Hashable, Sendable {
  /// Stable kebab-case rule id (`PACK/RULE` for pack rules).
  public var rule: String
  public var severity: Severity
  public var message: String
  public var range: SourceRange
  /// The flagged text, shortened for reports.
  public var excerpt: String
  public var suggestion: String?
  public var fix: Fix?
  /// The flagged text normalised, for baselines: stable when lines move.
  public var fingerprintText: String

  public init(
    rule: String, severity: Severity, message: String, range: SourceRange, excerpt: String,
    suggestion: String? = nil, fix: Fix? = nil, fingerprintText: String? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.range = range
    self.excerpt = excerpt
    self.suggestion = suggestion
    self.fix = fix
    self.fingerprintText = fingerprintText ?? excerpt
  }

  /// The contract's order: by line, column, then rule.
  public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
    if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
    if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
    return lhs.message < rhs.message
  }
}

/// The findings for one file, as reporters see them.
public struct FileReport: Hashable, Sendable {
  public var path: String
  public var findings: [Finding]
  /// The file's decoded text, for reporters that quote lines; nil when it could not be read.
  public var source: String?

  public init(path: String, findings: [Finding], source: String?) {
    self.path = path
    self.findings = findings
    self.source = source
  }
}
