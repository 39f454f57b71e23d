import ContentModel
import Foundation
import Reporting
import Testing

@Suite struct HTMLReporterTests {
  private func report(source: String, findings: [Finding]) -> String {
    HTMLReporter().render(
      LintReport(files: [FileReport(path: "posts/a.txt", findings: findings, source: source)], toolVersion: "0.1.0"))
  }

  private func finding(line: Int, from: Int, to: Int, severity: Severity = .warning, message: String = "Repeated.") -> Finding {
    Finding(
      rule: "duplicate-paragraph", severity: severity, message: message,
      range: SourceRange(start: SourcePosition(line: line, column: from), end: SourcePosition(line: line, column: to)),
      excerpt: "")
  }

  @Test func highlightsTheFlaggedSpanInPlace() {
    let html = report(source: "first line\nsecond line here\n", findings: [finding(line: 2, from: 8, to: 12)])
    #expect(html.contains("second <mark class=\"warning\">line</mark> here"))
    #expect(html.contains("<span class=\"label\">▲ warning</span>"))
    #expect(html.contains("href=\"#f1\""))
    #expect(html.contains("id=\"f1\""))
  }

  @Test func isSelfContained() {
    let html = report(source: "x\n", findings: [finding(line: 1, from: 1, to: 2)])
    #expect(!html.contains("src=\"http"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("@import"))
    #expect(html.contains("Content-Security-Policy"))
  }

  @Test func escapesHostileText() {
    let hostile = "<script>alert(1)</script>\u{1B}[31m"
    let html = report(source: hostile + "\n", findings: [finding(line: 1, from: 1, to: 5, message: "\"><img src=x onerror=alert(1)>")])
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<img src=x"))
    #expect(!html.contains("\u{1B}"))
  }

  @Test func foldsLinesFarFromFindings() {
    let source = (1...40).map { "line \($0)" }.joined(separator: "\n")
    let html = report(source: source, findings: [finding(line: 20, from: 1, to: 5)])
    #expect(html.contains("⋯ 16 lines not shown"))
    #expect(html.contains("⋯ 17 lines not shown"))
    #expect(!html.contains(">line 10<"))
  }

  @Test func cleanFilesAreListedAsClean() {
    let html = HTMLReporter().render(
      LintReport(files: [FileReport(path: "b.txt", findings: [], source: "ok")], toolVersion: "0.1.0"))
    #expect(html.contains("✓ clean"))
  }
}
