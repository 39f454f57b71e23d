import ArgumentParser
import ContentLintKit
import Foundation

@main
struct ContentLint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "contentlint",
    abstract: "Lint scraped blog posts and turn them into translation bundles.",
    discussion: "`contentlint PATH...` is the same as `contentlint lint PATH...`.",
    version: ContentLintVersion.current,
    subcommands: [
      LintCommand.self, IngestCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self, L10nCommand.self,
      SignaturesCommand.self,
    ],
    defaultSubcommand: LintCommand.self
  )

  /// Usage errors exit with status 2, as the contract says (ArgumentParser's own default is 64).
  static func main() {
    AllocatorTuning.apply()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      FileHandleOutput.standardError(fullMessage(for: error) + "\n")
      Foundation.exit(2)
    }
  }
}
