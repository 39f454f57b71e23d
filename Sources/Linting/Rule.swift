public import ContentModel

/// A check contentlint runs. Rules are values built from their options; they hold no state between posts.
public protocol Rule: Sendable {
  var ruleDescription: RuleDescription { get }
}

/// A rule compiled into contentlint, built from its configured options.
public protocol BuiltInRule: Rule {
  static var description: RuleDescription { get }
  init(options: RuleOptions) throws(RuleError)
  /// The rule as a rule of its kind: given by the kind it conforms to (below), not found by a dynamic
  /// cast, which makes the runtime scan every protocol conformance in the program once per rule and kind.
  var asAnyRule: AnyRule { get }
}

extension BuiltInRule {
  public var ruleDescription: RuleDescription { Self.description }
}

extension BuiltInRule where Self: DocumentRule {
  public var asAnyRule: AnyRule { .document(self) }
}

extension BuiltInRule where Self: CorpusRule {
  public var asAnyRule: AnyRule { .corpus(AnyCorpusRule(self)) }
}

/// A rule that looks at one post at a time.
public protocol DocumentRule: Rule {
  func check(_ document: Document) throws(RuleError) -> [Finding]
}

/// A rule that needs every post of the run, such as cross-post duplicates.
///
/// It works in two steps so that a large corpus is never held in memory whole: `summarize` runs on
/// each post as it is read (in parallel), keeping only what the rule needs; `check` then sees every
/// summary at once and returns the findings of each post, in the order the summaries were given.
public protocol CorpusRule: Rule {
  associatedtype Summary: Sendable
  func summarize(_ document: Document) -> Summary
  func check(_ summaries: [Summary]) -> [[Finding]]
}

/// A corpus rule whose summaries can be kept between runs (`--cache`): `decode` gives back what `encode`
/// took, or nil for bytes it does not recognise, which the run then treats as never cached. `origin`, when
/// given, is where the same bytes lie in a file that stays unchanged for the run, so that parts needed only
/// later can be read from there instead of kept.
public protocol PersistableCorpusRule: CorpusRule {
  func encode(_ summary: Summary) -> [UInt8]
  func decode(_ bytes: [UInt8], path: String, origin: SpillStore.Origin?) -> Summary?
}

/// Why a rule could not be built or could not finish.
public enum RuleError: Error, Hashable, Sendable, CustomStringConvertible {
  case invalidOption(rule: String, option: String, reason: String)
  /// A pack's regular expression ran past its time limit on some text.
  case timedOut(rule: String, pattern: String)
  /// A pack's regular expression, compiled when first needed, does not compile (a bundled pack edited by hand).
  case invalidPattern(rule: String, pattern: String, reason: String)

  public var description: String {
    switch self {
    case .invalidOption(let rule, let option, let reason): "Rule '\(rule)': option '\(option)' \(reason)."
    case .timedOut(let rule, let pattern):
      "Rule '\(rule)': the pattern \(pattern) took too long and was cut off on this file."
    case .invalidPattern(let rule, let pattern, let reason):
      "Rule '\(rule)': the pattern \(pattern) does not compile (\(reason)); fix the pack or reinstall contentlint."
    }
  }
}

extension Rule {
  /// The rule's id.
  public var id: String { ruleDescription.id }
}
