import Testing

@testable import Linting

/// A phrase's words read from its bytes must be exactly what `WordScan` keys them as, `*` kept.
@Suite struct PhraseWordsTests {
  /// What `PhraseSet` compiled every phrase with before ASCII phrases were read byte by byte.
  private static func scannedWords(_ phrase: String) -> [String] {
    let starred = String(phrase.map { $0 == "*" ? "ǂ" : $0 })
    return WordScan(starred).words.map { String($0.key.map { $0 == "ǂ" ? "*" : $0 }) }
  }

  private static let crafted = [
    "I'd be happy to", "WON'T stop", "injur* risk", "* of", "a * b*", "follow-up", "word count", "x'", "'y",
    "it'*s", "o'k 'quoted' end'", "h1 h2", "100% sure!", "  spaced\tout\n", "", "*", "a'b'c", "don''t",
    "Café au lait", "it’s", "naïve*",
  ]

  private static let lists =
    AssistantLexicon.offersPhrases + AssistantLexicon.draftOffersPhrases + AssistantLexicon.selfReferencePhrases
    + AssistantLexicon.bareSelfReferencePhrases + HealthLexicon.contextPhrases + HealthLexicon.cureVerbsPhrases
    + HealthLexicon.effectVerbsPhrases + HealthLexicon.absolutesPhrases + HealthLexicon.provenClaimsPhrases
    + HealthLexicon.stopMedicationPhrases

  @Test(arguments: crafted)
  func craftedPhrasesReadAsScanned(_ phrase: String) {
    #expect(PhraseSet.words(of: phrase) == Self.scannedWords(phrase))
  }

  @Test func builtInPhrasesReadAsScanned() {
    for phrase in Self.lists {
      #expect(PhraseSet.words(of: phrase) == Self.scannedWords(phrase), "\(phrase)")
    }
  }
}
