import ArgumentParser
import ContentLintKit

/// `--shard` and `--duplicate-pairs`: a run over part of a corpus, for schedulers that fan it out.
struct ShardOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Lint the K-th of N stable partitions of the files (K from 1; a file's shard follows from a hash of its path).",
      valueName: "K/N"))
  var shard: String?

  @Option(
    help: ArgumentHelp(
      "Take cross-post duplicate candidates and corpus counts from this JSON Lines file (see docs/spark.md) instead of reading every post.",
      valueName: "file"))
  var duplicatePairs: String?

  var isPartial: Bool { shard != nil || duplicatePairs != nil }

  /// The parsed shard; a malformed one is a usage error.
  func parsedShard() throws -> Shard? { try Shard.option(shard) }

  func validate() throws {
    _ = try parsedShard()
  }

  /// The pairs file, read and checked; a malformed one is a usage error (status 2).
  func pairsFile() throws -> DuplicatePairsFile? {
    guard let duplicatePairs else { return nil }
    do {
      return try DuplicatePairsFile(path: duplicatePairs)
    } catch {
      FileHandleOutput.standardError("contentlint: --duplicate-pairs: \(error)\n")
      throw ExitCode(2)
    }
  }
}

extension Shard {
  /// `--shard K/N` as given on the command line; a malformed one is a usage error.
  static func option(_ text: String?) throws -> Shard? {
    guard let text else { return nil }
    do {
      return try Shard(parsing: text)
    } catch {
      throw ValidationError("--shard: \(error)")
    }
  }
}

extension LintCommand {
  /// A run over part of a corpus (`--shard`, `--duplicate-pairs`); their mistakes are usage errors.
  func lintPart(_ session: LintSession, changedFiles: ChangedFiles?) throws -> LintOutcome {
    do {
      return try session.lint(
        paths: paths, shard: sharding.parsedShard(), duplicatePairs: sharding.pairsFile(), changedFiles: changedFiles,
        progress: .standardError(forced: forceProgress), cacheDirectory: cache)
    } catch let error as PartialRunError {
      FileHandleOutput.standardError("contentlint: --duplicate-pairs: \(error)\n")
      throw ExitCode(2)
    }
  }
}
