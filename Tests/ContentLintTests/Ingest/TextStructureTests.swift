import ContentModel
import Foundation
import Ingest
import Testing

/// Plain-text structure from fixtures under Fixtures/text.
@Suite struct TextStructureTests {
  private func ingest(_ name: String) throws -> Document {
    try TextIngester().ingestFixture("text/\(name)")
  }

  @Test func headingsListsBylinesReadingTimeAndClosingLinks() throws {
    let document = try ingest("structure.txt")
    #expect(document.metadata.title == "Coping With Winter Blues")
    #expect(document.metadata.byline == "Ana Lima")
    #expect(document.blocks.first?.role == .residue)
    #expect(document.blocks.filter { $0.kind == .heading }.map(\.text) == [
      "Coping With Winter Blues", "Common Signs", "What Helps",
    ])
    let items = document.blocks.filter { $0.kind == .listItem }
    #expect(items.map(\.text) == [
      "Low energy in the morning", "Craving sweet food", "Losing interest in hobbies", "Daylight walks before noon",
      "A fixed bedtime", "Talking to someone you trust",
    ])
    #expect(items[5].start == SourcePosition(line: 17, column: 4))
    let residue = document.blocks.filter { $0.role == .residue }.map(\.text)
    #expect(residue == ["By Ana Lima · 4 min read", "Reading time: 4 minutes", "Back to Blog"])
    #expect(!document.articleText.contains("Reading time"))
  }

  @Test func crlfLinesAndAClosingLink() throws {
    let document = try ingest("crlf.txt")
    #expect(document.metadata.title == "Sleep And Mood")
    let paragraph = try #require(document.blocks.first { $0.kind == .paragraph })
    #expect(paragraph.text == "A regular bedtime changes how you feel during the day. It also helps you wake up on time.")
    let it = try #require(paragraph.text.range(of: "It also"))
    #expect(paragraph.sourceRange(of: it).start == SourcePosition(line: 4, column: 1))
    #expect(document.blocks.filter { $0.kind == .listItem }.map(\.text) == ["Keep the room dark", "Put the phone away"])
    #expect(document.blocks.last?.text == "Read more: https://example.com/blog")
    #expect(document.blocks.last?.role == .residue)
    #expect(!document.articleText.contains("\r"))
  }

  @Test func tabIndentedListsNest() throws {
    let document = try ingest("tab-lists.txt")
    let items = document.blocks.filter { $0.kind == .listItem }
    #expect(items.map(\.text) == ["Your questions", "A notebook", "with a pen", "Something to drink"])
    #expect(items.map(\.level) == [1, 1, 2, 1])
    #expect(items[2].start == SourcePosition(line: 7, column: 5))
  }

  @Test func hardWrappedLinesJoinIntoParagraphs() throws {
    let document = try ingest("hard-wrapped.txt")
    let paragraphs = document.blocks.filter { $0.kind == .paragraph }
    #expect(paragraphs.count == 2)
    #expect(paragraphs[0].text.contains("The first sessions are spent getting to know each other"))
    #expect(paragraphs[0].text.hasSuffix("whether the approach suits you."))
    #expect(!paragraphs[0].text.contains("\n"))
    let spent = try #require(paragraphs[0].text.range(of: "spent"))
    #expect(paragraphs[0].sourceRange(of: spent).start == SourcePosition(line: 4, column: 1))
    #expect(document.metadata.title == "Why Therapy Takes Time")
  }
}
