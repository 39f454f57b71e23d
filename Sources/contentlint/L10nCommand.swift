import ArgumentParser
import ContentLintKit
import Localization

struct L10nCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "l10n",
    abstract: "Translation bundles: extract them from posts, see their status, check them, render translated posts.",
    subcommands: [L10nExtractCommand.self, L10nStatusCommand.self, L10nCheckCommand.self, L10nRenderCommand.self]
  )
}

extension BundleFormat: ExpressibleByArgument {}
extension PostRenderer.Fallback: ExpressibleByArgument {}

/// Prints an outcome's messages and exits with its status.
private func finish(_ outcome: LocalizationSession.Outcome) throws -> Never {
  for note in outcome.notes { FileHandleOutput.standardError("contentlint: note: \(note)\n") }
  for error in outcome.errors { FileHandleOutput.standardError("contentlint: \(error)\n") }
  throw ExitCode(outcome.exitStatus)
}

struct L10nExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Write one bundle per post and locale (merging into bundles already there, losing no translation)."
  )

  @Argument(help: "Posts: files or folders.")
  var paths: [String] = []

  @Option(help: "Target locales, comma-separated BCP 47 tags (en-XA and ar-XB are pseudo-locales).")
  var locales: String

  @Option(help: "The folder bundles go to, as <out>/<locale>/<post path>.<ext>.")
  var out: String = "Locales"

  @Option(help: "xliff2 (XLIFF 2.1, .xlf), po (.po) or xliff12 (XLIFF 1.2, .xliff).")
  var format: BundleFormat = .xliff2

  @Option(help: "The posts' language when they do not declare one (default en; overrides a declared one when given).")
  var sourceLocale: String?

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Give at least one post or folder to extract from.") }
  }

  func run() throws {
    let locales = self.locales.split(separator: ",").map(String.init).filter { !$0.isEmpty }
    let outcome = LocalizationSession().extract(
      paths: paths, locales: locales, outDirectory: out, format: format, sourceLocale: sourceLocale)
    for path in outcome.written { FileHandleOutput.standardError("wrote \(path)\n") }
    try finish(outcome)
  }
}

struct L10nStatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Per locale: files, units, segments, words (ICU word break), translated %, needing review, obsolete."
  )

  @Argument(help: "The bundles folder.")
  var directory: String = "Locales"

  @Option(help: "text or json.")
  var format: ListFormat = .text

  func run() throws {
    let (report, outcome) = LocalizationSession().status(directory: directory, json: format == .json)
    FileHandleOutput.standardOutput(report)
    try finish(outcome)
  }
}

struct L10nCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Translation QA: codes, URLs, numbers, punctuation, length, plurals, MessageFormat (exit 1 on errors)."
  )

  @Argument(help: "The bundles folder.")
  var directory: String = "Locales"

  @Flag(help: "Also list untranslated segments and those waiting for review.")
  var all = false

  func run() throws {
    let (issues, outcome) = LocalizationSession().check(directory: directory, showSuggestions: all)
    for issue in issues { FileHandleOutput.standardOutput(issue.formatted + "\n") }
    let errors = issues.count { $0.severity == .error }
    let warnings = issues.count { $0.severity == .warning }
    FileHandleOutput.standardError("\(errors) error(s), \(warnings) warning(s)\n")
    try finish(outcome)
  }
}

struct L10nRenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Write translated posts (HTML gets lang= and dir=); untranslated units keep the source text."
  )

  @Argument(help: "Posts: files or folders.")
  var paths: [String] = []

  @Option(help: "The target locale.")
  var locale: String

  @Option(help: "The bundles folder.")
  var from: String = "Locales"

  @Option(help: "The folder translated posts go to (keeping each post's relative path).")
  var out: String

  @Option(help: "Untranslated units: source (keep the source text) or fail (keep it and exit 1).")
  var untranslated: PostRenderer.Fallback = .source

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Give at least one post or folder to render.") }
  }

  func run() throws {
    let outcome = LocalizationSession().render(
      paths: paths, locale: locale, from: from, outDirectory: out, fallback: untranslated)
    try finish(outcome)
  }
}
