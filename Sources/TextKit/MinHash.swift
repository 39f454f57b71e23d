/// Word shingles and MinHash signatures for near-duplicate detection.
///
/// Shingles are hashed word 3-grams; a signature keeps the minimum of `count` hash permutations over
/// them, so the share of equal slots in two signatures estimates the Jaccard similarity of the shingle
/// sets. Candidates found by LSH banding are always verified against the exact sets.
public struct MinHasher: Sendable {
  public let count: Int
  public let shingleSize: Int
  private let seeds: [(UInt64, UInt64)]

  public init(count: Int = 64, shingleSize: Int = 3, seed: UInt64 = 0x5EED_C0DE) {
    self.count = count
    self.shingleSize = shingleSize
    var generator = SplitMix64(state: seed)
    seeds = (0..<count).map { _ in (generator.next() | 1, generator.next()) }
  }

  /// The sorted, distinct hashes of the word n-grams of `words`.
  public func shingles(_ words: [String]) -> [UInt64] {
    shingles(wordHashes: words.map(Self.hash))
  }

  /// The same, from the words' hashes (`hash(_:)`).
  public func shingles(wordHashes hashes: [UInt64]) -> [UInt64] {
    // Sorting an array and dropping repeats in place is far cheaper than a Set for a few dozen shingles.
    var result = unsortedShingles(wordHashes: hashes)
    result.sort()
    var kept = 0
    for index in result.indices where index == 0 || result[index] != result[kept - 1] {
      result[kept] = result[index]
      kept += 1
    }
    result.removeLast(result.count - kept)
    return result
  }

  /// The MinHash signature of the shingles of words with these hashes: the same as
  /// `signature(of: shingles(wordHashes:))`, without sorting, since repeats never change a minimum.
  public func signature(ofWordHashes hashes: [UInt64]) -> [UInt64] {
    signature(of: unsortedShingles(wordHashes: hashes))
  }

  /// One hash per word n-gram, in text order, repeats kept.
  private func unsortedShingles(wordHashes hashes: [UInt64]) -> [UInt64] {
    guard hashes.count >= shingleSize else { return hashes.isEmpty ? [] : [hashes.reduce(0, Self.combine)] }
    return [UInt64](unsafeUninitializedCapacity: hashes.count - shingleSize + 1) { result, initialized in
      hashes.withUnsafeBufferPointer { hashes in
        for start in 0...(hashes.count - shingleSize) {
          // Each word folded in by a multiply (so their order counts), then one finaliser: the signature's
          // permutations need well-mixed shingles, not a full mix per word.
          var value: UInt64 = 0x9E37_79B9_7F4A_7C15
          for offset in 0..<shingleSize {
            value = (value ^ hashes[start + offset]) &* 0xBF58_476D_1CE4_E5B9 &+ UInt64(truncatingIfNeeded: offset)
          }
          result[start] = SplitMix64.finalize(value)
        }
      }
      initialized = hashes.count - shingleSize + 1
    }
  }

  /// The MinHash signature of a shingle set.
  public func signature(of shingles: [UInt64]) -> [UInt64] {
    // One permutation at a time over every shingle keeps the running minimum in a register and lets the
    // compiler interleave the independent multiplications; this is the hot loop of duplicate detection.
    // Shingles are already mixed (each ends in SplitMix's finaliser), so an odd multiplier and an
    // addend per permutation order them independently enough: the minimum depends on the product's top
    // bits, which every input bit reaches. A second finaliser per shingle and permutation tripled the cost.
    [UInt64](unsafeUninitializedCapacity: count) { minimums, initialized in
      seeds.withUnsafeBufferPointer { seeds in
        shingles.withUnsafeBufferPointer { shingles in
          for index in 0..<seeds.count {
            let (multiplier, addend) = seeds[index]
            var minimum = UInt64.max
            for shingle in shingles {
              let value = shingle &* multiplier &+ addend
              minimum = value < minimum ? value : minimum
            }
            minimums[index] = minimum
          }
        }
      }
      initialized = count
    }
  }

  /// The LSH band keys of a signature: `bands` hashes of `count / bands` slots each.
  public func bands(of signature: [UInt64], bands: Int) -> [UInt64] {
    let rows = max(1, signature.count / bands)
    return (0..<bands).map { band in
      var value = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
      for slot in signature[(band * rows)..<min(signature.count, (band + 1) * rows)] { value = Self.combine(value, slot) }
      return value
    }
  }

  /// The exact Jaccard similarity of two sorted shingle sets.
  public static func jaccard(_ lhs: [UInt64], _ rhs: [UInt64]) -> Double {
    guard !lhs.isEmpty || !rhs.isEmpty else { return 1 }
    var i = 0
    var j = 0
    var shared = 0
    while i < lhs.count, j < rhs.count {
      if lhs[i] == rhs[j] {
        shared += 1
        i += 1
        j += 1
      } else if lhs[i] < rhs[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(shared) / Double(lhs.count + rhs.count - shared)
  }

  /// A word's hash: FNV-1a over its UTF-8 bytes.
  public static func hash(_ word: String) -> UInt64 {
    FNV1a.hash(word)
  }

  private static func combine(_ seed: UInt64, _ value: UInt64) -> UInt64 {
    SplitMix64.finalize(seed ^ (value &+ 0x9E37_79B9_7F4A_7C15 &+ (seed << 6) &+ (seed >> 2)))
  }
}

/// A small deterministic generator: the permutation seeds here, and seeded test corpora.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  var state: UInt64

  public init(state: UInt64) {
    self.state = state
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.finalize(state)
  }

  /// SplitMix64's output mix: every input bit reaches every output bit. MinHash permutations and cache
  /// digests use it as their avalanche.
  @inline(__always) public static func finalize(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
