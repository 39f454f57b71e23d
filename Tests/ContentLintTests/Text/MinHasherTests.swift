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

  /// Signatures and band keys are persisted and joined across runs (docs/spark.md): these are the values
  /// `contentlint signatures` wrote for this paragraph before the rule's shape got its own vector and band
  /// paths, and the general loops must agree with them.
  @Test func signatureAndBandsOfAParagraphAreStable() {
    let hasher = MinHasher()
    let text = "Regular stretching after a long run keeps the calves supple and lowers the risk of small strains in the weeks before a race."
    let hashes = ComparisonText(text).words.map(MinHasher.hash)
    let signature = hasher.signature(ofWordHashes: hashes)
    let expectedSignature: [UInt16] = [
      0x0100, 0x0762, 0x074c, 0x089f, 0x0dc2, 0x0a15, 0x1426, 0x0238, 0x0610, 0x03eb, 0x04b3, 0x326a, 0x080f, 0x0f74, 0x097e, 0x1a25,
      0x0cfd, 0x06a7, 0x0d17, 0x0648, 0x0661, 0x0c9b, 0x0a3f, 0x1d2d, 0x056e, 0x1d0a, 0x0cab, 0x2323, 0x0a5d, 0x0f56, 0x0c79, 0x0552,
      0x0889, 0x085c, 0x07a7, 0x1624, 0x0940, 0x0d38, 0x13e3, 0x0183, 0x078f, 0x0a12, 0x24dc, 0x1697, 0x0459, 0x251d, 0x06d0, 0x00cd,
      0x21bc, 0x028b, 0x10ee, 0x01c9, 0x0998, 0x0804, 0x06e4, 0x03e5, 0x040a, 0x0f7a, 0x029e, 0x0baa, 0x06ed, 0x04b3, 0x08cc, 0x1c24,
    ]
    #expect(signature == expectedSignature)
    #expect(hasher.signature(ofWordHashes: hashes) == hasher.signature(of: hasher.shingles(wordHashes: hashes)))
    let expectedBands: [UInt64] = [
      0x5a1d26d1e4388bc2, 0x056e584b3c1eaa3e, 0x97808f1ac677dc34, 0x0c01851ba9be8744, 0x1c0b027750283b2b,
      0x2fd8b7652dd216aa, 0x2b1fb5a7621a5fa5, 0x89ffcfe614d8f0b5, 0x5178ada97ab09b90, 0xc8a1c4b10b9aaab6,
      0x6a5a54c1f87a9cd5, 0x6791bef9d543d67c, 0x9952a1713c2a9819, 0x93bf4cea08350561, 0xceaa58d4cfee181e,
      0xeac9a0a2165a46ee,
    ]
    #expect(hasher.bands(of: signature, bands: 16) == expectedBands)
    var keys: [UInt64] = []
    hashes.withUnsafeBufferPointer { hasher.appendBands(ofWordHashes: $0, bands: 16, to: &keys) }
    #expect(keys == expectedBands)
    // The general loop makes the same key of the same 4 slots: one band over them is the first of the 16.
    #expect(hasher.bands(of: Array(signature[0..<4]), bands: 1) == [expectedBands[0]])
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
