import Foundation
import Localization
import Testing

@Suite struct TranslationCheckTests {
  private let checker = TranslationChecker()

  private func unit(codes: [InlineCode] = [], message: Bool = false) -> TranslationUnit {
    TranslationUnit(id: "u1", role: message ? UnitRole.message : "paragraph", codes: codes, segments: [])
  }

  private func checks(_ source: [InlinePiece], _ target: [InlinePiece], codes: [InlineCode] = [], locale: String = "fr")
    -> [String]
  {
    checker.problems(source: source, target: target, unit: unit(codes: codes), locale: locale).map(\.check)
  }

  @Test func arabicPluralsNeedZeroTwoFewMany() throws {
    let problems = checker.pluralProblems("{minutes, plural, one {# دقيقة} other {# دقيقة}}", locale: "ar")
    let missing = try #require(problems.first { $0.severity == .error })
    #expect(missing.message.contains("missing zero, two, few, many"))
    #expect(checker.pluralProblems("{n, plural, one {# minute} other {# minutes}}", locale: "fr").isEmpty == false)
    #expect(
      checker.pluralProblems("{n, plural, one {# minute} many {# minutes} other {# minutes}}", locale: "fr").isEmpty)
    #expect(checker.pluralProblems("{n, plural, other {# 分钟}}", locale: "zh-Hans").isEmpty)
  }

  @Test func brokenMessageFormatIsAnError() {
    let problems = checker.problems(
      source: [.text(MessageCatalog.readingTime)], target: [.text("{minutes, plural, one {# min} other {# min}")],
      unit: unit(message: true), locale: "de")
    #expect(problems.contains { $0.check == "messageformat" && $0.severity == .error })
  }

  @Test func inlineCodesMissingExtraReorderedAndUnbalanced() {
    let codes = [
      InlineCode(id: 1, kind: .link, opening: "<a href=\"/x\">", closing: "</a>"),
      InlineCode(id: 2, kind: .emphasis, opening: "<em>", closing: "</em>"),
    ]
    let source: [InlinePiece] = [
      .text("Read "), .open(1), .text("this"), .close(1), .text(" and "), .open(2),
      .text("that"), .close(2), .text("."),
    ]
    #expect(checks(source, [.text("Lisez ceci et cela.")], codes: codes).contains("codes"))
    #expect(checks(source, source + [.standalone(3)], codes: codes).contains("codes"))
    let reordered: [InlinePiece] = [
      .text("Lisez "), .open(2), .text("cela"), .close(2), .text(" et "), .open(1),
      .text("ceci"), .close(1), .text("."),
    ]
    let reorderedProblems = checker.problems(source: source, target: reordered, unit: unit(codes: codes), locale: "fr")
    #expect(reorderedProblems.contains { $0.check == "codes" && $0.severity == .warning })
    #expect(!reorderedProblems.contains { $0.severity == .error })
    let unbalanced: [InlinePiece] = [
      .text("Lisez "), .open(1), .text("ceci "), .open(2), .text("et"), .close(1),
      .text(" cela"), .close(2), .text("."),
    ]
    #expect(InlinePiece.balanceProblem(unbalanced, codes: codes) != nil)
    #expect(checks(source, unbalanced, codes: codes).contains("codes"))
  }

  @Test func numbersUrlsPunctuationWhitespaceLengthAndLeftovers() {
    #expect(checks([.text("Sessions last 45 minutes.")], [.text("Les séances durent 50 minutes.")]).contains("numbers"))
    #expect(!checks([.text("About 1,200 adults.")], [.text("Environ 1.200 adultes.")]).contains("numbers"))
    #expect(
      !checks([.text("Sessions last 45 minutes.")], [.text("الجلسات تستغرق ٤٥ دقيقة.")], locale: "ar")
        .contains("numbers"))
    #expect(checks([.text("See https://example.org/a for details.")], [.text("Voir les détails.")]).contains("urls"))
    #expect(checks([.text("Is it right for you?")], [.text("Est-ce pour vous.")]).contains("punctuation"))
    #expect(!checks([.text("Is it right for you?")], [.text("这适合你吗？")], locale: "zh-Hans").contains("punctuation"))
    #expect(checks([.text("Keep the bedroom cool.")], [.text(" Gardez la chambre fraîche.")]).contains("whitespace"))
    #expect(checks([.text("Keep the bedroom cool and dark at night.")], [.text("Frais.")]).contains("length"))
    #expect(checks([.text("Keep the bedroom cool.")], [.text("Keep the bedroom cool.")]).contains("identical"))
    #expect(
      checks([.text("Keep the bedroom cool.")], [.text("Voici la traduction : Gardez la chambre fraîche.")])
        .contains("ai-boilerplate"))
    #expect(checks([.text("Keep the bedroom cool.")], [.text("Gardez la chambre fraîche.")]).isEmpty)
  }

  @Test func checkCommandExitsOneOnErrorsAndNamesTheLine() throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", "Title Here\n\nSessions last 45 minutes each week.\n")
    let extract = try CommandRunner.run(
      ["l10n", "extract", "post.txt", "--locales", "ar", "--out", "L"], in: folder.url)
    #expect(extract.status == 0, "\(extract.standardError)")
    let clean = try CommandRunner.run(["l10n", "check", "L"], in: folder.url)
    #expect(clean.status == 0, "\(clean.standardOutput)\(clean.standardError)")
    let path = folder.path("L/ar/post.txt.xlf")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let message = "<source>{minutes, plural, one {# min read} other {# min read}}</source>"
    let withTarget = text.replacingOccurrences(
      of: message, with: message + "\n        <target>{minutes, plural, one {# دقيقة} other {# دقائق}}</target>")
    #expect(withTarget != text)
    try withTarget.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["l10n", "check", "L"], in: folder.url)
    #expect(result.status == 1)
    let line = try #require(result.standardOutput.split(separator: "\n").first { $0.contains("[plurals]") })
    #expect(line.hasPrefix("L/ar/post.txt.xlf:"))
    #expect(line.contains("unit reading-time/s1"))
    #expect(line.contains("missing zero, two, few, many"))
  }
}
