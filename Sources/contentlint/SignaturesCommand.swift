import ArgumentParser
import ContentLintKit
import Foundation

struct SignaturesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "signatures",
    abstract: "Per-block MinHash signatures and LSH bands, for corpus-wide duplicate joins (see docs/spark.md)."
  )

  @Argument(help: "Files or folders, as they would be given to lint.")
  var paths: [String] = []

  @Option(help: "jsonl: one JSON object per post and per compared block.")
  var format: SignatureFormat = .jsonl

  @Option(help: ArgumentHelp("Only the K-th of N stable partitions of the files, as lint --shard.", valueName: "K/N"))
  var shard: String?

  @Option(help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @OptionGroup var ruleSources: RuleSourceOptions

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Give at least one file or folder.") }
    if paths.contains("-") { throw ValidationError("signatures reads files only, not standard input.") }
    _ = try Shard.option(shard)
  }

  func run() throws {
    let session = LintSession(sources: ruleSources.sources)
    let outcome: SignatureOutcome
    do {
      outcome = try session.signatures(paths: paths, shard: Shard.option(shard))
    } catch let error as PartialRunError {
      FileHandleOutput.standardError("contentlint: \(error)\n")
      throw ExitCode(2)
    }
    if let error = outcome.configurationError {
      FileHandleOutput.standardError("contentlint: \(error)\n")
      throw ExitCode(2)
    }
    for missing in outcome.missing {
      FileHandleOutput.standardError("contentlint: \(missing): no such file or folder\n")
    }
    let text = outcome.lines.map { $0 + "\n" }.joined()
    try CommandOutput.write(text, to: output)
    throw ExitCode(outcome.exitStatus)
  }
}

enum SignatureFormat: String, ExpressibleByArgument, CaseIterable {
  case jsonl
}
