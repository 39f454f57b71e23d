import Foundation
import Testing

/// Packs and configuration as a user meets them: files in a folder, the built executable.
@Suite(.serialized) struct PackCommandLineTests {
  private static let packRule = """
    kind: existence
    severity: warning
    message: "'%s' is house-banned."
    tokens: [synergy]
    examples:
      trigger: ["Real 1️⃣synergy."]
      ok: ["Real teamwork."]
    """

  private static let post = "A Post\n\nWe value synergy above all.\n"

  @Test func aPackIsPickedUpThroughTheConfiguration() throws {
    let folder = try TemporaryFolder()
    try folder.write("house-rules/house/synergy.yml", Self.packRule)
    try folder.write("posts/.contentlint.yml", "rules-dir: ../house-rules\n")
    try folder.write("posts/a.txt", Self.post)
    let result = try CommandRunner.run(["lint", "--format", "line", "posts"], in: folder.url)
    #expect(result.standardOutput == "posts/a.txt:3:10: warning: 'synergy' is house-banned. [house/synergy]\n")
    #expect(result.status == 0)
    let failing = try CommandRunner.run(
      ["lint", "--format", "line", "--fail-on", "warning", "posts/a.txt"], in: folder.url)
    #expect(failing.status == 1)
  }

  @Test func aPackIsPickedUpThroughRulesDir() throws {
    let folder = try TemporaryFolder()
    try folder.write("packs/house/synergy.yml", Self.packRule)
    try folder.write("a.txt", Self.post)
    let result = try CommandRunner.run(["lint", "--format", "line", "--rules-dir", "packs", "a.txt"], in: folder.url)
    #expect(result.standardOutput.contains("a.txt:3:10: warning: 'synergy' is house-banned. [house/synergy]"))
    let rules = try CommandRunner.run(["rules", "--rules-dir", "packs"], in: folder.url)
    #expect(rules.standardOutput.contains("house/synergy"))
    #expect(rules.standardOutput.contains("(house)"))
    #expect(rules.standardOutput.contains("ai-style/delve"))
    let explain = try CommandRunner.run(["explain", "house/synergy", "--rules-dir", "packs"], in: folder.url)
    #expect(explain.status == 0)
    #expect(explain.standardOutput.contains("Real synergy."))
    #expect(explain.standardOutput.contains("Real teamwork."))
  }

  @Test func aBrokenPackStopsTheRunNamingFileAndLine() throws {
    let folder = try TemporaryFolder()
    try folder.write("packs/house/broken.yml", "kind: existence\nmessage: x\ntokens: [a]\npatterns: ['(a']\n")
    try folder.write("a.txt", Self.post)
    let result = try CommandRunner.run(["lint", "--rules-dir", "packs", "a.txt"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.standardError.contains("packs/house/broken.yml:4: invalid regular expression"))
    #expect(result.standardOutput.isEmpty)
    try folder.write("packs/house/broken.yml", "kind: existance\nmessage: x\n")
    let kind = try CommandRunner.run(["rules", "--rules-dir", "packs"], in: folder.url)
    #expect(kind.status == 2)
    #expect(kind.standardError.contains("broken.yml:1: unknown kind 'existance'"))
    try folder.write("packs/house/broken.yml", "kind: existence\n  message: [x\n")
    let syntax = try CommandRunner.run(["lint", "--rules-dir", "packs", "a.txt"], in: folder.url)
    #expect(syntax.status == 2)
    #expect(syntax.standardError.contains("broken.yml:2: YAML syntax error"))
  }

  @Test func configurationMistakesExitTwoWithTheirLine() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", Self.post)
    try folder.write(".contentlint.yml", "rules:\n  duplicate-paragraph: warning\nignore-paths: [x]\n")
    let key = try CommandRunner.run(["lint", "a.txt"], in: folder.url)
    #expect(key.status == 2)
    #expect(key.standardError.contains(".contentlint.yml:3: unknown key 'ignore-paths'"))
    try folder.write(".contentlint.yml", "rules:\n  duplicate-paragraph:\n    options:\n      treshold: 0.9\n")
    let option = try CommandRunner.run(["lint", "a.txt"], in: folder.url)
    #expect(option.status == 2)
    #expect(option.standardError.contains(".contentlint.yml:4: rule 'duplicate-paragraph' has no option 'treshold'"))
    try folder.write(".contentlint.yml", "rules:\n  duplicate-paragraph:\n    options: {threshold: high}\n")
    let type = try CommandRunner.run(["lint", "a.txt"], in: folder.url)
    #expect(
      type.standardError.contains(".contentlint.yml:3: option 'threshold' of rule 'duplicate-paragraph' takes a number")
    )
    try folder.write(".contentlint.yml", "\n\nrules:\n  no-such-rule: off\n")
    let rule = try CommandRunner.run(["lint", "a.txt"], in: folder.url)
    #expect(rule.standardError.contains(".contentlint.yml:4: unknown rule 'no-such-rule'"))
    try folder.write(".contentlint.yml", "rules:\n  duplicate-paragraph:\n    options: {threshold: 3}\n")
    let range = try CommandRunner.run(["lint", "a.txt"], in: folder.url)
    #expect(range.status == 2)
    #expect(range.standardError.contains(".contentlint.yml:2: Rule 'duplicate-paragraph': option 'threshold'"))
  }

  @Test func overridesIgnoresSeveritiesAndAnExplicitConfig() throws {
    let folder = try TemporaryFolder()
    let repeated = "A paragraph that repeats itself word for word in this post.\n\n"
    try folder.write("posts/a.txt", "A Post\n\n" + repeated + repeated + "We delve into it.\n")
    let legacyOnly = "A legacy paragraph long enough to be compared with the paragraphs of other posts.\n\n"
    try folder.write("posts/legacy/b.txt", "B Post\n\n" + legacyOnly + legacyOnly + "We delve into it.\n")
    try folder.write("posts/drafts/c.txt", "C Post\n\nWe delve into it.\n")
    try folder.write(
      ".contentlint.yml",
      """
      rules:
        duplicate-paragraph: error
        ai-style/delve: warning
      ignore: [drafts]
      overrides:
        - files: ["posts/legacy/**"]
          rules: {duplicate-paragraph: off}
          packs: {ai-style: off}
      """)
    let result = try CommandRunner.run(["lint", "--format", "line", "posts"], in: folder.url)
    #expect(
      result.standardOutput.split(separator: "\n") == [
        "posts/a.txt:5:1: error: Paragraph repeats the one at line 3. [duplicate-paragraph]",
        "posts/a.txt:7:4: warning: 'delve' is a tell of AI-drafted text; say what the post does. [ai-style/delve]",
      ])
    #expect(result.status == 1)
    // The legacy post does not report duplicates, but the other posts still see its text.
    try folder.write("posts/z.txt", "Z Post\n\n" + legacyOnly)
    let corpus = try CommandRunner.run(["lint", "--format", "line", "posts"], in: folder.url)
    #expect(
      corpus.standardOutput.contains(
        "posts/z.txt:3:1: error: Paragraph repeats one in another post: also in posts/legacy/b.txt:3."))
    #expect(!corpus.standardOutput.split(separator: "\n").contains { $0.hasPrefix("posts/legacy/b.txt:") })
    try folder.write("quiet.yml", "packs: {ai-style: off}\nrules: {duplicate-paragraph: off}\n")
    let quiet = try CommandRunner.run(["lint", "--format", "line", "--config", "quiet.yml", "posts"], in: folder.url)
    #expect(quiet.standardOutput.isEmpty)
    #expect(quiet.status == 0)
    let missing = try CommandRunner.run(["lint", "--config", "nope.yml", "posts"], in: folder.url)
    #expect(missing.status == 2)
  }

  @Test func suppressionCommentsEndToEnd() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "a.html",
      """
      <html><body><article>
      <h1>A post</h1>
      <!-- contentlint-disable-next-line ai-style/delve -->
      <p>We delve into it.</p>
      <!-- contentlint-disable ai-style -->
      <p>Unlock the power of a rich tapestry.</p>
      <!-- contentlint-enable -->
      <!-- contentlint-disable-next-line duplicate-paragraph -->
      <p>Nothing to hide here at all.</p>
      </article></body></html>
      """)
    let result = try CommandRunner.run(["lint", "--format", "line", "a.html"], in: folder.url)
    #expect(
      result.standardOutput
        == "a.html:8:6: warning: This suppression of duplicate-paragraph suppresses nothing. [unused-suppression]\n")
  }

  @Test func initWritesACommentedConfigurationThatLoads() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", Self.post)
    let first = try CommandRunner.run(["init"], in: folder.url)
    #expect(first.status == 0)
    let written = try String(contentsOf: folder.url.appendingPathComponent(".contentlint.yml"), encoding: .utf8)
    #expect(written.contains("#   severity: warning"))
    #expect(written.contains("#     threshold: 0.8"))
    #expect(written.contains("# ai-style: on"))
    let lint = try CommandRunner.run(["lint", "--format", "line", "a.txt"], in: folder.url)
    #expect(lint.status == 0)
    let again = try CommandRunner.run(["init"], in: folder.url)
    #expect(again.status == 2)
    #expect(try CommandRunner.run(["init", "--force"], in: folder.url).status == 0)
    // Uncommenting the options block gives a valid configuration.
    let uncommented = written.replacingOccurrences(
      of: "  # duplicate-paragraph:\n  #   ", with: "  duplicate-paragraph:\n    "
    )
    .replacingOccurrences(of: "\n  #   options:", with: "\n    options:")
    .replacingOccurrences(of: "\n  #     ", with: "\n      ")
    #expect(uncommented.contains("\n  duplicate-paragraph:\n    severity: warning\n    options:\n      min-words: 8"))
    try folder.write(".contentlint.yml", uncommented)
    let edited = try CommandRunner.run(["lint", "--format", "line", "a.txt"], in: folder.url)
    #expect(edited.status == 0, "\(edited.standardError)")
  }
}
