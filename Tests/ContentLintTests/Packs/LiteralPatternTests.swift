import Testing
import TextKit

@testable import Linting

/// Plain-text pack patterns are found on bytes; what they find must be what the ICU pattern finds.
@Suite struct LiteralPatternTests {
  private static let texts = [
    "Sleep—like food—matters; rest—real rest—takes time.",
    "——— three at once, then — one, café—naïve—日本—x",
    "no dashes at all",
    "",
    "->-> arrows -> and => and --> mixed",
    "1️⃣—emoji—before—",
  ]

  @Test(arguments: [["—"], ["->", "-->"], ["-->", "->"], ["—", "—x"], ["日本", "naïve"]])
  func findsWhatICUFinds(patterns: [String]) throws {
    let literal = try #require(LiteralPatterns(patterns, ignoresCase: false, wholeWord: false))
    let regex = try ICURegex(patterns.map { "(?:\($0))" }.joined(separator: "|"))
    for text in Self.texts {
      let expected = try regex.matches(in: text).filter { !$0.isEmpty }
      #expect(literal.matches(in: text, within: text.startIndex..<text.endIndex) == expected, "\(text)")
    }
  }

  @Test func findsOnlyWithinBounds() throws {
    let literal = try #require(LiteralPatterns(["—"], ignoresCase: true, wholeWord: false))
    let text = "a—b—c—d"
    let bounds = text.index(text.startIndex, offsetBy: 2)..<text.index(text.startIndex, offsetBy: 5)
    #expect(literal.matches(in: text, within: bounds).map { text[$0] } == ["—"])
  }

  @Test func leavesRegularExpressionsCaseAndWordBoundsToICU() {
    #expect(LiteralPatterns(["a.b"], ignoresCase: false, wholeWord: false) == nil)
    #expect(LiteralPatterns(["^in"], ignoresCase: false, wholeWord: false) == nil)
    #expect(LiteralPatterns(["delve"], ignoresCase: true, wholeWord: false) == nil)
    #expect(LiteralPatterns(["—"], ignoresCase: false, wholeWord: true) == nil)
    #expect(LiteralPatterns([""], ignoresCase: false, wholeWord: false) == nil)
    #expect(LiteralPatterns(["delve"], ignoresCase: false, wholeWord: false) != nil)
    #expect(LiteralPatterns(["—", "->"], ignoresCase: true, wholeWord: false) != nil)
  }
}

/// Phrase lists look ASCII words up by hash and compare other words as strings; both must agree.
@Suite struct PhraseSetTests {
  @Test func matchesASCIIAndOtherWordsAlike() {
    let phrases = PhraseSet(["café*", "naïve person", "therapist*", "get rid of", "* of care", "ﬁne"])
    let scan = WordScan("Cafés for NAÏVE persons, naïve person, Therapists; get rid of it, duty of care")
    let matched = scan.matches(of: phrases).map { scan.text[scan.range(ofWords: $0)] }
    #expect(matched == ["Cafés", "naïve person", "Therapists", "get rid of", "duty of care"])
    #expect(PhraseSet(["th*"]).longestMatch(in: WordScan("thé"), at: 0) == 1)
    #expect(PhraseSet(["the"]).longestMatch(in: WordScan("thé"), at: 0) == nil)
  }
}
