import ContentModel

extension LintOutcome {
  /// The one line CI logs show at the end of a run: `contentlint: 6 files, 4 findings (1 error, 3 warnings)`,
  /// or `contentlint: 6 files (5 from the cache), …` with `--cache`.
  public var summaryLine: String {
    var files = Self.counted(reports.count, "file")
    if let cachedPosts { files += " (\(cachedPosts) from the cache)" }
    let findings = reports.flatMap(\.findings)
    guard !findings.isEmpty else { return "contentlint: \(files), no findings" }
    let bySeverity = Severity.allCases.reversed().compactMap { severity -> String? in
      let count = findings.filter { $0.severity == severity }.count
      return count == 0 ? nil : Self.counted(count, severity.rawValue)
    }
    return "contentlint: \(files), \(Self.counted(findings.count, "finding")) (\(bySeverity.joined(separator: ", ")))"
  }

  /// `1 file`, `2 files`: the count with its noun, for messages.
  public static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
