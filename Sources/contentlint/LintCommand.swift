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

  @Option(
    help: "Report format: pretty (on a terminal), line (otherwise), json, sarif, github, junit, checkstyle or html.")
  var format: OutputFormat?

  @Option(help: "The lowest severity that makes the exit status 1: error, warning, suggestion or none.")
  var failOn: FailLevel = .error

  @Option(help: "Write the report to this file (atomically); progress and errors stay on standard error.")
  var output: String?

  @Option(help: "The name to report a post read from standard input under (its extension picks the format).")
  var stdinFilename: String?

  @Flag(help: "Apply safe fixes in place (delete leftover boilerplate, later exact duplicates, residue lines).")
  var fix = false

  @Flag(help: "With --fix: print the fixes as a unified diff and change nothing.")
  var dryRun = false

  @OptionGroup var ruleSources: RuleSourceOptions

  @Option(help: "Hide the findings recorded in this baseline file.")
  var baseline: String?

  @Option(help: "Record the current findings in this baseline file (written atomically) and hide them.")
  var writeBaseline: String?

  @Option(help: "Lint only files changed since this git revision (cross-post duplicates still see every file).")
  var changedSince: String?

  @Flag(name: .customLong("progress"), help: "Show progress on standard error even when it is not a terminal.")
  var forceProgress = false

  @Option(
    help: ArgumentHelp(
      "Reuse the results kept in this folder for posts unchanged since (same bytes, configuration, packs and build), and keep this run's.",
      valueName: "dir"))
  var cache: String?

  @OptionGroup var sharding: ShardOptions

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Give at least one file or folder to lint (or - for standard input).") }
    if dryRun && !fix { throw ValidationError("--dry-run goes with --fix.") }
    if fix && paths.contains("-") { throw ValidationError("--fix cannot rewrite standard input.") }
    if sharding.isPartial && paths.contains("-") {
      throw ValidationError("--shard and --duplicate-pairs read files only, not standard input.")
    }
  }

  func run() throws {
    let session = LintSession(sources: ruleSources.sources)
    let changed = try changedFiles()
    let chosen = format ?? (output == nil && Terminal.isInteractive(1) ? .pretty : .line)
    func lint(forFixing: Bool) throws -> LintOutcome {
      var outcome =
        try sharding.isPartial
        ? lintPart(session, changedFiles: changed)
        : session.lint(
          paths: paths, stdinFilename: stdinFilename, changedFiles: changed, progress: .standardError(forced: forceProgress),
          keepingSources: forFixing || chosen.reportFormat.showsSource, cacheDirectory: cache)
      if let error = outcome.configurationError {
        FileHandleOutput.standardError("contentlint: \(error)\n")
        throw ExitCode(2)
      }
      try applyBaseline(to: &outcome)
      return outcome
    }
    var outcome = try lint(forFixing: fix)
    if fix {
      let results = session.applyFixes(outcome.reports, dryRun: dryRun)
      for result in results {
        if let reason = result.skippedBecause {
          FileHandleOutput.standardError("contentlint: \(result.path): not fixed: \(reason)\n")
        } else if dryRun {
          FileHandleOutput.standardOutput(result.diff)
        }
      }
      if dryRun { return }
      let fixedCount = results.reduce(0) { $0 + $1.applied }
      FileHandleOutput.standardError("contentlint: applied \(fixedCount) fix\(fixedCount == 1 ? "" : "es") in \(results.count { $0.applied > 0 }) file(s)\n")
      // Report what is left after fixing.
      outcome = try lint(forFixing: false)
    }
    for missing in outcome.missing {
      FileHandleOutput.standardError("contentlint: \(missing): no such file or folder\n")
    }
    let rendered = session.render(outcome.reports, format: chosen.reportFormat, colored: output == nil && Terminal.usesColor(1))
    try CommandOutput.write(rendered, to: output)
    // The pretty format ends with its own summary when a person reads it on a terminal.
    if !(chosen == .pretty && output == nil && Terminal.isInteractive(1)) {
      FileHandleOutput.standardError(outcome.summaryLine + "\n")
    }
    throw ExitCode(outcome.exitStatus(failOn: failOn.severityThreshold))
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case pretty, line, json, sarif, github, junit, checkstyle, html

  var reportFormat: ReportFormat {
    switch self {
    case .pretty: .pretty
    case .line: .line
    case .json: .json
    case .sarif: .sarif
    case .github: .github
    case .junit: .junit
    case .checkstyle: .checkstyle
    case .html: .html
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
