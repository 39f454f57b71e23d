import Testing

@testable import Linting

/// One walk of the shared automaton over a block's bytes must find, for each merged matcher, what that
/// matcher finds on its own over the block's words.
@Suite struct PhraseAutomatonTests {
  private static let texts = [
    "In today's fast-paced world, a rich tapestry of ideas — the Bayeux Tapestry — stands as a testament to it.",
    "IN TODAY’S FAST PACED WORLD we delve, delved and DELVING; it's important-to note that.",
    "a  rich\n tapestry, a rich. tapestry; a rich tapestry of tapestry weaving",
    "Straße ÉCOLE école naïve—café ǅemal ﬁne FINE",
    "it''s it’s it' s ’tis don’t-stop a testament to a true testament",
    "",
    "   ",
    "1️⃣ a myriad of a plethora of utilize Utilizing",
  ]

  private static let members: [[String]] = [
    ["in today's fast-paced world", "in today's", "fast paced"],
    ["rich tapestry", "a rich tapestry of", "tapestry of", "tapestry"],
    ["bayeux tapestry", "tapestry weaving"],
    ["delve", "delves", "delved", "delving", "it's important to note"],
    ["école", "straße", "café", "ǆemal", "fine"],
    ["it's", "don't stop", "tis", "a testament to", "a true testament"],
    ["a myriad of", "a plethora of", "utilize", "utilizing"],
  ]

  @Test(arguments: [true, false])
  func findsWhatEachMatcherFinds(foldsCase: Bool) {
    let matchers = Self.members.map { phrases in
      PhraseMatcher(phrases.enumerated().map { ($1, $0) }, foldsCase: foldsCase)
    }
    let automaton = PhraseAutomaton(members: matchers, foldsCase: foldsCase)
    let scanner = WordScanner(foldsCase: foldsCase)
    for text in Self.texts {
      var bounds = [text.startIndex..<text.endIndex]
      if text.count > 10 {
        bounds.append(text.index(text.startIndex, offsetBy: 3)..<text.index(text.endIndex, offsetBy: -4))
      }
      for range in bounds {
        let found = automaton.matches(in: text, within: range)
        let words = scanner.words(in: text, within: range)
        for (member, matcher) in matchers.enumerated() {
          let expected = matcher.matches(in: words)
          #expect(found[member].map(\.range) == expected.map(\.range), "\(member) in \(text)")
          #expect(found[member].map(\.payload) == expected.map(\.payload), "\(member) in \(text)")
        }
      }
    }
  }
}
