public import ContentModel

/// A rule as a pack's YAML file declares it, before its phrases and patterns are compiled.
public struct PackRuleDefinition: Hashable, Sendable {
  /// What a pack rule checks; the names follow Vale's.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A phrase or pattern that should not appear.
    case existence
    /// A phrase with a preferred wording, given as the suggestion.
    case substitution
    /// At most or at least so many matches (or words) per scope.
    case occurrence
    /// The same word twice in a row ("the the").
    case repetition
  }

  /// The parts of a post a rule looks at. Code is never checked.
  public enum Scope: String, Hashable, Sendable, CaseIterable {
    case title
    case heading
    case paragraph
    case listItem = "list-item"
    case quote
    case tableCell = "table-cell"
    /// Each sentence of paragraphs, list items, quotes and table cells on its own.
    case sentence

    /// Where a rule looks when its file names no scope: all prose, as whole blocks.
    public static let prose: Set<Scope> = [.title, .heading, .paragraph, .listItem, .quote, .tableCell]
  }

  /// `PACK/RULE`.
  public var id: String
  public var pack: String
  /// The YAML file, as found.
  public var file: String
  public var kind: Kind
  public var severity: Severity
  /// With `%s` for the matched text (for `occurrence`, the count).
  public var message: String
  public var summary: String
  public var details: String
  public var scopes: Set<Scope>
  public var ignoresCase: Bool
  public var wholeWord: Bool
  /// Literal phrases, matched word by word.
  public var tokens: [String]
  /// ICU regular expressions.
  public var patterns: [String]
  /// Phrases that excuse a match they overlap ("Bayeux Tapestry" excuses "tapestry").
  public var exceptions: [String]
  /// For `substitution`: phrase and preferred wording, in file order.
  public var swaps: [Swap]
  public var maximum: Int?
  public var minimum: Int?
  public var suggestion: String?
  public var triggeringExamples: [RuleExample]
  public var nonTriggeringExamples: [RuleExample]

  /// A phrase and the wording to use instead.
  public struct Swap: Hashable, Sendable {
    public var phrase: String
    public var replacement: String
  }
}
