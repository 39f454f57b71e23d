import ContentModel
import Foundation
import Ingest
import Testing

/// Container choice and paragraph-level trimming, from fixtures under Fixtures/html/extraction.
@Suite struct ContentExtractionTests {
  private func ingest(_ name: String) throws -> Document {
    try HTMLIngester().ingestFixture("html/extraction/\(name)")
  }

  @Test func theArticleHoldingTheTitleBeatsALargerRelatedBox() throws {
    let document = try ingest("title-beside-related.html")
    #expect(document.metadata.title == "Only Those Who Love Themselves")
    #expect(document.articleText.hasPrefix("Living a real love story"))
    #expect(!document.articleText.contains("optimism"))
    #expect(document.contentBlocks.filter { $0.kind == .paragraph }.count == 2)
  }

  @Test func aLayoutClassWordNeverDropsTheProse() throws {
    let document = try ingest("wrapper-and-trimming.html")
    #expect(document.articleText.contains("Good sleep starts hours before bed"))
    #expect(!document.articleText.contains("Popular this week"))
    #expect(!document.articleText.contains("Home"))
  }

  @Test func furnitureInsideTheArticleBecomesResidue() throws {
    let document = try ingest("wrapper-and-trimming.html")
    let residue = Set(document.blocks.filter { $0.role == .residue }.map(\.text))
    // Kicker above the title; standfirst, byline and date under it; a widget label; the closing teasers.
    for text in [
      "HEALTH", "Small habits that make nights better.", "By Ana Lima",
      "Updated 3:27 am PST, Wednesday, November 20, 2019", "Advertisement", "More Sleep Stories", "Why naps help",
      "The science of dreams",
    ] {
      #expect(residue.contains(text), "\(text) should be residue")
    }
    // An inline "Related" heading in the first half does not end the article.
    #expect(document.articleText.contains("A dark, cool room helps"))
    #expect(document.articleText.contains("talk to a doctor"))
    #expect(!document.articleText.contains("Sleep Hygiene Basics"))
    // Residue keeps its exact place in the markup.
    let date = try #require(document.blocks.first { $0.text.hasPrefix("Updated 3:27") })
    #expect(date.start == SourcePosition(line: 13, column: 4))
  }
}
