public import ContentModel
import Foundation
public import Ingest
public import Linting

/// One input to lint: a path on disk, or bytes from standard input reported under a name.
public enum LintInput: Sendable, Hashable {
  case file(String)
  case standardInput(name: String)

  public var path: String {
    switch self {
    case .file(let path): path
    case .standardInput(let name): name
    }
  }
}

/// The pipeline the command line drives: read, ingest, lint, and collect the findings in report order.
public struct LintRun: Sendable {
  public static let ingestErrorRule = "ingest-error"

  /// The rules for every input; nil when one linter serves all of them.
  public let plan: LintPlan?
  public let linter: Linter
  public let ingesters: IngesterRegistry
  /// Whether reports carry the text of each post with findings. Only the pretty and HTML reports and
  /// `--fix` read it, and only for those posts: a post's text is kept while it has document-rule findings,
  /// and read again at the end for a post that only the corpus rules flagged. Without it a run keeps
  /// findings and corpus summaries alone, so memory does not grow with the posts' size.
  public var keepsSources = true
  /// Results of earlier runs to reuse for unchanged posts, and to add this run's to (`--cache`).
  public var cache: PostCache?

  public init(linter: Linter, ingesters: IngesterRegistry = IngesterRegistry()) {
    self.linter = linter
    self.plan = nil
    self.ingesters = ingesters
  }

  /// A run where each input has the rules of its own configuration.
  public init(plan: LintPlan, ingesters: IngesterRegistry = IngesterRegistry()) {
    self.linter = Linter(rules: [])
    self.plan = plan
    self.ingesters = ingesters
  }

  /// Lints every input, in parallel, and returns one report per input in the inputs' order.
  ///
  /// With `reporting`, only those inputs are linted and reported; the others are still read and summarised
  /// so that corpus rules (cross-post duplicates) compare the reported posts against all of them.
  /// `fileDone` is called once per input as it finishes, from the worker threads. With `corpus`, the
  /// inputs are part of a larger corpus, described by those facts, for the corpus rules.
  public func run(
    _ inputs: [LintInput], standardInput: [UInt8]? = nil, reporting: Set<LintInput>? = nil,
    partOf corpus: CorpusFacts? = nil, fileDone: (@Sendable () -> Void)? = nil
  ) -> [FileReport] {
    let ingesters = self.ingesters
    let keepsSources = self.keepsSources
    let plan = self.plan ?? LintPlan(linter: linter, inputCount: inputs.count)
    let cache = plan.corpusLinters.allSatisfy(\.isPersistable) ? self.cache : nil
    cache?.markFolder()
    let posts: [PostResult] = Array(inputs.indices).parallelMap { index in
      let input = inputs[index]
      defer { fileDone?() }
      let reported = reporting?.contains(input) ?? true
      let bytes: [UInt8]
      do throws(IngestError) {
        switch input {
        case .file(let path): bytes = try FileReader.read(path)
        case .standardInput: bytes = standardInput ?? []
        }
      } catch {
        return PostResult(
          path: input.path, source: nil, comments: [], findings: [Self.ingestError(error)], summaries: nil,
          reported: reported)
      }
      let cached = cache.flatMap { cache -> PostResult? in
        guard case .file = input, let record = cache.load(path: input.path, bytes: bytes) else { return nil }
        return Self.result(from: record, path: input.path, reported: reported, plan: plan, needsSource: keepsSources)
      }
      if let cached {
        if reported { cache?.countHit() }
        return cached
      }
      let document: Document
      do throws(IngestError) {
        document = try ingesters.ingest(bytes, path: input.path)
      } catch {
        let result = PostResult(
          path: input.path, source: nil, comments: [], findings: [Self.ingestError(error)], summaries: nil,
          reported: reported)
        if case .file = input { cache?.store(PostCache.Record(result, plan: plan), path: input.path, bytes: bytes) }
        return result
      }
      // Corpus linters hold only corpus rules: for them `lint` computes the post's summary and nothing else.
      let summaries = plan.corpusLinters.map { $0.lint(document).summary }
      guard reported else {
        return PostResult(path: input.path, source: nil, comments: [], findings: [], summaries: summaries, reported: false)
      }
      let findings = plan.profiles[plan.profileOfInput[index]].linter.lint(document).findings
      // Suppression comments are placed against the text, so a post that has them keeps it until the end.
      let source = (keepsSources && !findings.isEmpty) || !document.comments.isEmpty ? document.source : nil
      let result = PostResult(
        path: input.path, source: source, comments: document.comments, findings: findings,
        summaries: summaries, reported: true)
      if case .file = input { cache?.store(PostCache.Record(result, plan: plan), path: input.path, bytes: bytes) }
      return result
    }
    let readable = posts.indices.filter { posts[$0].summaries != nil }
    var reports = posts.map { FileReport(path: $0.path, findings: $0.findings, source: keepsSources ? $0.source : nil) }
    for (corpusIndex, corpusLinter) in plan.corpusLinters.enumerated() {
      // Every readable post takes part; only posts whose profile uses this linter get its findings.
      let results = corpusLinter.lintCorpus(readable.compactMap { posts[$0].summaries?[corpusIndex] }, partOf: corpus)
      for (slot, index) in readable.enumerated()
      where plan.profiles[plan.profileOfInput[index]].corpusLinter == corpusIndex {
        reports[index].findings += results[slot]
      }
    }
    for index in readable {
      let profile = plan.profiles[plan.profileOfInput[index]]
      reports[index].findings = profile.finish(reports[index].findings, comments: posts[index].comments, source: posts[index].source ?? "")
    }
    for index in reports.indices { reports[index].findings.sort(by: Finding.reportOrder) }
    if keepsSources {
      let unread = readable.filter { posts[$0].reported && reports[$0].source == nil && !reports[$0].findings.isEmpty }
      let sources = unread.parallelMap { index in source(of: inputs[index], standardInput: standardInput) }
      for (index, source) in zip(unread, sources) { reports[index].source = source }
    }
    return zip(posts, reports).filter { $0.0.reported }.map(\.1)
  }

  /// A post's text read again, for a post only the corpus rules flagged; nil if it can no longer be read.
  private func source(of input: LintInput, standardInput: [UInt8]?) -> String? {
    do throws(IngestError) {
      switch input {
      case .file(let path): return try ingesters.ingest(try FileReader.read(path), path: path).source
      case .standardInput: return try ingesters.ingest(standardInput ?? [], path: input.path).source
      }
    } catch {
      return nil
    }
  }

  /// A cached post as this run needs it, or nil when the record cannot serve (it lacks the text of a post
  /// with findings this run shows, or its summaries do not fit this run's corpus rules).
  private static func result(
    from record: PostCache.Record, path: String, reported: Bool, plan: LintPlan, needsSource: Bool
  ) -> PostResult? {
    var summaries: [Linter.PostSummary]?
    if let parts = record.summaries {
      guard parts.count == plan.corpusLinters.count else { return nil }
      var decoded: [Linter.PostSummary] = []
      for (index, (linter, part)) in zip(plan.corpusLinters, parts).enumerated() {
        guard let summary = linter.decode(part, path: path, origins: record.origins(ofLinter: index)) else { return nil }
        decoded.append(summary)
      }
      summaries = decoded
      if needsSource && reported && record.source == nil && !record.findings.isEmpty { return nil }
    }
    return PostResult(
      path: path, source: record.source, comments: record.comments, findings: reported ? record.findings : [],
      summaries: summaries, reported: reported)
  }

  fileprivate struct PostResult: Sendable {
    var path: String
    var source: String?
    var comments: [SourceComment]
    var findings: [Finding]
    /// One summary per corpus linter of the plan; nil when the post could not be read.
    var summaries: [Linter.PostSummary]?
    var reported: Bool
  }

  static func ingestError(_ error: IngestError) -> Finding {
    let start = SourcePosition(line: error.line, column: error.column)
    return Finding(
      rule: ingestErrorRule, severity: .error, message: error.description, range: SourceRange(start: start, end: start),
      excerpt: "")
  }
}

extension PostCache.Record {
  /// What the cache keeps of a post linted in full; nil parts when a corpus rule's summary cannot be kept.
  fileprivate init(_ result: LintRun.PostResult, plan: LintPlan) {
    findings = result.findings
    comments = result.comments
    source = result.source
    summaries = result.summaries.map { summaries in zip(plan.corpusLinters, summaries).map { $0.encode($1) ?? [] } }
  }
}
