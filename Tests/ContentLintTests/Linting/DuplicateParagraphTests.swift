import ContentLintKit
import ContentModel
import Foundation
import Ingest
import Linting
import Testing

@Suite struct DuplicateParagraphTests {
  private func lint(_ files: [(String, String)]) throws -> [FileReport] {
    let folder = try TemporaryFolder()
    for (name, text) in files { try folder.write(name, text) }
    return LintSession().lint(paths: [folder.url.path]).reports
  }

  @Test func findsTheSeedDuplicateAtLineSeven() throws {
    let seed = TestPaths.samples.appendingPathComponent("individual-psychotherapy.txt").path
    let report = try #require(LintSession().lint(paths: [seed]).reports.first)
    let duplicates = report.findings.filter { $0.rule == "duplicate-paragraph" }
    #expect(duplicates.count == 1)
    let finding = try #require(duplicates.first)
    #expect(finding.range.start == SourcePosition(line: 7, column: 1))
    #expect(finding.range.end == SourcePosition(line: 7, column: 170))
    #expect(finding.message == "Paragraph repeats the one at line 5.")
    #expect(finding.severity == .warning)
    #expect(finding.fix?.kind == .delete)
  }

  @Test func findsNearDuplicatesAcrossPosts() throws {
    let paragraph =
      "Regular stretching after a long run keeps the calves supple and lowers the risk of small strains in the weeks before a race, which is why most coaches build ten quiet minutes of mobility work into every training plan they write for club runners and beginners alike."
    let changed = paragraph.replacingOccurrences(of: "a race", with: "a marathon")
    let reports = try lint([("a.txt", "Intro line for post a that is long enough.\n\n" + paragraph + "\n"), ("b.txt", changed + "\n")])
    #expect(reports[0].findings.isEmpty)
    let finding = try #require(reports[1].findings.first)
    #expect(finding.rule == "duplicate-paragraph")
    #expect(finding.message.contains("a.txt:3"))
    #expect(finding.message.contains("similar"))
    #expect(finding.fix == nil)
  }

  /// Two earlier paragraphs exactly as similar: the finding names the earliest, whatever order the LSH
  /// bands happened to list them in.
  @Test func ofEquallySimilarParagraphsTheEarliestIsNamed() throws {
    let words = (1...60).map { "word\($0)" }
    func changing(_ position: Int, to word: String) -> String {
      var changed = words
      changed[position] = word
      return changed.joined(separator: " ")
    }
    // Each copy differs from the base at one word: three shingles each, 52 of 64 shared (81%).
    let reports = try lint([
      ("a.txt", changing(4, to: "alpha") + "\n"), ("b.txt", changing(54, to: "beta") + "\n"),
      ("c.txt", changing(30, to: "gamma") + "\n"),
    ])
    let finding = try #require(reports[2].findings.first { $0.rule == "duplicate-paragraph" })
    #expect(finding.message.contains("a.txt:1 (81% similar)"))
  }

  @Test func ignoresShortBlocksAndSiteBoilerplate() throws {
    let disclaimer = "This article is for general information only and is not a substitute for professional medical advice."
    var files: [(String, String)] = []
    for index in 0..<4 {
      files.append(("post\(index).txt", "Step 1\n\nA unique paragraph number \(index) about a different topic entirely, \(UUID().uuidString).\n\nStep 1\n\n\(disclaimer)\n"))
    }
    let reports = try lint(files)
    #expect(reports.allSatisfy { $0.findings.isEmpty })
  }

  /// A text first held by another post and repeated in this one: its first appearance here repeats the other
  /// post, and its second repeats the first appearance here.
  @Test func aRepeatOfAnotherPostsTextInsideAPostPointsToItsFirstAppearanceThere() throws {
    let shared = "A shared paragraph about pruning apple trees in late winter, before the buds begin to swell again."
    let own = (1...3).map { "Paragraph number \($0) of the second post covers a separate question about summer feeding." }
    let reports = try lint([
      ("a.txt", "Opening paragraph of the first post, long enough to be compared with the others.\n\n" + shared + "\n"),
      ("b.txt", own.joined(separator: "\n\n") + "\n\n" + shared + "\n\n" + shared + "\n"),
    ])
    #expect(reports[0].findings.isEmpty)
    let findings = reports[1].findings.filter { $0.rule == "duplicate-paragraph" }
    #expect(findings.map(\.range.start.line) == [7, 9])
    #expect(findings.first?.message.hasSuffix("a.txt:3.") == true)
    #expect(findings.last?.message == "Paragraph repeats the one at line 7.")
  }

  @Test func aPostSavedTwiceIsReportedOnceNotParagraphByParagraph() throws {
    let paragraphs = (1...5).map { "Paragraph number \($0) of the article talks about a different aspect of winter pruning in detail." }
    let post = paragraphs.joined(separator: "\n\n") + "\n\n" + paragraphs[0] + "\n"
    let reports = try lint([("a-copy.txt", post), ("b-copy.txt", post)])
    #expect(reports[0].findings.map(\.range.start.line) == [11])
    let messages = reports[1].findings.map(\.message)
    #expect(messages.count == 2)
    #expect(messages[0].hasPrefix("Post repeats ") && messages[0].contains("a-copy.txt almost entirely"))
    #expect(messages[1] == "Paragraph repeats the one at line 1.")
  }
}
