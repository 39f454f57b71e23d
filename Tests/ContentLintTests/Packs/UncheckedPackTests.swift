import ContentModel
import Linting
import Testing

/// The bundled packs are loaded without compiling their patterns up front (`checksPatterns: false`): a rule
/// then compiles its pattern when a block first needs it, and must find exactly what the checked rule finds.
@Suite struct UncheckedPackTests {
  @Test func uncheckedBundledRulesFindWhatCheckedOnesFind() throws {
    let checked = try PackLoader.load(directory: PackLinting.bundledPacks)
    let unchecked = try PackLoader.load(directory: PackLinting.bundledPacks, checksPatterns: false)
    #expect(checked.map(\.id) == unchecked.map(\.id))
    #expect(checked.contains { !$0.definition.patterns.isEmpty }, "no bundled rule has a pattern to compile late")
    for (rule, late) in zip(checked, unchecked) {
      let examples = rule.ruleDescription.triggeringExamples + rule.ruleDescription.nonTriggeringExamples
      for example in examples {
        let text = ExampleMarkers.strip(example.text).text
        let expected = try PackLinting.findings([rule], in: text, format: example.format)
        let found = try PackLinting.findings([late], in: text, format: example.format)
        #expect(found == expected, "\(rule.id): \(text)")
      }
    }
  }

  /// A pack loaded unchecked whose pattern does not compile (a bundled pack edited by hand) reports it on the
  /// post that needed it, as a rule that could not finish; the run goes on.
  @Test func aBrokenPatternLoadedUncheckedIsReportedNotACrash() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "edited/broken.yml", "kind: existence\nmessage: m\nsummary: s\nwhole-word: false\npatterns: ['(unclosed']\n")
    let rules = try PackLoader.load(directory: folder.url.path, checksPatterns: false)
    let findings = try PackLinting.findings(rules, in: "A paragraph that the pattern is tried on.")
    #expect(findings.count == 1)
    #expect(findings.first?.message.contains("does not compile") == true)
  }

  @Test func aBrokenPatternIsStillAConfigurationErrorWhenChecked() throws {
    #expect(throws: ConfigurationError.self) {
      try PackLinting.rule("kind: existence\nmessage: m\nsummary: s\npatterns: ['(unclosed']\n")
    }
  }
}
