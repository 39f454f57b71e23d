import ContentModel
import Reporting
import Testing

struct FindingFingerprintTests {
  static func finding(_ text: String, line: Int, rule: String = "duplicate-paragraph") -> Finding {
    Finding(
      rule: rule, severity: .warning, message: "Line \(line).",
      range: SourceRange(start: SourcePosition(line: line, column: 1), end: SourcePosition(line: line, column: 5)),
      excerpt: text)
  }

  @Test func sameTextSameRuleDifferByOccurrenceOnly() {
    let prints = FindingFingerprint.fingerprints(of: [
      Self.finding("Same words", line: 3), Self.finding("same   WORDS", line: 9), Self.finding("Other", line: 12),
      Self.finding("Same words", line: 14, rule: "scrape-residue"),
    ])
    #expect(prints[0].hasSuffix(":0"))
    #expect(prints[1] == String(prints[0].dropLast(2)) + ":1", "case and white space do not matter")
    #expect(Set(prints).count == 4)
    #expect(prints[3].hasSuffix(":0"), "occurrences are counted per rule")
  }

  @Test func linesDoNotMatter() {
    let before = FindingFingerprint.fingerprints(of: [Self.finding("Text", line: 3)])
    let after = FindingFingerprint.fingerprints(of: [Self.finding("Text", line: 40)])
    #expect(before == after)
  }
}

struct ReportPathTests {
  @Test(arguments: [
    ("posts/a.txt", "/repo", "posts/a.txt"), ("./posts/../posts/a.txt", "/repo", "posts/a.txt"),
    ("/repo/posts/a.txt", "/repo", "posts/a.txt"), ("/repo/posts/a.txt", "/repo/", "posts/a.txt"),
  ])
  func insideTheBase(path: String, base: String, expected: String) {
    #expect(ReportPath.relative(path, to: base) == expected)
  }

  @Test(arguments: [
    ("../a.txt", "/repo"), ("/elsewhere/a.txt", "/repo"), ("/repository/a.txt", "/repo"), ("/repo", "/repo"),
  ])
  func outsideTheBase(path: String, base: String) {
    #expect(ReportPath.relative(path, to: base) == nil)
  }

  @Test func uriEncoding() {
    #expect(ReportPath.uriEncoded("posts/with space%#?é.txt") == "posts/with%20space%25%23%3F%C3%A9.txt")
  }
}
