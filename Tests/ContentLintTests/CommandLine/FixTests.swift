import ContentLintKit
import ContentModel
import Foundation
import Testing

/// `--fix` removes exactly the flagged blocks, byte for byte, and a second run changes nothing.
@Suite struct FixTests {
  private let repeated = "A paragraph that repeats itself word for word in this post, twice over."

  @Test func textFixRemovesTheLaterDuplicateAndItsBlankLine() throws {
    let folder = try TemporaryFolder()
    let original = "Title Of The Post\n\n\(repeated)\n\nMiddle paragraph stays where it is, untouched.\n\n\(repeated)\n\nClosing paragraph.\n"
    let file = try folder.write("post.txt", original)
    let session = LintSession()
    let results = session.applyFixes(session.lint(paths: [file.path]).reports, dryRun: false)
    #expect(results.map(\.applied) == [1])
    let fixed = try String(contentsOf: file, encoding: .utf8)
    #expect(fixed == "Title Of The Post\n\n\(repeated)\n\nMiddle paragraph stays where it is, untouched.\n\nClosing paragraph.\n")
    let again = session.applyFixes(session.lint(paths: [file.path]).reports, dryRun: false)
    #expect(again.isEmpty)
    #expect(try String(contentsOf: file, encoding: .utf8) == fixed)
  }

  @Test func fixKeepsCRLFAndTheLastLine() throws {
    let folder = try TemporaryFolder()
    let original = "First paragraph here.\r\n\r\n\(repeated)\r\n\r\n\(repeated)"
    let file = try folder.write("crlf.txt", original)
    let session = LintSession()
    _ = session.applyFixes(session.lint(paths: [file.path]).reports, dryRun: false)
    #expect(try String(contentsOf: file, encoding: .utf8) == "First paragraph here.\r\n\r\n\(repeated)")
  }

  @Test func htmlFixRemovesTheElementAndNothingElse() throws {
    let folder = try TemporaryFolder()
    let page = """
      <html><body>
        <article>
          <p>\(repeated)</p>
          <p class="x">\(repeated.replacingOccurrences(of: "word for word", with: "word <em>for</em> word"))</p>
          <p>Last &amp; final paragraph.</p>
        </article>
      </body></html>

      """
    let file = try folder.write("page.html", page)
    let session = LintSession()
    let results = session.applyFixes(session.lint(paths: [file.path]).reports, dryRun: false)
    #expect(results.map(\.applied) == [1])
    let expected = page.replacingOccurrences(
      of: "    <p class=\"x\">\(repeated.replacingOccurrences(of: "word for word", with: "word <em>for</em> word"))</p>\n", with: "")
    #expect(try String(contentsOf: file, encoding: .utf8) == expected)
  }

  @Test func dryRunPrintsADiffAndChangesNothing() throws {
    let folder = try TemporaryFolder()
    let original = "\(repeated)\n\n\(repeated)\n"
    let file = try folder.write("post.txt", original)
    let result = try CommandRunner.run(["lint", "--fix", "--dry-run", file.path])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("@@ -1,3 +1,1 @@"))
    #expect(result.standardOutput.contains("-\(repeated)\n"))
    #expect(try String(contentsOf: file, encoding: .utf8) == original)
  }

  @Test func nonUTF8FilesAreNotRewritten() throws {
    let folder = try TemporaryFolder()
    let latin = Array("Caf".utf8) + [0xE9] + Array(" paragraph repeated for the test of fixes here.\n\nCaf".utf8) + [0xE9]
      + Array(" paragraph repeated for the test of fixes here.\n".utf8)
    let file = try folder.write("latin.txt", latin)
    let session = LintSession()
    let results = session.applyFixes(session.lint(paths: [file.path]).reports, dryRun: false)
    #expect(results.first?.skippedBecause != nil)
    #expect(Array(try Data(contentsOf: file)) == latin)
  }

  @Test func applierDeletesOnlyTheRangeInsideALine() {
    let fix = Fix(kind: .delete, range: SourceRange(start: SourcePosition(line: 1, column: 5), end: SourcePosition(line: 1, column: 10)))
    #expect(FixApplier.apply([fix], to: "abc drop def\n").text == "abc def\n")
  }
}
