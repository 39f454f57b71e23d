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

  @Test func classWordsOfCaptionsCreditsBiosAndPromosDropTheirElements() throws {
    let document = try ingest("class-vocabulary.html")
    let text = document.articleText
    for kept in [
      "At dawn the sea pulls back", "crabs wedge themselves under ledges, and snails seal their shells",
      "Walk only on bare rock",
    ] {
      #expect(text.contains(kept), "\(kept) should stay")
    }
    // Compound words (image-credit, contributor-bio, custom-cta-letter), the element of a block__element name
    // (content-header__dek), camelCase words (PromoSmall, newsCaption) and <figure> text.
    for dropped in [
      "What the low tide leaves", "Anemones close up", "Starfish cling", "Ana Lima, AP", "Another story entirely",
      "A shore crab waits", "What lives in the shallows", "Ana Lima is a staff writer", "Support our reporting",
      // A hover card inside a sentence and text meant only for screen readers.
      "Snail racing", "Image copyright", "Coast Archive",
    ] {
      #expect(!text.contains(dropped), "\(dropped) should be left out")
    }
  }

  @Test func paragraphFurnitureAroundTheStoryBecomesResidue() throws {
    let document = try ingest("paragraph-furniture.html")
    // A title styled as a paragraph is the title heading, left out of the text.
    #expect(document.metadata.title == "Harbour ferry timetable changes for the winter")
    #expect(document.blocks.first { $0.text == document.metadata.title }?.kind == .heading)
    #expect(document.articleText.hasPrefix("From next Monday"))
    let residue = Set(document.blocks.filter { $0.role == .residue }.map(\.text))
    for text in [
      "05/10/2018 - Published by: Clara Borba - Category: Transport - Tags: ferry harbour winter timetable",
      "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST",
      "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "Tempo de leitura: 2 minutos",
      "Follow Coast News on Instagram, Facebook and Twitter.",
      "Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.",
      "Reporting by Ana Lima; Editing by Tom Ray", "Jane Doe contributed to this report.", "Anzeige", "Leia também",
      "Novo horário do autocarro",
    ] {
      #expect(residue.contains(text), "\(text) should be residue")
    }
    // A tweet's signature line is the quote's, not a dateline; a "Read More" button closes no section.
    #expect(document.articleText.contains("— Harbour Board (@harbourboard) November 19, 2019"))
    #expect(document.articleText.contains("The summer timetable comes back in April."))
    // A sentence made mostly of a link is the article's; a slide counter is nobody's.
    #expect(document.articleText.contains("Tip: download the full winter timetable for every pier."))
    #expect(!document.blocks.contains { $0.text == "1 of 6" })
  }
}
