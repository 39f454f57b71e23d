import Testing
import TextKit

@Suite struct ComparisonKeyTests {
  /// The one-pass key and word hashes are exactly what `ComparisonText` and `MinHasher.hash` give.
  @Test(arguments: [
    "", "   ", "Don't  STOP!", "dont stop", "Regular stretching, after a long run: keeps 2 calves supple.",
    "trailing word", "'quoted' words' end'", "tabs\tand\nnew lines\r\nand—dashes", "Ünïcödé TEXT with café",
    "１２３ full-width digits", "ﬁne ligature", "mixed ASCII then é at the end",
  ])
  func matchesComparisonText(_ text: String) {
    let key = ComparisonKey(text)
    let words = ComparisonText(text).words
    #expect(key.text == ComparisonText(text).key)
    #expect(key.wordHashes == words.map(MinHasher.hash))
    #expect(key.wordCount == words.count)
  }
}
