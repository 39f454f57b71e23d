public import ContentModel

/// Runs a set of configured rules over documents.
///
/// Document rules run per post as it is read; corpus rules keep a summary per post and run once every
/// post has been seen. Both steps are safe to call from many threads.
public struct Linter: Sendable {
  public let rules: [AnyRule]
  /// The pack rules among `rules`, by position: run with one set of shared walks per document.
  private let packRules: [PackRule?]

  /// The pack rules among `rules` share one phrase automaton, walked once per block for all of them.
  public init(rules: [AnyRule]) {
    self.rules = PhraseAutomaton.sharing(rules)
    packRules = self.rules.map { rule in
      guard case .document(let documentRule) = rule else { return nil }
      return documentRule as? PackRule
    }
  }

  /// The corpus rules' summaries of one post, in the order of `rules`.
  public struct PostSummary: Sendable {
    public let summaries: [any Sendable]
  }

  /// Document-rule findings for one post, and what the corpus rules keep of it.
  public func lint(_ document: Document) -> (findings: [Finding], summary: PostSummary) {
    var findings: [Finding] = []
    var summaries: [any Sendable] = []
    var shared: SharedPackMatches?
    for (position, rule) in rules.enumerated() {
      switch rule {
      case .document(let documentRule):
        do {
          if let packRule = packRules[position] {
            let walks = shared ?? SharedPackMatches(document)
            shared = walks
            findings += try packRule.check(document, sharing: walks)
          } else {
            findings += try documentRule.check(document)
          }
        } catch {
          findings.append(Self.ruleFailure(error, rule: documentRule.id))
        }
      case .corpus(let corpusRule):
        summaries.append(corpusRule.summarize(document))
      }
    }
    return (findings, PostSummary(summaries: summaries))
  }

  /// Only what the corpus rules keep of a post, for posts that are compared against but not reported
  /// (`--changed-since`): document rules do not run.
  public func summarize(_ document: Document) -> PostSummary {
    var summaries: [any Sendable] = []
    for case .corpus(let corpusRule) in rules { summaries.append(corpusRule.summarize(document)) }
    return PostSummary(summaries: summaries)
  }

  /// A post's summary as bytes, one part per corpus rule, to keep between runs; nil when a corpus rule
  /// cannot be kept.
  public func encode(_ summary: PostSummary) -> [[UInt8]]? {
    var parts: [[UInt8]] = []
    var slot = 0
    for case .corpus(let corpusRule) in rules {
      guard let persistence = corpusRule.persistence else { return nil }
      parts.append(persistence.encode(summary.summaries[slot]))
      slot += 1
    }
    return parts
  }

  /// The summary `encode` gave these parts for, or nil when they do not fit this linter's rules. `origins`,
  /// when given, says where each part also lies in a file that stays unchanged for the run.
  public func decode(_ parts: [[UInt8]], path: String, origins: [SpillStore.Origin]? = nil) -> PostSummary? {
    var summaries: [any Sendable] = []
    for case .corpus(let corpusRule) in rules {
      guard summaries.count < parts.count, let persistence = corpusRule.persistence,
        let summary = persistence.decode(parts[summaries.count], path, origins?[summaries.count])
      else { return nil }
      summaries.append(summary)
    }
    return summaries.count == parts.count ? PostSummary(summaries: summaries) : nil
  }

  /// Whether every corpus rule's summaries can be kept between runs.
  public var isPersistable: Bool {
    rules.allSatisfy { if case .corpus(let rule) = $0 { rule.persistence != nil } else { true } }
  }

  /// Corpus-rule findings for every post, in the order the summaries are given. With `corpus`, the posts
  /// are part of a larger corpus those facts describe (rules that cannot use them see only these posts).
  public func lintCorpus(_ posts: [PostSummary], partOf corpus: CorpusFacts? = nil) -> [[Finding]] {
    var findings = [[Finding]](repeating: [], count: posts.count)
    var slot = 0
    for rule in rules {
      guard case .corpus(let corpusRule) = rule else { continue }
      let summaries = posts.map { $0.summaries[slot] }
      let results =
        if let corpus, let distributed = corpusRule.distributed {
          distributed.checkPart(summaries, corpus)
        } else {
          corpusRule.check(summaries)
        }
      for (index, postFindings) in results.enumerated() { findings[index] += postFindings }
      slot += 1
    }
    return findings
  }

  /// A rule that could not finish on a post is itself reported, never silently skipped.
  private static func ruleFailure(_ error: RuleError, rule: String) -> Finding {
    Finding(
      rule: rule, severity: .warning, message: error.description,
      range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1)),
      excerpt: "")
  }
}
