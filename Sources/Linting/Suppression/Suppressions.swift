public import ContentModel

/// Applies a post's suppression comments to its findings, once every rule (corpus rules included)
/// has run, and reports the comments that suppressed nothing.
public struct Suppressions: Sendable {
  public static let unusedRule = "unused-suppression"

  /// The catalogue entry for `unused-suppression`, with examples that its test runs.
  public static let description = RuleDescription(
    id: unusedRule, defaultSeverity: .warning,
    summary: "A contentlint-disable comment that suppresses nothing.",
    details: """
      `<!-- contentlint-disable RULE -->` … `<!-- contentlint-enable -->` hides findings of RULE (a rule id, \
      a pack name, or every rule when none is named) between the two comments; \
      `<!-- contentlint-disable-next-line RULE -->` hides them on the next line that has text. In plain text \
      the same words stand alone on a line. Several rules are separated by commas or spaces, and ` -- ` \
      starts a reason that is not read.

      A suppression that hides nothing is reported: the problem it was written for is gone, or the rule \
      name is misspelt, and a stale suppression would hide the next real problem there. A comment that \
      starts with `contentlint-` but is no directive (`contentlint-disable-line`) is reported the same way.
      """,
    triggeringExamples: [
      RuleExample(
        """
        1️⃣contentlint-disable-next-line ai-style/delve
        This sentence is fine as it is.
        """, note: "Nothing on the next line to suppress."),
      RuleExample(
        """
        <html><body><article>
        <!-- 1️⃣contentlint-disable ai-style -->
        <p>A plain paragraph with nothing to flag.</p>
        <!-- contentlint-enable -->
        </article></body></html>
        """, format: .html, note: "A block suppression around clean text."),
    ],
    nonTriggeringExamples: [
      RuleExample(
        """
        contentlint-disable-next-line ai-style/delve
        In this post we delve into sleep.
        """, note: "The suppression hides the doubled word on the next line."),
      RuleExample(
        """
        <html><body><article>
        <!-- contentlint-disable ai-style -->
        <p>In this post we delve into sleep.</p>
        <!-- contentlint-enable -->
        <p>Nothing else here.</p>
        </article></body></html>
        """, format: .html, note: "A pack name covers all of its rules."),
    ])

  public let directives: [SuppressionDirective]
  private let nextTextLine: [Int: Int]

  public init(comments: [SourceComment], source: String) {
    directives = comments.compactMap(SuppressionDirective.init).sorted { $0.line < $1.line }
    // A misspelt directive ("contentlint-disable-line") would otherwise hide nothing without a word.
    unknown = comments.filter { $0.text.hasPrefix("contentlint-") && SuppressionDirective($0) == nil }
    // Lines are looked at only to place directives: a post without any is not split.
    let lines =
      directives.isEmpty && unknown.isEmpty ? [] : source.split(separator: "\n", omittingEmptySubsequences: false)
    var targets: [Int: Int] = [:]
    for directive in directives where directive.kind == .disableNextLine {
      var line = directive.line + 1
      while line <= lines.count, lines[line - 1].allSatisfy(\.isWhitespace) { line += 1 }
      targets[directive.line] = line
    }
    nextTextLine = targets
    self.lines = lines
  }

  private let lines: [Substring]
  private let unknown: [SourceComment]

  /// The findings no directive hides, and a finding for each suppressing directive that hid nothing.
  public func apply(_ findings: [Finding]) -> (kept: [Finding], unused: [Finding]) {
    let misspelt = unknown.map(unknownFinding)
    guard !directives.isEmpty else { return (findings, misspelt) }
    var used = Set<Int>()
    var kept: [Finding] = []
    for finding in findings {
      if let directive = suppressor(of: finding) {
        used.insert(directive)
      } else {
        kept.append(finding)
      }
    }
    let unused = directives.indices.filter { directives[$0].kind != .enable && !used.contains($0) }.map {
      unusedFinding(directives[$0])
    }
    return (kept, (unused + misspelt).sorted(by: Finding.reportOrder))
  }

  /// The directive that hides `finding`, if any: a next-line directive aimed at its line, or the last
  /// disable before it that no enable has closed for its rule.
  private func suppressor(of finding: Finding) -> Int? {
    let line = finding.range.start.line
    var active: Int?
    for (index, directive) in directives.enumerated() where directive.line <= line && directive.covers(finding.rule) {
      switch directive.kind {
      case .disableNextLine:
        if nextTextLine[directive.line] == line { return index }
      case .disable:
        if directive.line < line { active = index }
      case .enable:
        if directive.line < line { active = nil }
      }
    }
    return active
  }

  private func unknownFinding(_ comment: SourceComment) -> Finding {
    let name = String(comment.text.prefix { !$0.isWhitespace })
    let start = SourcePosition(line: comment.line, column: column(of: name, onLine: comment.line))
    return Finding(
      rule: Self.unusedRule, severity: Self.description.defaultSeverity,
      message: "'\(name)' is not a contentlint directive, so it suppresses nothing.",
      range: SourceRange(start: start, end: start.advanced(by: name.unicodeScalars.count)), excerpt: comment.text,
      suggestion: "Write contentlint-disable, contentlint-enable or contentlint-disable-next-line.")
  }

  /// The 1-based column where `text` starts on a line of the source, 1 when it cannot be found.
  private func column(of text: String, onLine line: Int) -> Int {
    guard line >= 1, line <= lines.count, let found = lines[line - 1].range(of: text) else { return 1 }
    return lines[line - 1].unicodeScalars.distance(from: lines[line - 1].startIndex, to: found.lowerBound) + 1
  }

  private func unusedFinding(_ directive: SuppressionDirective) -> Finding {
    let start = SourcePosition(
      line: directive.line, column: column(of: directive.kind.rawValue, onLine: directive.line))
    let what = directive.rules.isEmpty ? "any rule" : directive.rules.joined(separator: ", ")
    return Finding(
      rule: Self.unusedRule, severity: Self.description.defaultSeverity,
      message: "This suppression of \(what) suppresses nothing.",
      range: SourceRange(start: start, end: start.advanced(by: directive.kind.rawValue.unicodeScalars.count)),
      excerpt: directive.text, suggestion: "Remove the comment, or correct the rule name.")
  }
}
