import ContentModel
import Ingest
import Linting
import Testing

/// Every rule's documented examples are its tests: triggering examples must produce findings exactly
/// at their `1️⃣` markers, non-triggering examples must produce none.
@Suite struct RuleExampleTests {
  static let rules: [RuleDescription] = BuiltInRules.all.map { $0.description }

  @Test(arguments: BuiltInRules.all.map { ObjectIdentifier($0) })
  func examplesBehaveAsDocumented(_ identifier: ObjectIdentifier) throws {
    let type = try #require(BuiltInRules.all.first { ObjectIdentifier($0) == identifier })
    let description = type.description
    #expect(!description.triggeringExamples.isEmpty, "\(description.id) has no triggering example")
    #expect(!description.nonTriggeringExamples.isEmpty, "\(description.id) has no non-triggering example")
    for example in description.triggeringExamples {
      let (text, markers) = ExampleMarkers.strip(example.text)
      #expect(!markers.isEmpty, "\(description.id): a triggering example has no 1️⃣ marker")
      let found = try findings(of: type, in: text, example: example).map(\.range.start)
      let expected = markers.map { Self.position(ofScalar: $0, in: text) }
      #expect(found == expected, "\(description.id): \(example.note ?? text)")
    }
    for example in description.nonTriggeringExamples {
      let found = try findings(of: type, in: example.text, example: example)
      #expect(found.isEmpty, "\(description.id) fired on: \(example.note ?? example.text) → \(found.map(\.message))")
    }
  }

  @Test func everyRuleHasAUniqueKebabCaseId() {
    let ids = Self.rules.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in ids { #expect(id.allSatisfy { $0.isLowercase || $0 == "-" || $0 == "/" }, "\(id)") }
  }

  private func findings(of type: any BuiltInRule.Type, in text: String, example: RuleExample) throws -> [Finding] {
    let ingester: any Ingester = example.format == .html ? HTMLIngester() : TextIngester()
    let document = try ingester.ingest(Array(text.utf8), path: example.format == .html ? "example.html" : "example.txt")
    let rule = try BuiltInRules.make(type, options: RuleOptions(example.options))
    let linter = Linter(rules: [rule])
    let (documentFindings, summary) = linter.lint(document)
    let all = documentFindings + (linter.lintCorpus([summary]).first ?? [])
    return all.filter { $0.rule == type.description.id }.sorted(by: Finding.reportOrder)
  }

  static func position(ofScalar offset: Int, in text: String) -> SourcePosition {
    var line = 1
    var column = 1
    for (index, scalar) in text.unicodeScalars.enumerated() {
      if index == offset { break }
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return SourcePosition(line: line, column: column)
  }
}
