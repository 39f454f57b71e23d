import ContentModel
import Foundation
import Ingest
public import Linting
import Reporting

/// Runs over part of a corpus: `lint --shard K/N`, `lint --duplicate-pairs FILE` and `signatures`.
///
/// A shard alone keeps reports exact by reading every post for the corpus rules (as `--changed-since`
/// does) while linting and reporting only its own. With a pairs file it reads only its own posts and
/// the posts its pairs name, and the corpus rules decide from the facts in the file (see
/// `DuplicateParagraphRule+Distributed`).
extension LintSession {
  public func lint(
    paths: [String], shard: Shard?, duplicatePairs: DuplicatePairsFile?, changedFiles: ChangedFiles? = nil,
    progress: Progress? = nil, cacheDirectory: String? = nil
  ) throws(PartialRunError) -> LintOutcome {
    let prepared: PreparedCorpus
    switch prepare(paths: paths) {
    case .success(let corpus): prepared = corpus
    case .failure(let outcome): return outcome
    }
    let directory = FileManager.default.currentDirectoryPath
    let own = prepared.inputs.filter { input in
      (shard?.contains(input.path) ?? true) && (changedFiles?.contains(input.path, relativeTo: directory) ?? true)
    }
    var inputs = prepared.inputs
    var plan = prepared.plan
    if let duplicatePairs {
      try requireOneComparison(prepared.plan)
      let known = Set(prepared.inputs.map(\.path))
      if let stranger = duplicatePairs.lineNaming.filter({ !known.contains($0.key) }).min(by: { $0.value < $1.value }) {
        throw .pairs(
          DuplicatePairsError(
            path: duplicatePairs.path, line: stranger.value, message: "\(stranger.key) is not a file of this run"))
      }
      let ownPaths = Set(own.map(\.path))
      var needed = ownPaths
      for pair in duplicatePairs.facts.pairs where ownPaths.contains(pair[0].path) || ownPaths.contains(pair[1].path) {
        needed.insert(pair[0].path)
        needed.insert(pair[1].path)
      }
      do {
        (inputs, plan) = try makePlan(prepared.inputs.filter { needed.contains($0.path) })
      } catch {
        return LintOutcome(reports: [], missing: prepared.missing, configurationError: error)
      }
    }
    var fileDone: (@Sendable () -> Void)?
    if let progress { fileDone = { progress.advance() } }
    progress?.start(total: inputs.count)
    var run = LintRun(plan: plan, ingesters: ingesters)
    run.cache = cacheDirectory.map { PostCache(directory: $0, ruleFiles: plan.ruleFiles) }
    let reports = run.run(inputs, reporting: Set(own), partOf: duplicatePairs?.facts, fileDone: fileDone)
    progress?.finish()
    var outcome = LintOutcome(reports: reports, missing: prepared.missing)
    outcome.cachedPosts = run.cache?.hits
    run.cache?.prune()
    return outcome
  }

  /// `contentlint signatures`: JSON Lines describing, for every post of the shard, the blocks the corpus
  /// rule compares (see `SignatureRecords`).
  public func signatures(paths: [String], shard: Shard?) throws(PartialRunError) -> SignatureOutcome {
    let prepared: PreparedCorpus
    switch prepare(paths: paths) {
    case .success(let corpus): prepared = corpus
    case .failure(let outcome):
      return SignatureOutcome(lines: [], missing: outcome.missing, configurationError: outcome.configurationError)
    }
    try requireOneComparison(prepared.plan)
    let distributed = prepared.plan.corpusLinters.first?.rules.lazy.compactMap { rule -> AnyCorpusRule? in
      if case .corpus(let corpusRule) = rule, corpusRule.distributed != nil { corpusRule } else { nil }
    }.first
    let own = prepared.inputs.enumerated().filter { shard?.contains($0.element.path) ?? true }
    let ingesters = self.ingesters
    let posts = own.parallelMap { post, input -> [String] in
      let document: Document
      do throws(IngestError) {
        document = try ingesters.ingest(try FileReader.read(input.path), path: input.path)
      } catch {
        return [SignatureRecords.post(path: input.path, post: post, blocks: nil, error: error.description)]
      }
      let blocks = distributed?.distributed?.signatures(document) ?? []
      return [SignatureRecords.post(path: input.path, post: post, blocks: blocks.count, error: nil)]
        + blocks.map { SignatureRecords.block($0, path: input.path, post: post) }
    }
    var lines: [String] = []
    if let distributed, let options = distributed.distributed?.joinOptions {
      lines.append(SignatureRecords.rule(distributed.ruleDescription.id, options: options))
    }
    lines += posts.flatMap { $0 }
    return SignatureOutcome(lines: lines, missing: prepared.missing)
  }

  // MARK: - Private

  private struct PreparedCorpus {
    /// Every file of the run, in report order, configuration ignores applied.
    var inputs: [LintInput]
    var plan: LintPlan
    var missing: [String]
  }

  private enum Preparation {
    case success(PreparedCorpus)
    case failure(LintOutcome)
  }

  private func prepare(paths: [String]) -> Preparation {
    let discovery = FileDiscovery(extensions: ingesters.fileExtensions).discover(paths)
    do {
      let (inputs, plan) = try makePlan(discovery.files.map(LintInput.file))
      return .success(PreparedCorpus(inputs: inputs, plan: plan, missing: discovery.missing))
    } catch {
      return .failure(LintOutcome(reports: [], missing: discovery.missing, configurationError: error))
    }
  }

  /// One set of options for the compared rule across the corpus: signatures and pairs mean nothing
  /// between posts whose rules compare blocks differently.
  private func requireOneComparison(_ plan: LintPlan) throws(PartialRunError) {
    if plan.corpusLinters.count > 1 { throw .differentCorpusOptions }
  }
}

/// What `signatures` produced.
public struct SignatureOutcome: Sendable {
  public var lines: [String]
  public var missing: [String]
  public var configurationError: ConfigurationError? = nil

  public var exitStatus: Int32 { missing.isEmpty && configurationError == nil ? 0 : 2 }
}

/// Why a run over part of a corpus cannot go on: a usage error (exit status 2).
public enum PartialRunError: Error, Sendable, CustomStringConvertible {
  case pairs(DuplicatePairsError)
  case differentCorpusOptions

  public var description: String {
    switch self {
    case .pairs(let error): error.description
    case .differentCorpusOptions:
      "the configurations of this corpus give duplicate-paragraph different options; signatures and pairs need one set for every post"
    }
  }
}
