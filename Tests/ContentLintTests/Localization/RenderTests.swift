import ContentModel
import Foundation
import Ingest
import Localization
import Testing

@Suite struct RenderTests {
  private func bundle(_ document: Document, locale: String) throws -> TranslationBundle {
    let units = L10nFixture.extracted(document).map(\.unit)
    let pseudo = try #require(PseudoLocalizer(locale: locale))
    return TranslationBundle(
      original: document.path, sourceLocale: "en", targetLocale: locale, units: units.map(pseudo.translate))
  }

  private func links(_ document: Document) -> [String] {
    document.blocks.flatMap { block in
      block.inlines.compactMap { if case .link(let href) = $0.kind { href } else { nil } }
    }
  }

  @Test(arguments: ["en-XA", "ar-XB"])
  func pseudoTranslateRenderAndIngestAgain(_ locale: String) throws {
    let document = try L10nFixture.htmlDocument()
    let extracted = L10nFixture.extracted(document)
    let (html, problems) = PostRenderer().render(
      document, units: extracted, bundle: try bundle(document, locale: locale), locale: locale)
    #expect(problems.isEmpty)
    let again = try HTMLIngester().ingest(Array(html.utf8), path: "post.html")
    #expect(again.blocks.map(\.kind) == document.blocks.map(\.kind))
    #expect(again.blocks.map(\.role) == document.blocks.map(\.role))
    #expect(links(again) == links(document))
    #expect(again.metadata.lang == locale)
    let translatedBlocks = Set(extracted.compactMap(\.blockIndex))
    for (index, block) in again.blocks.enumerated() {
      if translatedBlocks.contains(index) {
        #expect(block.text != document.blocks[index].text, "block \(index) was not translated")
        #expect(block.inlines.count == document.blocks[index].inlines.count)
      } else {
        #expect(block.text == document.blocks[index].text, "block \(index) changed")
      }
    }
    #expect(html.contains("dir=\"\(locale == "ar-XB" ? "rtl" : "ltr")\""))
    if locale == "en-XA" {
      #expect(html.contains("<title>[Šļééþ áñð Ṁööð: Ŵĥáţ ţĥé Ŕéšéáŕçĥ Šáýš"))
      // Every byte outside the translated text is unchanged.
      #expect(html.contains("<p translate=\"no\">Sleep Lab™ is a registered name.</p>"))
      #expect(html.contains("<nav><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a></nav>"))
      #expect(html.contains("<img src=\"/img/bedroom.jpg\" alt=\"[Å ðáŕķ, ǫûîéţ ƀéðŕööɱ áţ ñîĝĥţ one two three]\""))
    } else {
      #expect(html.contains("<bdi><code>sleep --log</code></bdi>"))
    }
  }

  @Test func markdownRoundTripKeepsLinksEmphasisAndCode() throws {
    let url = TestPaths.samples.appendingPathComponent("screens-before-bed.md")
    let document = try MarkdownIngester().ingest(Array(try Data(contentsOf: url)), path: "post.md")
    let extracted = L10nFixture.extracted(document)
    let (markdown, problems) = PostRenderer().render(
      document, units: extracted, bundle: try bundle(document, locale: "en-XA"), locale: "en-XA")
    #expect(problems.isEmpty)
    let again = try MarkdownIngester().ingest(Array(markdown.utf8), path: "post.md")
    #expect(again.blocks.map(\.kind) == document.blocks.map(\.kind))
    #expect(links(again) == links(document))
    #expect(markdown.contains("](https://example.org/sleep-review)"))
    #expect(markdown.contains("`Bedtime`"))
    #expect(markdown.contains("**ţĥé éƒƒéçţ"))
    #expect(markdown.hasPrefix("---\ntitle: Screens Before Bed"))  // front matter untouched
    for (index, block) in again.blocks.enumerated() where block.kind != .code {
      #expect(block.inlines.count == document.blocks[index].inlines.count, "block \(index)")
    }
  }

  @Test func unbalancedTargetIsRefusedWithTheUnitNamed() throws {
    let document = try L10nFixture.htmlDocument()
    let extracted = L10nFixture.extracted(document)
    var bundle = try bundle(document, locale: "en-XA")
    let index = try #require(bundle.units.firstIndex { $0.sourceText.hasPrefix("Read the") })
    bundle.units[index].segments[0].target = [.text("Lisez le "), .open(1), .text("guide complet pour plus.")]
    let (html, problems) = PostRenderer().render(document, units: extracted, bundle: bundle, locale: "fr")
    let problem = try #require(problems.first)
    #expect(problem.isError)
    #expect(problem.description.contains("unit \(bundle.units[index].id)"))
    #expect(problem.description.contains("never closed"))
    #expect(html.contains("<p>Read the <a href=\"/guide\">full guide</a> for more.</p>"))
  }

  @Test func untranslatedUnitsFallBackToTheSourceOrFail() throws {
    let document = try L10nFixture.htmlDocument()
    let extracted = L10nFixture.extracted(document)
    let (html, problems) = PostRenderer().render(document, units: extracted, bundle: nil, locale: "fr")
    #expect(problems.isEmpty)
    #expect(html.contains("<html lang=\"fr\" dir=\"ltr\">"))
    #expect(
      html.replacingOccurrences(of: "<html lang=\"fr\" dir=\"ltr\">", with: "<html lang=\"en\">")
        == document.source)
    let strict = PostRenderer(fallback: .fail).render(document, units: extracted, bundle: nil, locale: "fr")
    #expect(strict.problems.count == extracted.filter { !$0.unit.isMessage }.count)
  }

  @Test func renderCommandWritesTranslatedTextPosts() throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", "Title Here\n\nSessions last 45 minutes. They are weekly.\n")
    let extract = try CommandRunner.run(
      ["l10n", "extract", "post.txt", "--locales", "en-XA", "--out", "L"], in: folder.url)
    #expect(extract.status == 0, "\(extract.standardError)")
    let render = try CommandRunner.run(
      ["l10n", "render", "post.txt", "--locale", "en-XA", "--from", "L", "--out", "out"], in: folder.url)
    #expect(render.status == 0, "\(render.standardError)")
    let text = try String(contentsOfFile: folder.path("out/post.txt"), encoding: .utf8)
    #expect(text.hasPrefix("[Ţîţļé Ĥéŕé"))
    #expect(text.contains("[Šéššîöñš ļášţ 45 ɱîñûţéš"))
  }
}
