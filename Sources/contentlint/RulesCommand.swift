import ArgumentParser
import ContentLintKit

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List every rule: id, default severity, summary and where it comes from."
  )

  @Option(help: "text or json.")
  var format: ListFormat = .text

  @OptionGroup var ruleSources: RuleSourceOptions

  func run() throws {
    let rules = try ruleSources.catalog()
    FileHandleOutput.standardOutput(RuleCatalog.render(rules, asJSON: format == .json))
  }
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Describe a rule, with examples that trigger it and examples that do not."
  )

  @Argument(help: "The rule id, as `contentlint rules` lists it.")
  var rule: String

  @OptionGroup var ruleSources: RuleSourceOptions

  func run() throws {
    guard let description = try ruleSources.catalog().first(where: { $0.id == rule }) else {
      FileHandleOutput.standardError("contentlint: no rule named '\(rule)'; `contentlint rules` lists them\n")
      throw ExitCode(2)
    }
    FileHandleOutput.standardOutput(RuleCatalog.explain(description))
  }
}

/// `--config` and `--rules-dir`, shared by the commands that load rules.
struct RuleSourceOptions: ParsableArguments {
  @Option(help: "Use this configuration file for every post instead of looking up .contentlint.yml from each post's folder.")
  var config: String?

  @Option(name: .customLong("rules-dir"), help: "A folder of extra rule packs (one sub-folder per pack); may be repeated.")
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
