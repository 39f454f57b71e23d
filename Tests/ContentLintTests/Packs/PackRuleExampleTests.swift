import ContentModel
import Linting
import Testing

/// Every rule of the packs shipped in `Rules/packs` carries its own examples, and they behave as
/// written: findings exactly at the `1️⃣` markers of triggering examples, none on the others.
@Suite struct PackRuleExampleTests {
  static let rules: [PackRule] = (try? PackLoader.load(directory: PackLinting.bundledPacks)) ?? []

  @Test func bundledPacksLoad() throws {
    let rules = try PackLoader.load(directory: PackLinting.bundledPacks)
    #expect(rules.count >= 8)
    #expect(Set(rules.map(\.definition.pack)) == ["ai-style"])
    #expect(rules.allSatisfy { $0.definition.severity == .suggestion })
  }

  @Test(arguments: rules.map(\.id))
  func examplesBehaveAsDocumented(_ id: String) throws {
    let rule = try #require(Self.rules.first { $0.id == id })
    let description = rule.ruleDescription
    #expect(!description.triggeringExamples.isEmpty, "\(id) has no triggering example")
    #expect(!description.nonTriggeringExamples.isEmpty, "\(id) has no non-triggering example")
    #expect(!description.details.isEmpty, "\(id) has no description")
    for example in description.triggeringExamples {
      let (text, markers) = ExampleMarkers.strip(example.text)
      #expect(!markers.isEmpty, "\(id): a triggering example has no 1️⃣ marker")
      let found = try PackLinting.findings([rule], in: text, format: example.format).map(\.range.start)
      #expect(found == markers.map { PackLinting.position(ofScalar: $0, in: text) }, "\(id): \(text)")
    }
    for example in description.nonTriggeringExamples {
      let found = try PackLinting.findings([rule], in: example.text, format: example.format)
      #expect(found.isEmpty, "\(id) fired on: \(example.text) → \(found.map(\.message))")
    }
  }

  @Test func unusedSuppressionExamplesBehaveAsDocumented() throws {
    let description = Suppressions.description
    for example in description.triggeringExamples {
      let (text, markers) = ExampleMarkers.strip(example.text)
      let found = try PackLinting.findings(Self.rules, in: text, format: example.format)
      #expect(found.map(\.rule) == markers.map { _ in Suppressions.unusedRule }, "\(text)")
      #expect(found.map(\.range.start) == markers.map { PackLinting.position(ofScalar: $0, in: text) }, "\(text)")
    }
    for example in description.nonTriggeringExamples {
      let found = try PackLinting.findings(Self.rules, in: example.text, format: example.format)
      #expect(found.isEmpty, "\(example.text) → \(found.map(\.message))")
    }
  }

  /// The seed post is what the product was started from: a suggestion-level pack that is on by
  /// default must stay quiet on it.
  @Test func aiStyleIsQuietOnTheSeedPost() throws {
    let seed = try String(
      contentsOf: TestPaths.samples.appendingPathComponent("individual-psychotherapy.txt"), encoding: .utf8)
    #expect(try PackLinting.findings(Self.rules, in: seed).isEmpty)
  }
}
