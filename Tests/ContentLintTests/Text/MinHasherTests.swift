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
    #expect(hasher.signature(ofWordHashes: words.map(MinHasher.hash)) == hasher.signature(of: shingles))
    // The band keys made with no array per step are those of the signature, after keys already there.
    var keys: [UInt64] = [7]
    words.map(MinHasher.hash).withUnsafeBufferPointer { hasher.appendBands(ofWordHashes: $0, bands: 16, to: &keys) }
    #expect(keys == [7] + hasher.bands(of: hasher.signature(of: shingles), bands: 16))
  }

  /// The vectorised signature (quarter by quarter, signed minimums over biased values) is the documented
  /// one: slot `i` is the least `a * q + b` modulo 2^16, `q` the `i % 4`-th quarter of each shingle.
  @Test func signatureIsTheLeastPermutedQuarterPerSlot() {
    let hasher = MinHasher()
    var generator = SplitMix64(state: 7)
    for size in [1, 2, 5, 60, 300] {
      let shingles = (0..<size).map { _ in generator.next() }
      var seeds = SplitMix64(state: 0x5EED_C0DE)
      let expected = (0..<hasher.count).map { slot -> UInt16 in
        let seed = seeds.next()
        let (multiplier, addend) = (UInt16(truncatingIfNeeded: seed | 1), UInt16(truncatingIfNeeded: seed >> 32))
        return shingles.map { multiplier &* UInt16(truncatingIfNeeded: $0 >> UInt64(16 * (slot % 4))) &+ addend }.min()!
      }
      #expect(hasher.signature(of: shingles) == expected)
    }
  }

  @Test func jaccardOfShingleSetsIsExact() {
    let hasher = MinHasher()
    let first = hasher.shingles("a b c d e f".split(separator: " ").map(String.init))
    let second = hasher.shingles("a b c d e g".split(separator: " ").map(String.init))
    // {abc, bcd, cde, def} and {abc, bcd, cde, deg}: 3 shared of 5.
    #expect(MinHasher.jaccard(first, second) == 0.6)
    #expect(MinHasher.jaccard(first, first) == 1)
  }

  /// The permutations must be independent enough that equal slots estimate Jaccard without bias and the
  /// rule's 16 bands of 4 rows almost always pair passages at 0.8: weak hashing shows up here first.
  @Test(arguments: [0.5, 0.8, 0.9])
  func signaturesEstimateJaccardAndBandsFindPairs(_ target: Double) {
    let hasher = MinHasher()
    var generator = SplitMix64(state: 42)
    var estimates: [Double] = []
    var banded = 0
    let pairs = 200
    for _ in 0..<pairs {
      // Two sets of shingles sharing `shared` of `union` values, as word 3-grams of paragraphs would be.
      let union = 120
      let shared = Int((Double(union) * target).rounded())
      let common = (0..<shared).map { _ in generator.next() }
      let onlyFirst = (0..<((union - shared) / 2)).map { _ in generator.next() }
      let onlySecond = (0..<(union - shared - onlyFirst.count)).map { _ in generator.next() }
      let first = (common + onlyFirst).sorted()
      let second = (common + onlySecond).sorted()
      let exact = MinHasher.jaccard(first, second)
      let (a, b) = (hasher.signature(of: first), hasher.signature(of: second))
      estimates.append(Double(zip(a, b).filter { $0 == $1 }.count) / Double(a.count) - exact)
      if !Set(hasher.bands(of: a, bands: 16)).isDisjoint(with: hasher.bands(of: b, bands: 16)) { banded += 1 }
    }
    let bias = estimates.reduce(0, +) / Double(pairs)
    #expect(abs(bias) < 0.02)
    if target >= 0.8 { #expect(Double(banded) / Double(pairs) >= 0.99) }
  }
}
