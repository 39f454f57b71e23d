import ContentModel
import Foundation
import Linting
import Localization
import Testing

/// The seed post's junk lines stay out of every bundle.
@Suite struct SeedBundleTests {
  private func seedLines() throws -> [String] {
    try String(contentsOf: L10nFixture.seedPost, encoding: .utf8).components(separatedBy: "\n")
  }

  private func bundleTexts() throws -> [String] {
    let text = try String(contentsOf: L10nFixture.seedPost, encoding: .utf8)
    return L10nFixture.sourceTexts(try L10nFixture.units(text, path: "Samples/individual-psychotherapy.txt"))
  }

  @Test func bylineDuplicateAndBackToBlogAreLeftOut() throws {
    let lines = try seedLines()
    let texts = try bundleTexts()
    #expect(!texts.contains { $0.contains("John Smith") }, "line 1 (byline)")
    #expect(!texts.contains { $0.contains("Back to Blog") }, "line 69")
    // Line 7 repeats line 5: the text may be in a bundle once (line 5), never twice.
    let repeated = lines[6].trimmingCharacters(in: .whitespaces)
    #expect(lines[4].trimmingCharacters(in: .whitespaces) == repeated)
    #expect(texts.count { $0 == repeated } == 1)
    #expect(texts.contains { $0.hasPrefix("Individual psychotherapy, also known as talk therapy") })
  }

  @Test(.enabled(if: BuiltInRules.all.contains { $0.description.id == "ai-boilerplate" }))
  func assistantLeftoverIsLeftOut() throws {
    #expect(!(try bundleTexts()).contains { $0.contains("Let me know if you’d like") }, "line 67")
  }

  @Test func findingsOnABlockBecomeTranslatorNotes() throws {
    let document = try L10nFixture.document("Title Here\n\nThis therapy may help with anxiety for many people.\n")
    let block = try #require(document.blocks.first { $0.text.hasPrefix("This therapy") })
    let claim = Finding(
      rule: "clinical-claim", severity: .warning, message: "Unhedged efficacy claim.", range: block.textRange,
      excerpt: block.text)
    let residue = Finding(
      rule: "scrape-residue", severity: .warning, message: "Byline.", range: block.textRange, excerpt: block.text)
    let units = UnitBuilder().units(for: document, findings: [claim], sourceLocale: "en")
    let unit = try #require(units.first { $0.sourceText.hasPrefix("This therapy") })
    #expect(unit.notes.contains { $0.category == .lint && $0.text.contains("keep the hedging; do not strengthen") })
    let dropped = UnitBuilder().units(for: document, findings: [residue], sourceLocale: "en")
    #expect(!dropped.contains { $0.sourceText.hasPrefix("This therapy") })
  }
}
