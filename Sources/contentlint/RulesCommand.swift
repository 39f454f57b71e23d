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
