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

  public let linter: Linter
  public let ingesters: IngesterRegistry

  public init(linter: Linter, ingesters: IngesterRegistry = IngesterRegistry()) {
    self.linter = linter
    self.ingesters = ingesters
  }

  /// Lints every input, in parallel, and returns one report per input in the inputs' order.
  ///
  /// With `reporting`, only those inputs are linted and reported; the others are still read and summarised
  /// so that corpus rules (cross-post duplicates) compare the reported posts against all of them.
  /// `fileDone` is called once per input as it finishes, from the worker threads.
  public func run(
    _ inputs: [LintInput], standardInput: [UInt8]? = nil, reporting: Set<LintInput>? = nil,
    fileDone: (@Sendable () -> Void)? = nil
  ) -> [FileReport] {
    let ingesters = self.ingesters
    let linter = self.linter
    let posts: [PostResult] = inputs.parallelMap { input in
      defer { fileDone?() }
      let reported = reporting?.contains(input) ?? true
      let document: Document
      do throws(IngestError) {
        let bytes: [UInt8]
        switch input {
        case .file(let path): bytes = try FileReader.read(path)
        case .standardInput: bytes = standardInput ?? []
        }
        document = try ingesters.ingest(bytes, path: input.path)
      } catch {
        return PostResult(
          path: input.path, source: nil, findings: [Self.ingestError(error)], summary: nil, reported: reported)
      }
      guard reported else {
        return PostResult(
          path: input.path, source: nil, findings: [], summary: linter.summarize(document), reported: false)
      }
      let (findings, summary) = linter.lint(document)
      return PostResult(path: input.path, source: document.source, findings: findings, summary: summary, reported: true)
    }
    let readable = posts.indices.filter { posts[$0].summary != nil }
    let corpusFindings = linter.lintCorpus(readable.map { posts[$0].summary! })
    var reports = posts.map { FileReport(path: $0.path, findings: $0.findings, source: $0.source) }
    for (slot, index) in readable.enumerated() { reports[index].findings += corpusFindings[slot] }
    for index in reports.indices { reports[index].findings.sort(by: Finding.reportOrder) }
    return zip(posts, reports).filter { $0.0.reported }.map(\.1)
  }

  private struct PostResult: Sendable {
    var path: String
    var source: String?
    var findings: [Finding]
    var summary: Linter.PostSummary?
    var reported: Bool
  }

  static func ingestError(_ error: IngestError) -> Finding {
    let start = SourcePosition(line: error.line, column: error.column)
    return Finding(
      rule: ingestErrorRule, severity: .error, message: error.description, range: SourceRange(start: start, end: start),
      excerpt: "")
  }
}
