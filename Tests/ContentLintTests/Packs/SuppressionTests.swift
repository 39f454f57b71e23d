import ContentModel
import Linting
import Testing

@Suite struct SuppressionTests {
  private let rule: PackRule
  private let other: PackRule

  init() throws {
    rule = try PackLinting.rule("kind: existence\nmessage: '%s'\ntokens: [delve]", pack: "style", name: "delve")
    other = try PackLinting.rule("kind: existence\nmessage: '%s'\ntokens: [tapestry]", pack: "style", name: "tapestry")
  }

  @Test func aBlockOfHTMLIsSuppressedBetweenDisableAndEnable() throws {
    let html = """
      <html><body><article>
      <p>We delve once.</p>
      <!-- contentlint-disable style/delve -->
      <p>We delve twice.</p>
      <p>We delve into a tapestry.</p>
      <!-- contentlint-enable -->
      <p>We delve again.</p>
      </article></body></html>
      """
    let findings = try PackLinting.findings([rule, other], in: html, format: .html)
    #expect(findings.map(\.range.start.line) == [2, 5, 7])
    #expect(findings.map(\.rule) == ["style/delve", "style/tapestry", "style/delve"])
  }

  @Test func thePackNameAndNoNameCoverEveryRule() throws {
    let text = "contentlint-disable style\n\nWe delve into a tapestry.\n\ncontentlint-enable style\n\nWe delve."
    #expect(try PackLinting.findings([rule, other], in: text).map(\.range.start.line) == [7])
    let all = "<!-- contentlint-disable -->\n<p>We delve into a tapestry.</p>"
    #expect(try PackLinting.findings([rule, other], in: all, format: .html).isEmpty)
  }

  @Test func theNextLineOnlyInText() throws {
    let text = """
      Title

      contentlint-disable-next-line style/delve, style/tapestry
      We delve into a tapestry.

      We delve again.
      """
    let findings = try PackLinting.findings([rule, other], in: text)
    #expect(findings.map(\.range.start.line) == [6])
  }

  @Test func theNextLineInHTMLSkipsBlankLines() throws {
    let html =
      "<article>\n<!-- contentlint-disable-next-line style/delve -->\n\n<p>We delve.</p>\n<p>We delve.</p>\n</article>"
    let findings = try PackLinting.findings([rule], in: html, format: .html)
    #expect(findings.map(\.range.start.line) == [5])
  }

  @Test func aSuppressionThatSuppressesNothingIsReported() throws {
    let html = """
      <article>
      <p>We delve.</p>
      <!-- contentlint-disable-next-line style/tapestry -- the metaphor is intended -->
      <p>We delve.</p>
      </article>
      """
    let findings = try PackLinting.findings([rule, other], in: html, format: .html)
    #expect(findings.map(\.rule) == ["style/delve", "unused-suppression", "style/delve"])
    let unused = try #require(findings.first { $0.rule == Suppressions.unusedRule })
    #expect(unused.severity == .warning)
    #expect(unused.range.start == SourcePosition(line: 3, column: 6))
    #expect(unused.message.contains("style/tapestry"))
  }

  @Test func aMisspeltRuleIsUnusedAndHidesNothing() throws {
    let text = "contentlint-disable-next-line style/delves\nWe delve."
    let findings = try PackLinting.findings([rule], in: text)
    #expect(findings.map(\.rule) == ["unused-suppression", "style/delve"])
  }

  @Test func configuredSeverityAndOffApplyToUnusedSuppressions() throws {
    let document = try PackLinting.document("contentlint-disable-next-line style/delve\nNothing here.")
    let quiet = RuleProfile(linter: Linter(rules: []), corpusLinter: nil, disabled: [Suppressions.unusedRule])
    #expect(quiet.finish([], comments: document.comments, source: document.source).isEmpty)
    let strict = RuleProfile(
      linter: Linter(rules: []), corpusLinter: nil, severities: [Suppressions.unusedRule: .error])
    #expect(strict.finish([], comments: document.comments, source: document.source).map(\.severity) == [.error])
  }

  @Test func aMisspeltDirectiveIsReported() throws {
    let html = "<article>\n<!-- contentlint-disable-line style/delve -->\n<p>We delve.</p>\n</article>"
    let findings = try PackLinting.findings([rule], in: html, format: .html)
    #expect(findings.map(\.rule) == ["unused-suppression", "style/delve"])
    #expect(
      findings.first?.message == "'contentlint-disable-line' is not a contentlint directive, so it suppresses nothing.")
    #expect(findings.first?.range.start == SourcePosition(line: 2, column: 6))
  }
}
