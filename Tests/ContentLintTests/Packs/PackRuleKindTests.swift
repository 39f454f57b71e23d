import ContentModel
import Linting
import Testing

@Suite struct PackRuleKindTests {
  @Test func existenceMatchesWholeWordsAcrossCaseAndApostrophes() throws {
    let rule = try PackLinting.rule(
      """
      kind: existence
      message: "Avoid '%s'."
      tokens: [it's important to note, delve]
      """)
    let findings = try PackLinting.findings(
      [rule], in: "IT’S IMPORTANT TO NOTE that we delve here, not in delved or delivery.")
    #expect(findings.map(\.message) == ["Avoid 'IT’S IMPORTANT TO NOTE'.", "Avoid 'delve'."])
    #expect(findings.map(\.range.start.column) == [1, 32])
    #expect(findings.first?.range.end.column == 23)
  }

  @Test func existenceStopsAtPunctuationAndHonoursCaseAndExceptions() throws {
    let sensitive = try PackLinting.rule(
      """
      kind: existence
      message: "%s"
      ignore-case: false
      tokens: [Delve]
      """)
    #expect(try PackLinting.findings([sensitive], in: "We delve. Delve on.").map(\.range.start.column) == [11])
    let phrase = try PackLinting.rule(
      """
      kind: existence
      message: "%s"
      tokens: [rich tapestry]
      exceptions: [rich tapestry museum]
      """)
    #expect(try PackLinting.findings([phrase], in: "It is rich. Tapestry comes later.").isEmpty)
    #expect(try PackLinting.findings([phrase], in: "Visit the Rich Tapestry Museum today.").isEmpty)
    #expect(try PackLinting.findings([phrase], in: "A rich-tapestry of ideas.").count == 1)
  }

  @Test func existenceWithPatterns() throws {
    let rule = try PackLinting.rule(
      """
      kind: existence
      message: "Placeholder %s"
      patterns: ['\\[(?:insert|your) [a-z ]+\\]']
      whole-word: false
      """)
    let findings = try PackLinting.findings([rule], in: "Call [insert clinic name] or write to [Your Name] today.")
    #expect(findings.map(\.message) == ["Placeholder [insert clinic name]", "Placeholder [Your Name]"])
  }

  @Test func substitutionSuggestsThePreferredWording() throws {
    let rule = try PackLinting.rule(
      """
      kind: substitution
      message: "'%s' should be '%s'"
      swap:
        utilize: use
        in order to: to
      """)
    let findings = try PackLinting.findings([rule], in: "Utilize the tools in order to rest.")
    #expect(findings.map(\.message) == ["'Utilize' should be 'Use'", "'in order to' should be 'to'"])
    #expect(findings.map(\.suggestion) == ["Write 'Use'.", "Write 'to'."])
    #expect(findings.map(\.range.start.column) == [1, 19])
  }

  @Test func occurrenceCountsPerScope() throws {
    let longSentences = try PackLinting.rule(
      """
      kind: occurrence
      message: "Sentence of %s words."
      scope: sentence
      max: 5
      """)
    let findings = try PackLinting.findings(
      [longSentences], in: "Short one here. This sentence has far too many words in it. Fine again.")
    #expect(findings.map(\.message) == ["Sentence of 9 words."])
    #expect(findings.first?.range.start.column == 17)
    let atLeast = try PackLinting.rule(
      """
      kind: occurrence
      message: "Only %s sources."
      scope: paragraph
      tokens: [source]
      min: 2
      """)
    #expect(
      try PackLinting.findings([atLeast], in: "One source.\n\nA source and a source.").map(\.range.start.line) == [1])
    let dashes = try PackLinting.rule(
      """
      kind: occurrence
      message: "%s dashes"
      patterns: ['—']
      whole-word: false
      max: 1
      """)
    let flagged = try PackLinting.findings([dashes], in: "A—b—c—d.")
    #expect(flagged.map(\.range.start.column) == [4])
    #expect(flagged.map(\.message) == ["3 dashes"])
  }

  @Test func repetitionFlagsDoubledWordsWithASafeFix() throws {
    let rule = try PackLinting.rule(
      """
      kind: repetition
      message: "'%s' is repeated."
      exceptions: [had]
      """)
    let findings = try PackLinting.findings([rule], in: "We went to the the shop. She had had enough. It ends. Ends.")
    #expect(findings.map(\.message) == ["'the' is repeated."])
    let finding = try #require(findings.first)
    #expect(finding.range.start == SourcePosition(line: 1, column: 12))
    #expect(
      finding.fix
        == Fix(kind: .delete, range: SourceRange(start: .init(line: 1, column: 15), end: .init(line: 1, column: 19))))
  }

  /// Rules run together read one shared walk per block: each still finds exactly what it finds alone, and
  /// only the first heading that repeats the title is scoped as the title.
  @Test func rulesRunTogetherFindWhatEachFindsAlone() throws {
    let html = """
      <html><head><title>Delve deep</title></head><body><article>
      <h1>Delve deep</h1>
      <p>We delve into a rich tapestry here.</p>
      <h2>Delve deep</h2>
      <ul><li>A Rich Tapestry, then delve.</li></ul>
      </article></body></html>
      """
    let rules = try [
      PackLinting.rule("kind: existence\nmessage: '%s'\ntokens: [delve]\nscope: title", name: "title"),
      PackLinting.rule("kind: existence\nmessage: '%s'\ntokens: [delve]\nscope: heading", name: "heading"),
      PackLinting.rule("kind: existence\nmessage: '%s'\ntokens: [rich tapestry]", name: "tapestry"),
      PackLinting.rule(
        "kind: existence\nmessage: '%s'\ntokens: [Rich Tapestry]\nignore-case: false", name: "cased"),
    ]
    let together = try PackLinting.findings(rules, in: html, format: .html)
    let alone = try rules.flatMap { try PackLinting.findings([$0], in: html, format: .html) }
    #expect(together == alone.sorted(by: Finding.reportOrder))
    #expect(together.filter { $0.rule == "test/title" }.map(\.range.start.line) == [2])
    #expect(together.filter { $0.rule == "test/heading" }.map(\.range.start.line) == [4])
    #expect(together.filter { $0.rule == "test/cased" }.map(\.range.start.line) == [5])
    #expect(together.filter { $0.rule == "test/tapestry" }.map(\.range.start.line) == [3, 5])
  }

  @Test func scopesPickTitleHeadingsAndListsButNeverCode() throws {
    let html = """
      <html><head><title>Delve deep</title></head><body><article>
      <h1>Delve deep</h1>
      <h2>Why delve</h2>
      <p>We delve here.</p>
      <ul><li>Delve there.</li></ul>
      <pre><code>delve = true</code></pre>
      </article></body></html>
      """
    func lines(_ scope: String) throws -> [Int] {
      let rule = try PackLinting.rule("kind: existence\nmessage: '%s'\ntokens: [delve]\nscope: \(scope)")
      return try PackLinting.findings([rule], in: html, format: .html).map(\.range.start.line)
    }
    #expect(try lines("title") == [2])
    #expect(try lines("heading") == [3])
    #expect(try lines("[paragraph, list-item]") == [4, 5])
    #expect(try lines("sentence") == [4, 5])
    let everywhere = try PackLinting.rule("kind: existence\nmessage: '%s'\ntokens: [delve]")
    #expect(try PackLinting.findings([everywhere], in: html, format: .html).map(\.range.start.line) == [2, 3, 4, 5])
  }

  @Test func aRegexThatRunsTooLongIsCutOffAndNamed() throws {
    let rule = try PackLinting.rule(
      """
      kind: existence
      message: "%s"
      patterns: ['(a+)+$']
      whole-word: false
      """, pack: "slow", name: "backtracking", regexTimeLimit: 5)
    let text = String(repeating: "a", count: 40) + "!"
    let clock = ContinuousClock()
    var findings: [Finding] = []
    let elapsed = try clock.measure { findings = try PackLinting.findings([rule], in: text) }
    #expect(elapsed < .seconds(10))
    let finding = try #require(findings.first)
    #expect(finding.rule == "slow/backtracking")
    #expect(finding.message.contains("slow/backtracking"))
    #expect(finding.message.contains("took too long"))
  }
}
