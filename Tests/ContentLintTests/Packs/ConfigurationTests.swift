import Foundation
import Linting
import Testing

@Suite struct ConfigurationTests {
  @Test func globs() {
    #expect(Glob("drafts/**").matches("drafts/a/b.html"))
    #expect(Glob("drafts").matches("drafts/x.txt"))
    #expect(Glob("*.tmp.html").matches("posts/deep/a.tmp.html"))
    #expect(!Glob("*.tmp.html").matches("posts/a.html"))
    #expect(Glob("posts/*.html").matches("posts/a.html"))
    #expect(!Glob("posts/*.html").matches("posts/sub/a.html"))
    #expect(Glob("posts/**/*.html").matches("posts/a.html"))
    #expect(Glob("posts/**/*.html").matches("posts/x/y/a.html"))
    #expect(Glob("**/legacy/*.txt").matches("legacy/a.txt"))
    #expect(Glob("p?sts/a.txt").matches("posts/a.txt"))
    #expect(!Glob("p?sts/a.txt").matches("p/sts/a.txt"))
  }

  private func load(_ yaml: String) throws -> Result<Configuration, ConfigurationError> {
    let folder = try TemporaryFolder()
    let file = try folder.write(".contentlint.yml", yaml).path
    do {
      return .success(try Configuration.load(file: file))
    } catch {
      return .failure(error)
    }
  }

  @Test func readsRulesPacksOverridesAndIgnores() throws {
    let configuration = try load(
      """
      rules:
        duplicate-paragraph:
          severity: error
          options: {threshold: 0.9, min-words: 12}
        ai-style/delve: off
      packs:
        ai-style: warning
      ignore: [drafts/**]
      rules-dir: house
      overrides:
        - files: ["legacy/**"]
          rules: {duplicate-paragraph: off}
      """
    ).get()
    #expect(configuration.settings.rules["duplicate-paragraph"]?.state == .severity(.error))
    #expect(
      configuration.settings.rules["duplicate-paragraph"]?.options == [
        "threshold": .double(0.9), "min-words": .int(12),
      ])
    #expect(configuration.settings.rules["ai-style/delve"]?.state == .off)
    #expect(configuration.settings.packs["ai-style"] == .severity(.warning))
    #expect(configuration.isIgnored(relativePath: "drafts/a.txt"))
    #expect(!configuration.isIgnored(relativePath: "posts/a.txt"))
    #expect(configuration.rulesDirectories == [configuration.directory + "/house"])
    let legacy = configuration.settings(forRelativePath: "legacy/old.html")
    #expect(legacy.rules["duplicate-paragraph"]?.state == .off)
    #expect(legacy.rules["duplicate-paragraph"]?.options["threshold"] == .double(0.9))
    #expect(
      configuration.settings(forRelativePath: "posts/new.html").rules["duplicate-paragraph"]?.state == .severity(.error)
    )
  }

  @Test func anUnknownKeyIsAnErrorWithItsLine() throws {
    guard case .failure(let error) = try load("rules:\n  duplicate-paragraph: warning\nignored: [a]\n") else {
      Issue.record("an unknown key was accepted")
      return
    }
    #expect(error.line == 3)
    #expect(error.message.contains("unknown key 'ignored'"))
    guard case .failure(let nested) = try load("overrides:\n  - files: [a]\n    rule: {x: off}\n") else {
      Issue.record("an unknown override key was accepted")
      return
    }
    #expect(nested.line == 3)
    guard case .failure(let severity) = try load("rules:\n  duplicate-paragraph: loud\n") else {
      Issue.record("an unknown severity was accepted")
      return
    }
    #expect(severity.line == 2)
  }
}
