import Foundation
import Testing

/// Runs the built `contentlint` executable as a user would.
@Suite(.serialized) struct EndToEndTests {
  @Test func seedPostAsJSON() throws {
    let seed = TestPaths.samples.appendingPathComponent("individual-psychotherapy.txt").path
    let result = try CommandRunner.run(["lint", "--format", "json", seed])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let files = try #require(json["files"] as? [[String: Any]])
    let findings = try #require(files.first?["findings"] as? [[String: Any]])
    let duplicate = try #require(findings.first { $0["rule"] as? String == "duplicate-paragraph" })
    #expect(duplicate["line"] as? Int == 7)
    #expect(duplicate["column"] as? Int == 1)
    #expect((duplicate["message"] as? String)?.contains("line 5") == true)
    let hasError = findings.contains { $0["severity"] as? String == "error" }
    #expect(result.status == (hasError ? 1 : 0))
  }

  @Test func lintsTheSamplesFolderInPathOrder() throws {
    let result = try CommandRunner.run(["--format", "line", "Samples"], in: TestPaths.packageRoot)
    #expect(result.status == 0 || result.status == 1)
    let paths = result.standardOutput.split(separator: "\n").map { String($0.prefix { $0 != ":" }) }
    #expect(paths == paths.sorted())
    #expect(result.standardOutput.contains("Samples/individual-psychotherapy.txt:7:1: warning: Paragraph repeats the one at line 5. [duplicate-paragraph]"))
  }

  @Test func missingPathExitsTwoAndStillReportsTheRest() throws {
    let seed = TestPaths.samples.appendingPathComponent("individual-psychotherapy.txt").path
    let result = try CommandRunner.run(["lint", "--format", "line", "/no/such/file.txt", seed])
    #expect(result.status == 2)
    #expect(result.standardError.contains("/no/such/file.txt"))
    #expect(result.standardOutput.contains("duplicate-paragraph"))
  }

  @Test func badFlagExitsTwo() throws {
    let result = try CommandRunner.run(["lint", "--no-such-flag", "x.txt"])
    #expect(result.status == 2)
  }

  @Test func ingestPrintsContractJSONLines() throws {
    let seed = TestPaths.samples.appendingPathComponent("individual-psychotherapy.txt").path
    let result = try CommandRunner.run(["ingest", "--format", "jsonl", seed])
    #expect(result.status == 0)
    let line = try #require(result.standardOutput.split(separator: "\n").first)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(json["title"] as? String == "Understanding Individual Psychotherapy A Path to Personal Growth")
    #expect(json["byline"] as? String == "John Smith")
    #expect(json["date"] is NSNull)
    let blocks = try #require(json["blocks"] as? [[String: Any]])
    #expect(blocks.contains { $0["kind"] as? String == "list-item" && $0["line"] as? Int == 17 && $0["column"] as? Int == 5 })
    #expect((json["text"] as? String)?.contains("Back to Blog") == false)
  }

  @Test func readsStandardInputUnderAName() throws {
    let text = "A paragraph that repeats itself word for word in this post.\n\nA paragraph that repeats itself word for word in this post.\n"
    let result = try CommandRunner.run(["lint", "-", "--stdin-filename", "posts/x.txt", "--format", "line"], input: text)
    #expect(result.standardOutput.hasPrefix("posts/x.txt:3:1: warning:"))
  }
}
