import ContentModel
import Foundation
import Ingest
import Testing

/// Each metadata source, from its own fixture under Fixtures/html/metadata.
@Suite struct HTMLMetadataTests {
  private func metadata(_ name: String) throws -> Document {
    try HTMLIngester().ingestFixture("html/metadata/\(name)")
  }

  @Test func openGraphAndMetaTags() throws {
    let document = try metadata("open-graph.html")
    #expect(document.metadata.title == "Open Graph Title")
    #expect(document.metadata.byline == "Meta Author")
    #expect(document.metadata.date == "2024-03-12T09:00:00Z")
    #expect(document.metadata.lang == "en-GB")
    #expect(document.metadata.canonicalURL == "https://example.com/posts/open-graph")
    #expect(document.metadata.description == "A description from the meta tag.")
  }

  @Test func jsonLinkedDataHeadlineAuthorDateAndArticleBody() throws {
    let document = try metadata("json-ld.html")
    #expect(document.metadata.title == "JSON-LD Headline")
    #expect(document.metadata.byline == "Jean Dupont")
    #expect(document.metadata.date == "2023-11-05")
    #expect(document.metadata.lang == "fr")
    // articleBody points at the real container; the long teaser beside it is left out.
    #expect(document.contentBlocks.count == 2)
    #expect(!document.articleText.contains("Un autre article"))
  }

  @Test func firstHeadingRelAuthorAndTimeElement() throws {
    let document = try metadata("in-page.html")
    #expect(document.metadata.title == "Heading Title From The Page")
    #expect(document.metadata.byline == "Ana Lima")
    #expect(document.metadata.date == "2022-06-01")
    #expect(document.metadata.lang == "de-DE")
    // The title heading is not part of the article text; the byline line stays as residue.
    #expect(!document.articleText.contains("Heading Title"))
    #expect(document.blocks.contains { $0.text.hasPrefix("By Ana Lima") && $0.role == .residue })
  }

  @Test func titleElementWithoutSiteNameAndItempropAuthor() throws {
    let document = try metadata("itemprop.html")
    #expect(document.metadata.title == "Only The Title Element")
    #expect(document.metadata.byline == "Maria Souza")
    #expect(document.metadata.lang == nil)
  }

  @Test func bylineClassNames() throws {
    let document = try metadata("byline-class.html")
    #expect(document.metadata.byline == "Tom Baker")
    #expect(document.blocks.contains { $0.text == "By Tom Baker" && $0.role == .residue })
  }

  @Test func declaredTitleLosesTheSiteNameAndSectionLabel() throws {
    // The site's name (og:site_name, or the canonical URL's host) and a section label the page's heading leaves
    // out are cut; a headline whose parts are all the headline's is kept whole.
    let document = try metadata("branded-og-title.html")
    #expect(document.metadata.title == "Winter Ferries Need a Rethink")
    #expect(!document.articleText.contains("Winter Ferries"))
    let kept = "Plague: a third case – 'the plague is coming'"
    let page = "<html><head><meta property=\"og:title\" content=\"\(kept)\"></head><body><h1>\(kept)</h1><p>Body.</p>"
    #expect(try HTMLIngester().ingest(Array(page.utf8), path: "t.html").metadata.title == kept)
    let hosted = "<html><head><meta property=\"og:title\" content=\"Deals of the week - 9to5Mac\">"
      + "<meta property=\"og:url\" content=\"https://9to5mac.com/2019/11/18/deals/\"></head><body><p>Body.</p>"
    #expect(try HTMLIngester().ingest(Array(hosted.utf8), path: "t.html").metadata.title == "Deals of the week")
  }

  @Test(arguments: [
    ("Understanding Therapy | Harbor Blog", "Understanding Therapy"),
    ("Harbor Blog – Understanding Individual Therapy", "Understanding Individual Therapy"),
    ("No Separator Here", "No Separator Here"),
  ])
  func siteNameLeavesTheTitleElement(title: String, expected: String) throws {
    let page = "<html><head><title>\(title)</title></head><body><p>Body text of the post.</p></body></html>"
    let document = try HTMLIngester().ingest(Array(page.utf8), path: "t.html")
    #expect(document.metadata.title == expected)
  }
}
