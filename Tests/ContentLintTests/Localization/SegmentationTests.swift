import ContentModel
import Foundation
import Localization
import Testing

@Suite struct SegmentationTests {
  @Test(arguments: ["Dr.", "Mr.", "e.g.", "i.e.", "etc.", "vs.", "No."])
  func abbreviationNeverEndsASegment(_ abbreviation: String) throws {
    let text =
      "Title Line\n\nWe met \(abbreviation) Smith and others at the clinic today. The second sentence follows here.\n"
    let unit = try #require(try L10nFixture.units(text).first { $0.sourceText.hasPrefix("We met") })
    #expect(unit.segments.count == 2)
    let first = InlinePiece.plainText(unit.segments[0].source)
    #expect(first == "We met \(abbreviation) Smith and others at the clinic today.")
  }

  @Test func seedPostHasNoSegmentEndingAfterAnAbbreviation() throws {
    let text = try String(contentsOf: L10nFixture.seedPost, encoding: .utf8)
    let units = try L10nFixture.units(text, path: "Samples/individual-psychotherapy.txt")
    let segments = units.flatMap(\.segments).map { InlinePiece.plainText($0.source) }
    #expect(segments.count > 30)
    for segment in segments {
      for abbreviation in ["Dr.", "e.g.", "i.e.", "etc.", "vs.", "No."] {
        #expect(!segment.hasSuffix(" " + abbreviation), "segment ends after \(abbreviation): \(segment)")
      }
    }
  }

  @Test func inlineMarkupBecomesCodesAndProtectedTextStaysOut() throws {
    let units = L10nFixture.extracted(try L10nFixture.htmlDocument()).map(\.unit)
    let paragraph = try #require(units.first { $0.sourceText.hasPrefix("Poor sleep") })
    #expect(paragraph.segments.count == 2)
    #expect(
      paragraph.segments[0].source == [
        .text("Poor sleep can affect "), .open(1), .text("how you feel"), .close(1),
        .text(" the next day."),
      ])
    let link = try #require(paragraph.code(2))
    #expect(link.kind == .link)
    #expect(link.href == "https://example.org/sleep-study?id=42&lang=en")
    let habits = try #require(units.first { $0.sourceText.hasPrefix("Small habits") })
    let code = try #require(habits.codes.first { $0.kind == .code })
    #expect(code.display == "sleep --log")
    #expect(habits.segments[1].source.contains(.standalone(code.id)))
    #expect(!habits.sourceText.contains("sleep --log"))
    // translate="no", residue (byline, "Back to Blog") and chrome are not in any unit.
    let texts = units.map(\.sourceText).joined(separator: "\n")
    #expect(!texts.contains("Sleep Lab"))
    #expect(!texts.contains("Jane Doe"))
    #expect(!texts.contains("Back to Blog"))
    #expect(units.contains { $0.role == "title" && $0.sourceText == "Sleep and Mood: What the Research Says" })
    #expect(units.contains { $0.role == "description" })
    let alt = try #require(units.firstIndex { $0.role == "image-alt" })
    #expect(units[alt].sourceText == "A dark, quiet bedroom at night")
    #expect(units[alt + 1].role == "image-title")
    #expect(units[alt + 2].sourceText == "Habits that help")
  }

  @Test func aSpanAcrossASentenceBreakKeepsTheSentencesTogether() throws {
    let html =
      "<html><body><article><h1>T</h1><p>First part <a href=\"/x\">ends here. And goes</a> on to the end. Next one.</p></article></body></html>"
    let units = L10nFixture.extracted(try L10nFixture.document(html, path: "p.html")).map(\.unit)
    let unit = try #require(units.first { $0.sourceText.hasPrefix("First part") })
    #expect(unit.segments.count == 2)
    #expect(InlinePiece.plainText(unit.segments[0].source) == "First part ends here. And goes on to the end.")
  }
}
