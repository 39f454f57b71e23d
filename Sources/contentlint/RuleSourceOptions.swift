import ArgumentParser
import ContentLintKit

/// `--config` and `--rules-dir`, shared by the commands that load rules.
struct RuleSourceOptions: ParsableArguments {
  @Option(
    help: "Use this configuration file for every post instead of looking up .contentlint.yml from each post's folder.")
  var config: String?

  @Option(
    name: .customLong("rules-dir"), help: "A folder of extra rule packs (one sub-folder per pack); may be repeated.")
  var rulesDirectories: [String] = []

  var sources: RuleSources { RuleSources(configFile: config, rulesDirectories: rulesDirectories) }

  /// The rule catalogue, or exit status 2 with the configuration mistake.
  func catalog() throws -> [ContentLintKit.RuleCatalog.Entry] {
    do {
      return try LintSession(sources: sources).catalog()
    } catch {
      FileHandleOutput.standardError("contentlint: \(error)\n")
      throw ExitCode(2)
    }
  }
}
