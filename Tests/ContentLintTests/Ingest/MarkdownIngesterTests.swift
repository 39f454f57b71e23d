import ContentLintKit
import ContentModel
import Foundation
import Ingest
import Testing

@Suite struct MarkdownIngesterTests {
  private func sample() throws -> Document {
    let url = TestPaths.samples.appendingPathComponent("screens-before-bed.md")
    return try MarkdownIngester().ingest(Array(try Data(contentsOf: url)), path: "Samples/screens-before-bed.md")
  }

  private func position(of word: String, in block: Block) throws -> SourcePosition {
    let range = try #require(block.text.range(of: word))
    return block.sourceRange(of: range).start
  }

  @Test func frontMatterIsMetadataNotProse() throws {
    let document = try sample()
    #expect(document.metadata.title == "Screens Before Bed: What Actually Matters")
    #expect(document.metadata.byline == "Priya Raman")
    #expect(document.metadata.date == "2024-05-14")
    #expect(document.metadata.lang == "en-GB")
    #expect(!document.blocks.contains { $0.text.contains("Priya") })
    #expect(document.blocks.first?.start == SourcePosition(line: 9, column: 3))
  }

  @Test func inlineTextMapsToExactColumnsPastLinkAndEmphasisSyntax() throws {
    let document = try sample()
    let paragraph = try #require(document.blocks.first { $0.text.hasPrefix("A 2019 review") })
    #expect(paragraph.start == SourcePosition(line: 15, column: 1))
    #expect(try position(of: "2019", in: paragraph) == SourcePosition(line: 15, column: 4))
    #expect(try position(of: "of laboratory", in: paragraph) == SourcePosition(line: 15, column: 66))
    #expect(try position(of: "the effect", in: paragraph) == SourcePosition(line: 15, column: 204))
    #expect(try position(of: "itself", in: paragraph) == SourcePosition(line: 15, column: 343))
    let link = try #require(paragraph.inlines.first { if case .link = $0.kind { true } else { false } })
    #expect(link.kind == .link(href: "https://example.org/sleep-review"))
    #expect(paragraph.inlines.contains { $0.kind == .strong })
  }

  @Test func listItemsCodeAndTables() throws {
    let document = try sample()
    let item = try #require(document.blocks.first { $0.text.hasPrefix("Set a Bedtime") })
    #expect(item.kind == .listItem)
    #expect(try position(of: "Bedtime", in: item) == SourcePosition(line: 21, column: 11))
    #expect(try position(of: "reminder", in: item) == SourcePosition(line: 21, column: 20))
    #expect(item.inlines.contains { $0.kind == .code })
    #expect(item.extent.start == SourcePosition(line: 21, column: 1))
    let code = try #require(document.blocks.first { $0.kind == .code })
    #expect(code.start == SourcePosition(line: 33, column: 1))
    #expect(!code.isTranslatable)
    #expect(document.blocks.filter { $0.kind == .tableCell }.map(\.text).prefix(2) == ["Habit", "Why it helps"])
  }

  @Test func markdownIsLintedAndFixedInPlace() throws {
    let folder = try TemporaryFolder()
    let original = try String(contentsOf: TestPaths.samples.appendingPathComponent("screens-before-bed.md"), encoding: .utf8)
    let file = try folder.write("post.md", original)
    let session = LintSession()
    let outcome = session.lint(paths: [folder.url.path])
    let duplicate = try #require(outcome.reports.first?.findings.first { $0.rule == "duplicate-paragraph" })
    #expect(duplicate.range.start == SourcePosition(line: 17, column: 1))
    _ = session.applyFixes(outcome.reports, dryRun: false)
    // The later duplicate (line 17) and the assistant's closing offer (line 38) go, each with a blank line.
    var expectedLines = original.components(separatedBy: "\n")
    expectedLines.removeSubrange(36...37)
    expectedLines.removeSubrange(16...17)
    #expect(try String(contentsOf: file, encoding: .utf8) == expectedLines.joined(separator: "\n"))
  }

  @Test func suppressionCommentsAreRecorded() throws {
    let document = try MarkdownIngester().ingest(
      Array("Intro paragraph.\n\n<!-- contentlint-disable-next-line ai-boilerplate -->\nLet me know!\n".utf8), path: "x.md")
    #expect(document.comments == [SourceComment(line: 3, text: "contentlint-disable-next-line ai-boilerplate")])
  }
}
