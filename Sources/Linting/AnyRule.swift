public import ContentModel

/// A corpus rule with its summary type erased, so that rules of different kinds share one list.
public struct AnyCorpusRule: Sendable {
  public let ruleDescription: RuleDescription
  public let summarize: @Sendable (Document) -> any Sendable
  public let check: @Sendable ([any Sendable]) -> [[Finding]]

  public init<R: CorpusRule>(_ rule: R) {
    ruleDescription = rule.ruleDescription
    summarize = { rule.summarize($0) }
    check = { summaries in rule.check(summaries.map { $0 as! R.Summary }) }
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
