public import Linting

/// Which rules run on which input: one profile per distinct configuration, and the corpus linters
/// those profiles share.
///
/// Corpus rules need every post of the run, whatever configuration a post has: each corpus linter
/// summarises every post, and its findings go to the posts whose profile uses it. A post whose
/// configuration turns duplicates off is still the "first" copy another post's duplicate points at.
public struct LintPlan: Sendable {
  public var profiles: [RuleProfile]
  public var corpusLinters: [Linter]
  /// For each input, the index of its profile.
  public var profileOfInput: [Int]
  /// The configuration and rule-pack files the profiles were built from, which a cache key must cover.
  public var ruleFiles: [String]

  public init(profiles: [RuleProfile], corpusLinters: [Linter], profileOfInput: [Int], ruleFiles: [String] = []) {
    self.profiles = profiles
    self.corpusLinters = corpusLinters
    self.profileOfInput = profileOfInput
    self.ruleFiles = ruleFiles
  }

  /// One linter for every input, as before configurations existed.
  public init(linter: Linter, inputCount: Int) {
    let corpusRules = linter.rules.filter { if case .corpus = $0 { true } else { false } }
    let documentRules = linter.rules.filter { if case .document = $0 { true } else { false } }
    profiles = [RuleProfile(linter: Linter(rules: documentRules), corpusLinter: corpusRules.isEmpty ? nil : 0)]
    corpusLinters = corpusRules.isEmpty ? [] : [Linter(rules: corpusRules)]
    profileOfInput = Array(repeating: 0, count: inputCount)
    ruleFiles = []
  }
}
