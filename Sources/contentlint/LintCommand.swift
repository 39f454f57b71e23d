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

  @Option(help: "Report format: pretty (on a terminal), line (otherwise), json, sarif, github, junit or checkstyle.")
  var format: OutputFormat?

  @Option(help: "The lowest severity that makes the exit status 1: error, warning, suggestion or none.")
  var failOn: FailLevel = .error

  @Option(help: "Write the report to this file (atomically); progress and errors stay on standard error.")
  var output: String?

  @Option(help: "The name to report a post read from standard input under (its extension picks the format).")
  var stdinFilename: String?

  @Option(help: "Hide the findings recorded in this baseline file.")
  var baseline: String?

  @Option(help: "Record the current findings in this baseline file (written atomically) and hide them.")
  var writeBaseline: String?

  @Option(help: "Lint only files changed since this git revision (cross-post duplicates still see every file).")
  var changedSince: String?

  @Flag(name: .customLong("progress"), help: "Show progress on standard error even when it is not a terminal.")
  var forceProgress = false

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Give at least one file or folder to lint (or - for standard input).") }
  }

  func run() throws {
    let session = LintSession()
    let changed = try changedFiles()
    var outcome = session.lint(
      paths: paths, stdinFilename: stdinFilename, changedFiles: changed, progress: .standardError(forced: forceProgress)
    )
    try applyBaseline(to: &outcome)
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
    // The pretty format ends with its own summary when a person reads it on a terminal.
    if !(chosen == .pretty && output == nil && Terminal.isInteractive(1)) {
      FileHandleOutput.standardError(outcome.summaryLine + "\n")
    }
    throw ExitCode(outcome.exitStatus(failOn: failOn.severityThreshold))
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case pretty, line, json, sarif, github, junit, checkstyle

  var reportFormat: ReportFormat {
    switch self {
    case .pretty: .pretty
    case .line: .line
    case .json: .json
    case .sarif: .sarif
    case .github: .github
    case .junit: .junit
    case .checkstyle: .checkstyle
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
