public import ContentModel

/// A corpus rule with its summary type erased, so that rules of different kinds share one list.
public struct AnyCorpusRule: Sendable {
  public let ruleDescription: RuleDescription
  public let summarize: @Sendable (Document) -> any Sendable
  public let check: @Sendable ([any Sendable]) -> [[Finding]]

  /// For a rule whose comparison can be joined outside contentlint: its blocks' signatures, the options
  /// the join needs, and its check over part of a corpus.
  public let distributed: Distributed?

  /// For a rule whose summaries can be kept between runs: its summary as bytes, and back.
  public let persistence: Persistence?

  public struct Persistence: Sendable {
    public let encode: @Sendable (any Sendable) -> [UInt8]
    public let decode: @Sendable ([UInt8], String, SpillStore.Origin?) -> (any Sendable)?
  }

  public struct Distributed: Sendable {
    public let signatures: @Sendable (Document) -> [BlockSignature]
    public let joinOptions: [String: Double]
    public let checkPart: @Sendable ([any Sendable], CorpusFacts) -> [[Finding]]
  }

  public init<R: CorpusRule>(_ rule: R) {
    ruleDescription = rule.ruleDescription
    summarize = { rule.summarize($0) }
    check = { summaries in rule.check(summaries.map { $0 as! R.Summary }) }
    if let distributable = rule as? any DistributableCorpusRule {
      distributed = Self.distributed(distributable)
    } else {
      distributed = nil
    }
    if let persistable = rule as? any PersistableCorpusRule {
      persistence = Self.persistence(persistable)
    } else {
      persistence = nil
    }
  }

  private static func persistence<R: PersistableCorpusRule>(_ rule: R) -> Persistence {
    Persistence(encode: { rule.encode($0 as! R.Summary) }, decode: { rule.decode($0, path: $1, origin: $2) })
  }

  private static func distributed<R: DistributableCorpusRule>(_ rule: R) -> Distributed {
    Distributed(
      signatures: { rule.signatures(of: $0) }, joinOptions: rule.joinOptions,
      checkPart: { summaries, corpus in rule.check(summaries.map { $0 as! R.Summary }, partOf: corpus) })
  }
}

/// A configured rule of either kind.
public enum AnyRule: Sendable {
  case document(any DocumentRule)
  case corpus(AnyCorpusRule)

  public var ruleDescription: RuleDescription {
    switch self {
    case .document(let rule): rule.ruleDescription
    case .corpus(let rule): rule.ruleDescription
    }
  }

  public var id: String { ruleDescription.id }
}
