import Testing
import TextKit

@Suite struct MinHasherTests {
  /// Shingles are the sorted, distinct 3-gram hashes, repeats and short texts included.
  @Test(arguments: [
    "", "one", "one two", "one two three", "a b a b a b a b", "the cat sat on the mat and the cat sat on the mat",
    "Regular stretching after a long run keeps the calves supple and lowers the risk of small strains",
  ])
  func shinglesAreTheSortedDistinctTrigramHashes(_ text: String) {
    let hasher = MinHasher()
    let words = ComparisonText(text).words
    let shingles = hasher.shingles(words)
    #expect(shingles == shingles.sorted())
    #expect(Set(shingles).count == shingles.count)
    if words.count >= 3 {
      #expect(shingles.count == Set((0...(words.count - 3)).map { words[$0..<($0 + 3)].joined(separator: " ") }).count)
    } else {
      #expect(shingles.count == (words.isEmpty ? 0 : 1))
    }
    #expect(hasher.shingles(wordHashes: words.map(MinHasher.hash)) == shingles)
  }

  @Test func jaccardOfShingleSetsIsExact() {
    let hasher = MinHasher()
    let first = hasher.shingles("a b c d e f".split(separator: " ").map(String.init))
    let second = hasher.shingles("a b c d e g".split(separator: " ").map(String.init))
    // {abc, bcd, cde, def} and {abc, bcd, cde, deg}: 3 shared of 5.
    #expect(MinHasher.jaccard(first, second) == 0.6)
    #expect(MinHasher.jaccard(first, first) == 1)
  }
}
