import ContentLintKit
import ContentModel
import Foundation
import Testing

/// The options a CI pipeline relies on: exit statuses, the summary line, `--output`, baselines,
/// `--changed-since` and standard input.
@Suite(.serialized) struct CIGateTests {
  static let repeated = "Regular stretching after a long run keeps the calves supple and lowers the risk of strains."
  static let otherRepeat = "Warm up for ten minutes before every interval session so that the heart rate climbs slowly."
  static let post = "\(repeated)\n\nPace yourself on the long runs and drink water on the way.\n\n\(repeated)\n"
  static let otherPost =
    "\(otherRepeat)\n\nIntervals are short: a minute hard, then two minutes easy.\n\n\(otherRepeat)\n"
  static let shared = "Hill repeats build strength: run up a steep slope for a minute and walk back down to recover."

  // MARK: - Exit status and summary

  @Test(arguments: [("error", Int32(0)), ("warning", 1), ("suggestion", 1), ("none", 0)])
  func failOnWithAWarning(level: String, status: Int32) throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", Self.post)
    let result = try CommandRunner.run(["lint", "--format", "line", "--fail-on", level, "post.txt"], in: folder.url)
    #expect(result.status == status)
    #expect(result.standardOutput.contains("warning"))
  }

  @Test(arguments: [("error", Int32(1)), ("warning", 1), ("suggestion", 1), ("none", 0)])
  func failOnWithAnError(level: String, status: Int32) throws {
    let folder = try TemporaryFolder()
    try folder.write("binary.txt", [0x00, 0xFF, 0xFE, 0x00])
    let result = try CommandRunner.run(["lint", "--format", "line", "--fail-on", level, "binary.txt"], in: folder.url)
    #expect(result.status == status)
    #expect(result.standardOutput.contains("error"))
  }

  /// No built-in rule reports suggestions yet, so the threshold is checked on the outcome itself.
  @Test func failOnWithOnlyASuggestion() {
    let finding = Finding(
      rule: "r", severity: .suggestion, message: "m",
      range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 2)),
      excerpt: "")
    let outcome = LintOutcome(reports: [FileReport(path: "a.txt", findings: [finding], source: nil)], missing: [])
    #expect(outcome.exitStatus(failOn: .severity(.error)) == 0)
    #expect(outcome.exitStatus(failOn: .severity(.warning)) == 0)
    #expect(outcome.exitStatus(failOn: .severity(.suggestion)) == 1)
    #expect(outcome.exitStatus(failOn: .never) == 0)
    #expect(outcome.summaryLine == "contentlint: 1 file, 1 finding (1 suggestion)")
  }

  @Test(arguments: [["--fail-on", "sometimes"], ["--format", "xml"], ["--no-such-flag"], ["--changed-since"]])
  func badFlagsExitTwo(arguments: [String]) throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", Self.post)
    let result = try CommandRunner.run(["lint"] + arguments + ["post.txt"], in: folder.url)
    #expect(result.status == 2)
    #expect(!result.standardError.isEmpty)
  }

  @Test(arguments: ["line", "json", "sarif", "github", "junit", "checkstyle", "pretty"])
  func summaryLineOnStandardErrorInEveryFormat(format: String) throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", Self.post)
    try folder.write("b.txt", [0x00, 0xFF])
    try folder.write("c.txt", "Nothing wrong here.\n")
    let result = try CommandRunner.run(["lint", "--format", format, "."], in: folder.url)
    #expect(result.standardError.contains("contentlint: 3 files, 2 findings (1 error, 1 warning)\n"))
    #expect(!result.standardOutput.contains("contentlint: 3 files"))
  }

  @Test func outputFileGetsTheReportAndStandardOutputStaysEmpty() throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", Self.post)
    let result = try CommandRunner.run(
      ["lint", "--format", "sarif", "--output", "out.sarif", "post.txt"], in: folder.url)
    #expect(result.status == 0)
    #expect(result.standardOutput.isEmpty)
    let written = try String(contentsOf: folder.url.appendingPathComponent("out.sarif"), encoding: .utf8)
    #expect(written.contains("\"ruleId\":\"duplicate-paragraph\""))
    #expect(result.standardError.contains("1 finding (1 warning)"))
  }

  // MARK: - Baselines

  @Test func baselineHidesOldFindingsAfterAParagraphIsInsertedAndReportsNewOnes() throws {
    let folder = try TemporaryFolder()
    try folder.write("posts/run.txt", Self.post)
    let recorded = try CommandRunner.run(
      ["lint", "--format", "json", "--fail-on", "warning", "--write-baseline", "baseline.json", "posts"], in: folder.url
    )
    #expect(recorded.status == 0)
    #expect(recorded.standardError.contains("recorded 1 finding in baseline.json"))
    let stored = try String(contentsOf: folder.url.appendingPathComponent("baseline.json"), encoding: .utf8)
    #expect(stored.contains("\"path\" : \"posts/run.txt\""))
    #expect(!stored.contains("\"line\""))

    // A paragraph at the top moves the old duplicate down two lines; a new duplicate appears at the end.
    let edited = "\(Self.otherRepeat)\n\n" + Self.post + "\n\(Self.otherRepeat)\n"
    try folder.write("posts/run.txt", edited)
    let result = try CommandRunner.run(
      ["lint", "--format", "json", "--fail-on", "warning", "--baseline", "baseline.json", "posts"], in: folder.url)
    #expect(result.status == 1)
    #expect(result.standardError.contains("the baseline baseline.json hid 1 finding"))
    let findings = try Self.findings(result.standardOutput)
    #expect(findings.count == 1)
    #expect(findings.first?["line"] as? Int == 9)

    // The same run without the baseline sees both.
    let everything = try CommandRunner.run(["lint", "--format", "json", "posts"], in: folder.url)
    #expect(try Self.findings(everything.standardOutput).count == 2)
  }

  @Test func rewritingTheBaselineDropsFindingsThatNoLongerOccur() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", Self.post)
    try folder.write("b.txt", Self.otherPost)
    _ = try CommandRunner.run(["lint", "--write-baseline", "base.json", "a.txt", "b.txt"], in: folder.url)
    #expect(try Self.baselineEntries(folder) == 2)
    try folder.write("a.txt", "Fixed: only one copy is left now.\n\n\(Self.repeated)\n")
    let rewritten = try CommandRunner.run(["lint", "--write-baseline", "base.json", "a.txt", "b.txt"], in: folder.url)
    #expect(rewritten.standardError.contains("recorded 1 finding"))
    #expect(try Self.baselineEntries(folder) == 1)
    // A partial run keeps what it did not lint.
    _ = try CommandRunner.run(["lint", "--write-baseline", "base.json", "a.txt"], in: folder.url)
    #expect(try Self.baselineEntries(folder) == 1)
  }

  @Test func aMissingOrDamagedBaselineIsAConfigurationError() throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", Self.post)
    let missing = try CommandRunner.run(["lint", "--baseline", "nope.json", "post.txt"], in: folder.url)
    #expect(missing.status == 2)
    #expect(missing.standardError.contains("nope.json"))
    try folder.write("bad.json", "{\"version\": 1}")
    let damaged = try CommandRunner.run(["lint", "--baseline", "bad.json", "post.txt"], in: folder.url)
    #expect(damaged.status == 2)
  }

  // MARK: - Changed files

  @Test(.enabled(if: ExternalTool.hasGit, "needs git"))
  func changedSinceLintsOnlyChangedFilesAgainstTheWholeCorpus() throws {
    let folder = try TemporaryFolder()
    let git = { (arguments: [String]) throws in
      let result = try #require(ExternalTool.run(["git"] + arguments, in: folder.url))
      try #require(result.status == 0, "git \(arguments): \(result.output)")
    }
    try git(["init", "-q"])
    try git(["config", "user.name", "Test"])
    try git(["config", "user.email", "test@example.com"])
    try git(["config", "commit.gpgsign", "false"])
    try folder.write("posts/a.txt", "\(Self.shared)\n\nAn opening line for the first post of the site.\n")
    try folder.write("posts/b.txt", "A second post about something else entirely, with its own words.\n")
    try folder.write("posts/old-name.txt", Self.post)
    try folder.write("posts/untouched.txt", Self.otherPost)
    try git(["add", "."])
    try git(["commit", "-q", "-m", "posts"])

    // b.txt copies a paragraph of a.txt (unchanged); a new untracked post; a rename.
    try folder.write(
      "posts/b.txt", "A second post about something else entirely, with its own words.\n\n\(Self.shared)\n")
    try folder.write("posts/new.txt", "A brand new post that is not committed yet, but clean.\n")
    try git(["mv", "posts/old-name.txt", "posts/new-name.txt"])

    let result = try CommandRunner.run(
      ["lint", "--format", "json", "--changed-since", "HEAD", "posts"], in: folder.url)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let files = try #require(json["files"] as? [[String: Any]])
    #expect(files.compactMap { $0["path"] as? String } == ["posts/b.txt", "posts/new-name.txt", "posts/new.txt"])
    let crossPost = (files.first?["findings"] as? [[String: Any]])?.first
    #expect(crossPost?["rule"] as? String == "duplicate-paragraph")
    #expect((crossPost?["message"] as? String)?.contains("a.txt") == true)
    #expect(result.standardError.contains("contentlint: 3 files, 2 findings"))

    let bad = try CommandRunner.run(["lint", "--changed-since", "no-such-revision", "posts"], in: folder.url)
    #expect(bad.status == 2)
    #expect(bad.standardError.contains("no-such-revision"))
  }

  @Test(.enabled(if: ExternalTool.hasGit, "needs git"))
  func changedSinceOutsideARepositoryIsAUsageError() throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", Self.post)
    let result = try CommandRunner.run(
      ["lint", "--changed-since", "HEAD", "post.txt"],
      environment: ["GIT_CEILING_DIRECTORIES": folder.url.deletingLastPathComponent().path],
      in: folder.url)
    #expect(result.status == 2)
    #expect(result.standardError.contains("not inside a git repository"))
  }

  // MARK: - Standard input and progress

  @Test func standardInputUnderAnHTMLName() throws {
    let html = """
      <!doctype html>
      <html><head><title>Running</title></head>
      <body><nav><a href="/">Home</a></nav><article>
      <h1>Running well</h1>
      <p>\(Self.repeated)</p>
      <p>Pace yourself on the long runs and drink water on the way.</p>
      <p>\(Self.repeated)</p>
      </article></body></html>
      """
    let result = try CommandRunner.run(
      ["lint", "-", "--stdin-filename", "posts/x.html", "--format", "line", "--fail-on", "none"], input: html)
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("posts/x.html:7:4: warning: Paragraph repeats the one at line 5."))
  }

  @Test func noProgressInLogsUnlessAskedAndNoneForShortRuns() throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", Self.post)
    for arguments in [["lint", "post.txt"], ["lint", "--progress", "post.txt"]] {
      let result = try CommandRunner.run(arguments, in: folder.url)
      #expect(!result.standardError.contains("files/s"))
    }
  }

  /// With the delay set to zero, `--progress` shows its first line as the run starts and a last one at the end,
  /// whatever the machine's speed; the lines are plain, for logs.
  @Test func progressLinesWhenAskedWithNoDelay() throws {
    let folder = try TemporaryFolder()
    for index in 1...3 { try folder.write("post-\(index).txt", Self.post) }
    let result = try CommandRunner.run(
      ["lint", "--progress", "--format", "line", "--fail-on", "none", "."],
      environment: [Progress.delayVariable: "0"], in: folder.url)
    #expect(result.status == 0)
    let lines = result.standardError.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("contentlint: 0/3 files, ") == true)
    #expect(lines.contains { $0.hasPrefix("contentlint: 3/3 files, ") && $0.hasSuffix(" files/s") })
    #expect(!result.standardError.contains("\r"), "plain lines in logs, no redrawing")
  }

  /// A delay that is not a number of seconds is ignored, so a short run stays quiet.
  @Test func aProgressDelayThatIsNotANumberLeavesTheDefault() throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", Self.post)
    for value in ["soon", "-1", "nan"] {
      let result = try CommandRunner.run(
        ["lint", "--progress", "post.txt"], environment: [Progress.delayVariable: value], in: folder.url)
      #expect(!result.standardError.contains("files/s"), "\(value)")
    }
  }

  /// Under a terminal (util-linux `script` provides one) `pretty` prints its own summary, so the stderr line is left
  /// out; other formats keep it; a short run draws no progress line.
  @Test(.enabled(if: ExternalTool.isAvailable(["script", "--version"]), "needs script(1)"))
  func onATerminalPrettyKeepsItsOwnSummary() throws {
    let executable = try #require(TestPaths.executable).path
    let folder = try TemporaryFolder()
    try folder.write("post.txt", Self.post)
    let onTerminal = { (format: String) throws -> String in
      let command = "NO_COLOR=1 '\(executable)' lint --format \(format) post.txt"
      return try #require(ExternalTool.run(["script", "-qec", command, "/dev/null"], in: folder.url)).output
    }
    let pretty = try onTerminal("pretty")
    #expect(pretty.contains("1 finding in 1 file"))
    #expect(!pretty.contains("contentlint: 1 file"))
    #expect(!pretty.contains("files/s"))
    #expect(try onTerminal("line").contains("contentlint: 1 file, 1 finding (1 warning)"))
  }

  // MARK: - Helpers

  static func findings(_ json: String) throws -> [[String: Any]] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let files = try #require(object["files"] as? [[String: Any]])
    return files.flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
  }

  static func baselineEntries(_ folder: TemporaryFolder) throws -> Int {
    let data = try Data(contentsOf: folder.url.appendingPathComponent("base.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    return try #require(object["findings"] as? [Any]).count
  }
}
