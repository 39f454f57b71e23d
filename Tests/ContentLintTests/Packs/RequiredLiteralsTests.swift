import Testing
import TextKit

@testable import Linting

/// The literals read off a pattern must be in every text the pattern matches: a block without them is
/// never shown to ICU.
@Suite struct RequiredLiteralsTests {
  @Test func readsTheLiteralsEveryMatchNeeds() {
    #expect(PatternLiterals.required(in: "delve") == ["delve"])
    #expect(PatternLiterals.required(in: "^(?:in conclusion|overall)(?=,)") == ["in conclusion", "overall"])
    #expect(PatternLiterals.required(in: "colou?r") == ["colo"])
    #expect(PatternLiterals.required(in: "ab+c") == ["ab"])
    #expect(PatternLiterals.required(in: "x*(?:foo|bar)\\s+baz") == ["foo", "bar"])
    #expect(PatternLiterals.required(in: "[a-z]+ing\\b") == ["ing"])
    #expect(PatternLiterals.required(in: "(?<word>\\w+) \\.\\.\\.") == [" ..."])
    #expect(PatternLiterals.required(in: "(?!not)thing") == ["thing"])
  }

  @Test func readsWhatAnAnchoredMatchStartsWith() {
    #expect(PatternLiterals.anchoredPrefixes(in: "^(?:in conclusion|overall)(?=,)") == ["in conclusion", "overall"])
    #expect(PatternLiterals.anchoredPrefixes(in: "^\\bto sum up") == ["to sum up"])
    #expect(PatternLiterals.anchoredPrefixes(in: "^ab?c") == ["a"])
    #expect(PatternLiterals.anchoredPrefixes(in: "^a|^bc") == ["a", "bc"])
    #expect(PatternLiterals.anchoredPrefixes(in: "^a|bc") == nil)
    #expect(PatternLiterals.anchoredPrefixes(in: "in conclusion") == nil)
    #expect(PatternLiterals.anchoredPrefixes(in: "^(?:x*foo|bar)") == nil)
    #expect(PatternLiterals.anchoredPrefixes(in: "^[Ii]n sum") == nil)
    #expect(PatternLiterals.anchoredPrefixes(in: "^(?:ab)+c") == nil)
  }

  @Test func leavesWhatItCannotReadToICU() {
    #expect(PatternLiterals.required(in: "a|\\w+") == nil)
    #expect(PatternLiterals.required(in: "(?i)delve") == nil)
    #expect(PatternLiterals.required(in: "(a)\\1") == nil)
    #expect(PatternLiterals.required(in: "\\p{L}+") == nil)
    #expect(PatternLiterals.required(in: "(?:foo)?bar?") == ["ba"])
    #expect(PatternLiterals.required(in: "(?:foo)?") == nil)
    #expect(PatternLiterals.required(in: "\\Qa.b\\E") == nil)
    #expect(PatternLiterals.required(in: "[]a]x") == nil)
    #expect(RequiredLiterals(["\\d+", "delve"], ignoresCase: true) == nil)
  }

  private static let texts = [
    "In conclusion, sleep matters.", "Overall, it went well.", "Over all, no.", "The conclusion came late",
    "ﬁnal word", "The Kelvin sign: K", "STRASSE and Straße", "to sum up, x", "", "café—naïve, OVERALL,",
  ]

  @Test(arguments: [
    (["^(?:in conclusion|in summary|to sum up|overall)(?=,)"], true),
    (["fi(?:nal)?", "kelvin"], true),
    (["strasse"], true),
    (["Over all"], false),
    (["ca[fé]+"], false),
    (["^(?:fi|ss)", "^kelvin"], true),
    (["^(?:over)"], true),
  ])
  func neverTurnsAwayATextICUMatches(patterns: [String], ignoresCase: Bool) throws {
    let required = try #require(RequiredLiterals(patterns, ignoresCase: ignoresCase))
    let regex = try ICURegex(
      patterns.map { "(?:\($0))" }.joined(separator: "|"), options: ignoresCase ? [.caseInsensitive] : [])
    for text in Self.texts where try !regex.matches(in: text).isEmpty {
      #expect(required.mayMatch(in: text, within: text.startIndex..<text.endIndex), "\(text)")
    }
  }

  @Test func turnsAwayTextsWithoutTheLiterals() throws {
    let required = try #require(RequiredLiterals(["^(?:in conclusion|overall)(?=,)"], ignoresCase: true))
    let text = "We slept well — and it’s over."
    #expect(!required.mayMatch(in: text, within: text.startIndex..<text.endIndex))
    let folded = "OVERALL, yes"
    #expect(required.mayMatch(in: folded, within: folded.startIndex..<folded.endIndex))
    let later = "Sleep, overall, matters."
    #expect(!required.mayMatch(in: later, within: later.startIndex..<later.endIndex))
  }
}
