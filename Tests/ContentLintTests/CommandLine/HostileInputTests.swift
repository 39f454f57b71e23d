import ContentLintKit
import ContentModel
import Foundation
import Ingest
import Linting
import Reporting
import Testing

/// Scraped pages are the most hostile input there is: nothing in them may crash a run, hang it, read a
/// local file, or reach the terminal as an escape sequence. The time limits catch hangs, not slowness: they
/// leave room for a sanitizer build on a busy machine (`scripts/sanitize`).
@Suite struct HostileInputTests {
  @Test(.timeLimit(.minutes(5)))
  func billionLaughsDoesNotExpand() throws {
    var page = "<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n"
    page += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    for level in 2...9 {
      page += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
    }
    page += "]>\n<html><body><p>&lol9; and the article text.</p></body></html>\n"
    let document = try HTMLIngester().ingest(Array(page.utf8), path: "laughs.html")
    #expect(document.articleText.utf8.count < 10_000)
  }

  @Test func externalEntitiesAndXIncludeAreNeverRead() throws {
    let page = """
      <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
      <html xmlns:xi="http://www.w3.org/2001/XInclude"><body>
      <p>Start &secret; end.</p><xi:include href="file:///etc/hostname" parse="text"/>
      </body></html>
      """
    let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimming() ?? "no-hostname"
    let document = try HTMLIngester().ingest(Array(page.utf8), path: "xxe.html")
    #expect(!document.articleText.contains(hostname) || hostname.isEmpty)
  }

  @Test(.timeLimit(.minutes(5)))
  func aMillionCharacterLineIsRead() throws {
    let line = String(repeating: "word ", count: 200_000)
    let document = try TextIngester().ingest(Array(line.utf8), path: "long.txt")
    #expect(document.blocks.count == 1)
    let page = "<html><body><p>" + line + "</p></body></html>"
    let html = try HTMLIngester().ingest(Array(page.utf8), path: "long.html")
    #expect(html.blocks.first?.text.count == 999_999)
  }

  @Test(.timeLimit(.minutes(5)))
  func hundredThousandNestedElements() throws {
    let page = String(repeating: "<div><span>", count: 50_000) + "Deep text." + String(repeating: "</span></div>", count: 50_000)
    _ = try HTMLIngester().ingest(Array(page.utf8), path: "nested.html")
  }

  @Test func controlCharactersNeverReachTheTerminal() {
    let hostile = "Bad \u{1B}[2J\u{1B}]0;pwned\u{07} text\r\u{9B}31m and \u{202E}reversed"
    let finding = Finding(
      rule: "duplicate-paragraph", severity: .warning, message: hostile,
      range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 4)), excerpt: hostile,
      suggestion: hostile)
    let report = LintReport(
      files: [FileReport(path: "evil\u{1B}[31m.txt", findings: [finding], source: hostile)], toolVersion: "0.1.0")
    for output in [LineReporter().render(report), PrettyReporter(colored: false).render(report)] {
      #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\r" || $0 == "\u{9B}" || $0 == "\u{202E}" })
    }
  }

  @Test func jsonEscapesEverything() throws {
    let hostile = "quote \" backslash \\ newline \n nul \u{0} esc \u{1B} line-sep \u{2028}"
    let finding = Finding(
      rule: "duplicate-paragraph", severity: .warning, message: hostile,
      range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 2)), excerpt: hostile)
    let json = JSONReporter().render(LintReport(files: [FileReport(path: "a\"b.txt", findings: [finding], source: nil)], toolVersion: "0"))
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let files = try #require(parsed["files"] as? [[String: Any]])
    #expect(files.first?["path"] as? String == "a\"b.txt")
    let message = (files.first?["findings"] as? [[String: Any]])?.first?["message"] as? String
    #expect(message == hostile)
  }

  @Test func fileNamesWithSpacesNewlinesAndOtherScripts() throws {
    let folder = try TemporaryFolder()
    for (index, name) in ["with space.txt", "new\nline.txt", "日本語の記事.txt", "статья.txt"].enumerated() {
      let paragraph = "Paragraph \(index) is about \(name) and it repeats itself word for word in this post."
      try folder.write(name, paragraph + "\n\n" + paragraph + "\n")
    }
    let outcome = LintSession().lint(paths: [folder.url.path])
    #expect(outcome.reports.count == 4)
    #expect(outcome.reports.allSatisfy { $0.findings.map(\.rule) == ["duplicate-paragraph"] })
    let lines = LintSession().render(outcome.reports, format: .line, colored: false)
    #expect(lines.split(separator: "\n").count == 4)  // the newline in a name is escaped, not printed
  }

  @Test func fileRemovedBetweenDiscoveryAndReading() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("gone.txt", "text")
    let run = LintRun(linter: Linter(rules: LintSession().rules))
    try FileManager.default.removeItem(at: file)
    let reports = run.run([.file(file.path)])
    #expect(reports.first?.findings.map(\.rule) == ["ingest-error"])
  }
}
