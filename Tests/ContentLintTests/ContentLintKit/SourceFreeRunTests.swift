import ContentLintKit
import ContentModel
import Foundation
import Testing

/// Reports that do not quote the text (json, sarif, github…) run without keeping each post's text in memory;
/// the findings must be exactly those of a run that keeps it, suppression comments included.
@Suite struct SourceFreeRunTests {
  @Test func findingsAreTheSameWithoutTheText() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.copyItem(at: TestPaths.samples, to: folder.url.appendingPathComponent("Samples"))
    try folder.write(
      "suppressed.txt",
      """
      A post with a hidden offer

      contentlint-disable-next-line ai-boilerplate
      Let me know if you'd like a shorter version of this post!

      contentlint-disable-next-line ai-style/delve
      This sentence is fine as it is.
      """)
    let kept = LintSession().lint(paths: [folder.url.path], keepingSources: true)
    let dropped = LintSession().lint(paths: [folder.url.path], keepingSources: false)
    #expect(kept.reports.count == 8)
    #expect(kept.reports.map(\.findings) == dropped.reports.map(\.findings))
    #expect(dropped.reports.allSatisfy { $0.source == nil })
    let suppressed = try #require(dropped.reports.first { $0.path.hasSuffix("suppressed.txt") })
    #expect(suppressed.findings.map(\.rule) == ["unused-suppression"])
  }
}
