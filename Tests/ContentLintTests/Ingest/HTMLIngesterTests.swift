import ContentModel
import Foundation
import Ingest
import Testing

@Suite struct HTMLIngesterTests {
  let ingester = HTMLIngester()

  private func positions() throws -> Document {
    let bytes = Array(try Data(contentsOf: TestPaths.fixture("html/positions.html")))
    return try ingester.ingest(bytes, path: "positions.html")
  }

  @Test func keepsTheArticleAndDropsChrome() throws {
    let document = try positions()
    #expect(document.blockTexts == [
      "Positions & Entities", "· Ana Lima · 3 min read", "Fish & chips cost £5 — a real bargain, honestly.",
      "A paragraph that spans two lines of markup.", "First item", "Second item", "Back to Blog",
    ])
    #expect(document.blocks[1].role == .residue)
    #expect(document.blocks.last?.role == .residue)
    #expect(!document.articleText.contains("cookies"))
    #expect(!document.articleText.contains("Share this post"))
  }

  @Test func mapsTextToExactColumnsThroughEntitiesAndTags() throws {
    let document = try positions()
    let paragraph = document.blocks[2]
    #expect(paragraph.start == SourcePosition(line: 14, column: 8))
    let text = paragraph.text
    func position(of word: String) throws -> SourcePosition {
      let range = try #require(text.range(of: word))
      return paragraph.sourceRange(of: range).start
    }
    // "<p>Fish &amp; chips cost &pound;5 &mdash; a <a href=\"/deal\">real <em>bargain</em></a>, honestly.</p>"
    #expect(try position(of: "&") == SourcePosition(line: 14, column: 13))
    #expect(try position(of: "chips") == SourcePosition(line: 14, column: 19))
    #expect(try position(of: "£") == SourcePosition(line: 14, column: 30))
    #expect(try position(of: "—") == SourcePosition(line: 14, column: 39))
    #expect(try position(of: "real") == SourcePosition(line: 14, column: 65))
    #expect(try position(of: "bargain") == SourcePosition(line: 14, column: 74))
    #expect(try position(of: "honestly") == SourcePosition(line: 14, column: 92))
    let range = try #require(text.range(of: "honestly."))
    #expect(paragraph.sourceRange(of: range).end == SourcePosition(line: 14, column: 101))
    let spanning = document.blocks[3]
    let two = try #require(spanning.text.range(of: "two"))
    #expect(spanning.sourceRange(of: two).start == SourcePosition(line: 17, column: 7))
  }

  @Test func readsInlineMarkupAndMetadata() throws {
    let document = try positions()
    #expect(document.metadata.title == "Positions & Entities")
    #expect(document.metadata.lang == "en-US")
    #expect(document.metadata.byline == "Ana Lima")
    let paragraph = document.blocks[2]
    let link = try #require(paragraph.inlines.first { if case .link = $0.kind { true } else { false } })
    #expect(link.kind == .link(href: "/deal"))
    let scalars = Array(paragraph.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[link.range])) == "real bargain")
    #expect(document.comments.map(\.line) == [19])
    #expect(document.comments.first?.text == "contentlint-disable-next-line scrape-residue")
  }

  @Test func blockExtentCoversTheElement() throws {
    let document = try positions()
    let back = try #require(document.blocks.last)
    #expect(back.extent.start == SourcePosition(line: 25, column: 5))
    #expect(back.extent.end == SourcePosition(line: 25, column: 44))
  }

  @Test func decodesWindows1252Declared() throws {
    var bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf".utf8)
    bytes += [0xE9, 0x20, 0x93, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]
    bytes += Array(" is enough for a good lunch.</p></body></html>".utf8)
    let document = try ingester.ingest(bytes, path: "cp1252.html")
    #expect(document.blockTexts == ["Café “quote” – €5 is enough for a good lunch."])
  }

  @Test func decodesUndeclaredWindows1252ByDetection() throws {
    var bytes = Array("<html><body><p>Na".utf8) + [0xEF] + Array("ve caf".utf8) + [0xE9]
    bytes += Array(" owners don".utf8) + [0x92] + Array("t worry about their r".utf8) + [0xE9] + Array("sum".utf8) + [0xE9]
    bytes += Array("s at all.</p></body></html>".utf8)
    let document = try ingester.ingest(bytes, path: "latin.html")
    #expect(document.blockTexts == ["Naïve café owners don’t worry about their résumés at all."])
  }

  @Test func neverReadsExternalEntities() throws {
    let page = """
      <!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <html><body><p>Before &xxe; after.</p></body></html>
      """
    let document = try ingester.ingest(Array(page.utf8), path: "xxe.html")
    #expect(!document.articleText.contains("root:"))
  }

  @Test func deepNestingDoesNotExhaustTheStack() throws {
    let page = String(repeating: "<div>", count: 20_000) + "<p>Deep text here.</p>" + String(repeating: "</div>", count: 20_000)
    let document = try ingester.ingest(Array(page.utf8), path: "deep.html")
    #expect(document.articleText.contains("Deep text here.") || document.blocks.isEmpty)
  }
}
