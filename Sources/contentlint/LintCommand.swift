import ArgumentParser
import ContentLintKit
import Foundation

struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Lint posts: files, folders (recursively) or - for standard input."
  )

  @Argument(help: "Files, folders, or - to read one post from standard input.")
  var paths: [String] = []

  @Option(help: "Report format: pretty, line or json (pretty on a terminal, otherwise line).")
  var format: OutputFormat?

  @Option(help: "The lowest severity that makes the exit status 1: error, warning, suggestion or none.")
  var failOn: FailLevel = .error

  @Option(help: "Write the report to this file (atomically); progress and errors stay on standard error.")
  var output: String?

  @Option(help: "The name to report a post read from standard input under (its extension picks the format).")
  var stdinFilename: String?

  @OptionGroup var ruleSources: RuleSourceOptions

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Give at least one file or folder to lint (or - for standard input).") }
  }

  func run() throws {
    let session = LintSession(sources: ruleSources.sources)
    let outcome = session.lint(paths: paths, stdinFilename: stdinFilename)
    if let error = outcome.configurationError {
      FileHandleOutput.standardError("contentlint: \(error)\n")
      throw ExitCode(2)
    }
    for missing in outcome.missing {
      FileHandleOutput.standardError("contentlint: \(missing): no such file or folder\n")
    }
    let chosen = format ?? (output == nil && Terminal.isInteractive(1) ? .pretty : .line)
    let rendered = session.render(outcome.reports, format: chosen.reportFormat, colored: output == nil && Terminal.usesColor(1))
    if let output {
      do {
        try AtomicFile.write(Array(rendered.utf8), to: output)
      } catch {
        FileHandleOutput.standardError("contentlint: cannot write \(output): \(error)\n")
        throw ExitCode(2)
      }
    } else {
      FileHandleOutput.standardOutput(rendered)
    }
    throw ExitCode(outcome.exitStatus(failOn: failOn.severityThreshold))
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case pretty, line, json

  var reportFormat: ReportFormat {
    switch self {
    case .pretty: .pretty
    case .line: .line
    case .json: .json
    }
  }
}

enum FailLevel: String, ExpressibleByArgument, CaseIterable {
  case error, warning, suggestion, none

  var severityThreshold: FailThreshold {
    switch self {
    case .error: .severity(.error)
    case .warning: .severity(.warning)
    case .suggestion: .severity(.suggestion)
    case .none: .never
    }
  }
}
