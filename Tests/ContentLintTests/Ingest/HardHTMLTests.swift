import ContentModel
import Foundation
import Ingest
import Testing

/// Pages that break naive extractors: legacy charsets, UTF-16, markup without paragraphs, unclosed tags,
/// huge pages and blog indexes. Each has a fixture under Fixtures/html/hard.
@Suite struct HardHTMLTests {
  let ingester = HTMLIngester()

  private func ingest(_ name: String) throws -> Document {
    try ingester.ingestFixture("html/hard/\(name)")
  }

  private func content(_ document: Document) -> [String] {
    document.contentBlocks.filter { $0.kind != .heading }.map(\.text)
  }

  @Test func windows1252SmartQuotesAndEuro() throws {
    let document = try ingest("windows-1252.html")
    #expect(document.metadata.title == "Café notes")
    #expect(content(document).first?.hasPrefix("“Therapy isn’t a quick fix” – it costs €60") == true)
    #expect(!document.articleText.contains("Home"))
  }

  @Test func iso88591IsReadAsBrowsersDo() throws {
    let document = try ingest("iso-8859-1.html")
    #expect(document.metadata.title == "Grüße aus München")
    #expect(document.metadata.lang == "de")
    #expect(content(document) == [
      "Die Therapie hilft vielen Menschen, Ängste zu verstehen und mit ihnen zu leben.",
      "Öffnungszeiten: montags bis freitags, jeweils ab neun Uhr morgens.",
    ])
  }

  @Test func shiftJISKeepsShortJapaneseSentences() throws {
    let document = try ingest("shift-jis.html")
    #expect(document.metadata.title == "心理療法について")
    #expect(content(document) == ["個人心理療法は、安全な場所で自分の気持ちを見つめる時間です。", "毎週のセッションで、少しずつ変化が生まれます。"])
    // Columns count scalars of the decoded line, not Shift_JIS bytes.
    #expect(document.contentBlocks.last?.start == SourcePosition(line: 9, column: 8))
  }

  @Test(arguments: ["utf-16le.html", "utf-16be-no-bom.html"])
  func utf16WithAndWithoutByteOrderMark(name: String) throws {
    let document = try ingest(name)
    #expect(document.metadata.title?.hasPrefix("Wide pages") == true)
    #expect(content(document).count == 2)
    #expect(content(document).first?.hasPrefix("This page is stored as UTF-16") == true)
    #expect(document.contentBlocks.first { $0.kind == .paragraph }?.start == SourcePosition(line: 8, column: 8))
  }

  @Test func doubleLineBreaksSeparateParagraphs() throws {
    let document = try ingest("br-paragraphs.html")
    let paragraphs = content(document)
    #expect(paragraphs.count == 3)
    #expect(paragraphs[0].hasSuffix("continues the same paragraph after a single break."))
    #expect(paragraphs[1].hasPrefix("The second paragraph"))
    #expect(paragraphs[2].hasPrefix("A third paragraph"))
    #expect(!document.articleText.contains("About"))
    #expect(document.contentBlocks[1].start == SourcePosition(line: 8, column: 1))
  }

  @Test func pagesMadeOnlyOfDivs() throws {
    let document = try ingest("div-only.html")
    let paragraphs = content(document)
    #expect(paragraphs.count == 3)
    #expect(paragraphs.allSatisfy { !$0.contains("Shop") && !$0.contains("Another post") })
    #expect(document.contentBlocks[0].start == SourcePosition(line: 7, column: 10))
  }

  @Test func textDirectlyInsideTableCells() throws {
    let document = try ingest("table-cells.html")
    let texts = document.contentBlocks.map(\.text)
    #expect(texts.count == 2)
    #expect(texts[0].hasPrefix("Sleep matters more than most of us admit"))
    #expect(texts[1].hasPrefix("A regular bedtime"))
    // A one-cell layout table holds the article: its text reads as paragraphs, split at the double break.
    #expect(document.contentBlocks.allSatisfy { $0.kind == .paragraph })
    #expect(document.contentBlocks[1].start == SourcePosition(line: 7, column: 9))
    #expect(!document.articleText.contains("News"))
  }

  @Test func unclosedParagraphsAndListItems() throws {
    let document = try ingest("unclosed-tags.html")
    #expect(document.contentBlocks.map(\.kind) == [.paragraph, .paragraph, .listItem, .listItem, .listItem, .paragraph])
    #expect(document.contentBlocks.filter { $0.kind == .listItem }.map(\.text) == [
      "Breathing exercises", "Regular walks outside", "Talking to a friend",
    ])
    #expect(document.contentBlocks[0].text.hasSuffix("many scraped pages do"))
    #expect(document.contentBlocks[3].start == SourcePosition(line: 9, column: 5))
  }

  @Test func listingPagesAreNotOneArticle() throws {
    let document = try ingest("listing.html")
    #expect(document.contentBlocks.isEmpty)
    #expect(document.notes.contains { $0.hasPrefix("listing page: 4 post teasers") })
  }

  @Test func anArticleWithRelatedTeasersIsNotAListing() throws {
    let teasers = (1...4).map { "<h3><a href=\"/p\($0)\">Related post \($0)</a></h3><p>Short teaser \($0).</p>" }.joined()
    let article = (1...6).map {
      "<p>Paragraph \($0) of the article says something long enough to be read as prose by the extractor.</p>"
    }.joined()
    let page = "<html><body><article><h1>One Post</h1>\(article)\(teasers)</article></body></html>"
    let document = try ingester.ingest(Array(page.utf8), path: "article.html")
    #expect(document.notes.isEmpty)
    #expect(document.contentBlocks.filter { $0.kind == .paragraph }.count >= 6)
  }

  @Test func hugePagesStayLinearAndKeepPositions() throws {
    // The fixture's article repeated into pages of about one and two megabytes, with chrome between the copies.
    let base = String(decoding: try Data(contentsOf: TestPaths.fixture("html/hard/unclosed-tags.html")), as: UTF8.self)
    let article = try #require(base.range(of: "<article>")).lowerBound
    let end = try #require(base.range(of: "</article>")).upperBound
    let unit = String(base[article..<end]) + "\n<nav><a href=\"/\">Home</a></nav>\n"
    func page(_ copies: Int) -> [UInt8] {
      Array(("<html><body>\n" + String(repeating: unit, count: copies) + "</body></html>\n").utf8)
    }
    let copies = 2_800
    let clock = ContinuousClock()
    let small = page(copies / 2)
    let smallStart = clock.now
    _ = try ingester.ingest(small, path: "huge-half.html")
    let smallTime = clock.now - smallStart
    let large = page(copies)
    #expect(large.count > 1_000_000)
    let largeStart = clock.now
    let document = try ingester.ingest(large, path: "huge.html")
    let largeTime = clock.now - largeStart
    #expect(document.contentBlocks.count == copies * 6)
    #expect(!document.articleText.contains("Home"))
    // The last copy's first paragraph: 11 lines per copy after the page's first line.
    let last = try #require(document.contentBlocks.last { $0.text.hasPrefix("The first paragraph") })
    #expect(last.start == SourcePosition(line: 1 + (copies - 1) * 11 + 2, column: 4))
    // Twice the page, about twice the time: nothing quadratic (a loaded machine gets generous slack).
    #expect(largeTime < smallTime * 3 + .seconds(2))
  }
}
