import ContentModel
import Foundation
import Reporting
import Testing

@Suite(.serialized) struct SARIFReporterTests {
  static let canValidate = TestPaths.shared != nil && ExternalTool.hasJSONSchema

  @Test(.enabled(if: canValidate, "needs ../shared and Python's jsonschema"))
  func samplesPassTheSchema() throws {
    let shared = try #require(TestPaths.shared)
    let folder = try TemporaryFolder()
    let report = folder.path("samples.sarif")
    let result = try CommandRunner.run(
      ["lint", "--format", "sarif", "--output", report, "Samples"], in: TestPaths.packageRoot)
    #expect(result.status == 0 || result.status == 1)
    let validation = try #require(
      ExternalTool.run([shared.appendingPathComponent("tools/validate-sarif").path, report]))
    #expect(validation.status == 0, "\(validation.output)")
    #expect(validation.output.contains("valid SARIF 2.1.0"))
  }

  /// Fixes, an ingest error at a zero-width region, a path that needs percent-encoding and one outside the folder.
  @Test(.enabled(if: canValidate, "needs ../shared and Python's jsonschema"))
  func unusualFindingsPassTheSchema() throws {
    let shared = try #require(TestPaths.shared)
    let folder = try TemporaryFolder()
    let outside = try TemporaryFolder()
    try folder.write("posts/with space%.txt", Self.postWithDuplicate)
    try folder.write("posts/binary.txt", [0x00, 0xFF, 0xFE, 0x00, 0x01])
    let far = try outside.write("far.txt", Self.postWithDuplicate)
    let result = try CommandRunner.run(["lint", "--format", "sarif", "posts", far.path], in: folder.url)
    #expect(result.status == 1)
    let sarif = try folder.write("out.sarif", result.standardOutput)
    let validation = try #require(
      ExternalTool.run([shared.appendingPathComponent("tools/validate-sarif").path, sarif.path]))
    #expect(validation.status == 0, "\(validation.output)")
    let results = try Self.results(result.standardOutput)
    let uris = results.compactMap { Self.location($0)?["uri"] as? String }
    #expect(uris.contains("posts/with%20space%25.txt"))
    #expect(uris.contains("file://" + far.path))
    #expect(results.contains { $0["ruleId"] as? String == "ingest-error" && $0["level"] as? String == "error" })
    #expect(results.contains { ($0["fixes"] as? [[String: Any]])?.isEmpty == false })
  }

  @Test func fingerprintsSurviveLinesAddedAbove() throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", Self.postWithDuplicate)
    let before = try Self.results(
      try CommandRunner.run(["lint", "--format", "sarif", "post.txt"], in: folder.url).standardOutput)
    try folder.write("post.txt", "A new first paragraph.\n\nAnd another one below it.\n\n" + Self.postWithDuplicate)
    let after = try Self.results(
      try CommandRunner.run(["lint", "--format", "sarif", "post.txt"], in: folder.url).standardOutput)
    try #require(before.count == 1 && after.count == 1)
    #expect(
      before[0]["partialFingerprints"] as? [String: String] == after[0]["partialFingerprints"] as? [String: String])
    let startLine = { (result: [String: Any]) in
      ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        .flatMap { $0["region"] as? [String: Any] }?["startLine"] as? Int
    }
    #expect(startLine(after[0]) == (startLine(before[0]) ?? 0) + 4)
  }

  @Test func describesTheRunAndEveryRule() throws {
    let finding = Finding(
      rule: "duplicate-paragraph", severity: .suggestion, message: "Repeated.",
      range: SourceRange(start: SourcePosition(line: 3, column: 2), end: SourcePosition(line: 3, column: 9)),
      excerpt: "Repeated text", suggestion: "Delete it.")
    let rules = [RuleSummary(id: "duplicate-paragraph", defaultSeverity: .warning, summary: "Short.", details: "Long.")]
    let report = LintReport(
      files: [FileReport(path: "/base/posts/a.txt", findings: [finding], source: nil)], rules: rules,
      toolVersion: "9.9.9")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(SARIFReporter(baseDirectory: "/base").render(report).utf8))
        as? [String: Any])
    let run = try #require((json["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["version"] as? String == "9.9.9")
    let rule = try #require((driver["rules"] as? [[String: Any]])?.first)
    #expect((rule["fullDescription"] as? [String: Any])?["text"] as? String == "Long.")
    #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
    let result = try #require((run["results"] as? [[String: Any]])?.first)
    #expect(result["level"] as? String == "note")
    #expect(result["ruleIndex"] as? Int == 0)
    let location = try #require(Self.location(result))
    #expect(location["uri"] as? String == "posts/a.txt")
    #expect(location["uriBaseId"] as? String == "%SRCROOT%")
  }

  // MARK: - Helpers

  static let postWithDuplicate = """
    Regular stretching after a long run keeps the calves supple and lowers the risk of strains.

    Pace yourself on the long runs and drink water on the way.

    Regular stretching after a long run keeps the calves supple and lowers the risk of strains.

    """

  static func results(_ sarif: String) throws -> [[String: Any]] {
    let json = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let run = try #require((json["runs"] as? [[String: Any]])?.first)
    return try #require(run["results"] as? [[String: Any]])
  }

  static func location(_ result: [String: Any]) -> [String: Any]? {
    ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
      as? [String: Any]
  }
}
