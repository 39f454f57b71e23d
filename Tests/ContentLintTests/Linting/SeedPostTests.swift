import ContentLintKit
import ContentModel
import Foundation
import Testing

/// The post the product was started from gives exactly its four known defects, as text and as the
/// scraped HTML page, at the exact line and column of the flagged text (raw markup for HTML).
@Suite struct SeedPostTests {
  struct Expected: Equatable, CustomStringConvertible {
    var rule: String
    var start: SourcePosition
    var end: SourcePosition

    var description: String { "\(rule) \(start.line):\(start.column)-\(end.line):\(end.column)" }
  }

  static let textFindings = [
    Expected(rule: "scrape-residue", start: .init(line: 1, column: 1), end: .init(line: 1, column: 27)),
    Expected(rule: "duplicate-paragraph", start: .init(line: 7, column: 1), end: .init(line: 7, column: 170)),
    Expected(rule: "ai-boilerplate", start: .init(line: 67, column: 1), end: .init(line: 67, column: 144)),
    Expected(rule: "scrape-residue", start: .init(line: 69, column: 1), end: .init(line: 69, column: 13)),
  ]

  static let htmlFindings = [
    Expected(rule: "scrape-residue", start: .init(line: 37, column: 25), end: .init(line: 37, column: 56)),
    Expected(rule: "duplicate-paragraph", start: .init(line: 40, column: 10), end: .init(line: 40, column: 179)),
    // `&rsquo;` inside the sentence: the end lies 6 scalars past the decoded length (143).
    Expected(rule: "ai-boilerplate", start: .init(line: 88, column: 10), end: .init(line: 88, column: 159)),
    Expected(rule: "scrape-residue", start: .init(line: 89, column: 26), end: .init(line: 89, column: 38)),
  ]

  private func findings(_ path: String) throws -> [Finding] {
    let report = try #require(LintSession().lint(paths: [path]).reports.first)
    return report.findings.filter { $0.severity >= .warning }.sorted(by: Finding.reportOrder)
  }

  private func positions(_ findings: [Finding]) -> [Expected] {
    findings.map { Expected(rule: $0.rule, start: $0.range.start, end: $0.range.end) }
  }

  @Test func theSharedSeedGivesExactlyItsFourDefects() throws {
    guard let shared = TestPaths.shared else { return }  // a fresh clone has no ../shared
    let found = try findings(shared.appendingPathComponent("seed/individual-psychotherapy.txt").path)
    #expect(positions(found) == Self.textFindings)
  }

  @Test func theSampleTextCopyGivesExactlyItsFourDefects() throws {
    let found = try findings(TestPaths.samples.appendingPathComponent("individual-psychotherapy.txt").path)
    #expect(positions(found) == Self.textFindings)
    #expect(found.map(\.severity) == [.warning, .warning, .error, .warning])
    let offer = try #require(found.first { $0.rule == "ai-boilerplate" })
    #expect(offer.suggestion == "Delete this text.")
    #expect(offer.fix == Fix(kind: .delete, range: offer.range), "the offer is the whole block, so it can be deleted")
    let residue = found.filter { $0.rule == "scrape-residue" }
    #expect(
      residue.map(\.message) == [
        "Scraped page furniture (byline) left in the post.",
        "Scraped page furniture (navigation link) left in the post.",
      ])
    #expect(residue.allSatisfy { $0.suggestion == "Delete this line." && $0.fix?.kind == .delete })
  }

  @Test func theScrapedHTMLPageGivesTheSameFourAtTheirMarkupPositions() throws {
    let found = try findings(TestPaths.samples.appendingPathComponent("individual-psychotherapy.html").path)
    #expect(positions(found) == Self.htmlFindings)
    // A fix deletes the whole element, tags included.
    let backToBlog = try #require(found.last)
    #expect(backToBlog.fix?.range == SourceRange(start: .init(line: 89, column: 7), end: .init(line: 89, column: 46)))
  }
}
