import ContentModel
import Foundation
import Ingest
import Testing

@Suite struct TextIngesterTests {
  let ingester = TextIngester()

  private func ingest(_ text: String) throws -> Document {
    try ingester.ingest(Array(text.utf8), path: "post.txt")
  }

  @Test func readsTheSeedPostStructure() throws {
    let document = try ingester.ingest(
      Array(try Data(contentsOf: TestPaths.samples.appendingPathComponent("individual-psychotherapy.txt"))),
      path: "individual-psychotherapy.txt")
    #expect(document.metadata.title == "Understanding Individual Psychotherapy A Path to Personal Growth")
    #expect(document.metadata.byline == "John Smith")
    let byline = try #require(document.blocks.first)
    #expect(byline.role == .residue)
    #expect(byline.start == SourcePosition(line: 1, column: 1))
    let title = document.blocks[1]
    #expect(title.kind == .heading && title.level == 1)
    let firstItem = try #require(document.blocks.first { $0.kind == .listItem })
    #expect(firstItem.text == "Personalized attention in a safe, non-judgmental space.")
    #expect(firstItem.start == SourcePosition(line: 17, column: 5))
    #expect(document.blocks.filter { $0.kind == .heading }.map(\.text).contains("What is Individual Psychotherapy?"))
    let last = try #require(document.blocks.last)
    #expect(last.text == "Back to Blog" && last.role == .residue && last.start.line == 69)
    #expect(!document.articleText.contains("Back to Blog"))
    #expect(!document.articleText.hasPrefix("Understanding"))
  }

  @Test func hardWrappedLinesJoinIntoOneParagraph() throws {
    let document = try ingest(
      "The goal is to explore feelings, beliefs, and behaviors, work through\nchallenging memories, and develop healthy coping strategies in a\nconfidential environment.\n")
    #expect(document.blocks.count == 1)
    let block = document.blocks[0]
    #expect(block.kind == .paragraph)
    #expect(block.text.hasPrefix("The goal is to explore feelings, beliefs, and behaviors, work through challenging"))
    let offset = block.text.unicodeScalars.count - "environment.".unicodeScalars.count
    #expect(block.sourceMap.position(at: offset) == SourcePosition(line: 3, column: 14))
  }

  @Test(arguments: ["• ", "- ", "* ", "– ", "1. ", "12) ", "\t- "])
  func recognisesBullets(marker: String) throws {
    let document = try ingest("Intro paragraph that is long enough to stand alone here.\n\n\(marker)First item\n\(marker)Second item\n")
    let items = document.blocks.filter { $0.kind == .listItem }
    #expect(items.map(\.text) == ["First item", "Second item"])
    let expectedColumn = marker.unicodeScalars.count + 1
    #expect(items[0].start == SourcePosition(line: 3, column: expectedColumn))
  }

  @Test func crlfAndUTF16WithBOMDecode() throws {
    let crlf = try ingest("Title Line Here\r\n\r\nA first paragraph of the post.\r\nIt continues here.\r\n")
    #expect(crlf.blocks.map(\.text) == ["Title Line Here", "A first paragraph of the post. It continues here."])
    #expect(crlf.blocks[1].sourceMap.position(at: 31) == SourcePosition(line: 4, column: 1))
    var utf16: [UInt8] = [0xFF, 0xFE]
    for unit in "Café au lait\n\nParagraph about café culture.".utf16 {
      utf16.append(UInt8(unit & 0xFF))
      utf16.append(UInt8(unit >> 8))
    }
    let document = try ingester.ingest(utf16, path: "utf16.txt")
    #expect(document.blocks.map(\.text) == ["Café au lait", "Paragraph about café culture."])
  }

  @Test func rejectsBinaryAndInvalidText() {
    #expect(throws: IngestError.self) { try ingester.ingest([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], path: "x.txt") }
    #expect(throws: IngestError.self) { try ingester.ingest([0x41, 0x00, 0x42, 0x43], path: "x.txt") }
  }

  @Test func emptyFileIsAnEmptyDocument() throws {
    let document = try ingest("")
    #expect(document.blocks.isEmpty)
    #expect(document.metadata.title == nil)
  }

  @Test func directiveLinesAreNotProse() throws {
    let document = try ingest("contentlint-disable-next-line ai-boilerplate\nLet me know if you want more.\n")
    #expect(document.comments.map(\.line) == [1])
    #expect(document.blocks.map(\.text) == ["Let me know if you want more."])
  }
}
