import ContentModel
import Reporting
import Testing

struct GitHubReporterTests {
  static func finding(_ severity: Severity, message: String, suggestion: String? = nil) -> Finding {
    Finding(
      rule: "duplicate-paragraph", severity: severity, message: message,
      range: SourceRange(start: SourcePosition(line: 4, column: 3), end: SourcePosition(line: 5, column: 8)),
      excerpt: "x", suggestion: suggestion)
  }

  @Test func oneCommandPerFindingWithTheFullRange() {
    let report = LintReport(
      files: [
        FileReport(
          path: "posts/a.html",
          findings: [
            Self.finding(.error, message: "E."), Self.finding(.warning, message: "W."),
            Self.finding(.suggestion, message: "S.", suggestion: "Do this."),
          ], source: nil)
      ], toolVersion: "1")
    let lines = GitHubReporter().render(report).split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "::error file=posts/a.html,line=4,col=3,endLine=5,endColumn=8,title=duplicate-paragraph::E.",
        "::warning file=posts/a.html,line=4,col=3,endLine=5,endColumn=8,title=duplicate-paragraph::W.",
        "::notice file=posts/a.html,line=4,col=3,endLine=5,endColumn=8,title=duplicate-paragraph::S.%0ADo this.",
      ])
  }

  @Test func escapesMessagesAndPropertyValues() {
    let report = LintReport(
      files: [
        FileReport(
          path: "odd, name:1%.txt", findings: [Self.finding(.warning, message: "50% off,\r\nnow: \u{1B}[31mred")],
          source: nil)
      ], toolVersion: "1")
    let output = GitHubReporter().render(report)
    #expect(output.hasPrefix("::warning file=odd%2C name%3A1%25.txt,line=4,"))
    #expect(output.hasSuffix("::50%25 off,%0D%0Anow: \\u{1b}[31mred\n"))
    #expect(output.split(separator: "\n").count == 1)
  }
}
