/// Word shingles and MinHash signatures for near-duplicate detection.
///
/// Shingles are hashed word 3-grams; a signature keeps the minimum of `count` hash permutations over
/// them, so the share of equal slots in two signatures estimates the Jaccard similarity of the shingle
/// sets. Candidates found by LSH banding are always verified against the exact sets.
public struct MinHasher: Sendable {
  public let count: Int
  public let shingleSize: Int
  /// Permutations per quarter of a shingle's 64 bits: permutation `i` reads quarter `i % 4`.
  private let perQuarter: Int
  /// Per permutation, an odd multiplier and an addend, in the order the signature loop runs: quarter by
  /// quarter (permutation `i` at `(i % 4) * perQuarter + i / 4`). The addends carry a flipped top bit so
  /// that a signed minimum orders the values as an unsigned one would: the x86-64 baseline (SSE2) has a
  /// signed 16-bit vector minimum and no unsigned one.
  private let multipliers: [Int16]
  private let biasedAddends: [Int16]
  /// For 64 permutations, the same multipliers and addends in permutation order, eight to a 128-bit
  /// vector: permutations `8k..<8k+8` read quarters 0, 1, 2, 3, 0, 1, 2, 3, which is the shingle's 64 bits
  /// twice, so one vector of a shingle serves all eight vectors of minimums, and those stay in registers
  /// over a block's shingles. Empty for any other count.
  private let multiplierVectors: [SIMD8<Int16>]
  private let addendVectors: [SIMD8<Int16>]

  public init(count: Int = 64, shingleSize: Int = 3, seed: UInt64 = 0x5EED_C0DE) {
    self.count = count
    self.shingleSize = shingleSize
    perQuarter = (count + 3) / 4
    var generator = SplitMix64(state: seed)
    var multipliers = [Int16](repeating: 1, count: 4 * perQuarter)
    var biasedAddends = [Int16](repeating: .min, count: 4 * perQuarter)
    for permutation in 0..<count {
      let seed = generator.next()
      let place = (permutation % 4) * perQuarter + permutation / 4
      multipliers[place] = Int16(truncatingIfNeeded: seed | 1)
      biasedAddends[place] = Int16(truncatingIfNeeded: seed >> 32) ^ .min
    }
    self.multipliers = multipliers
    self.biasedAddends = biasedAddends
    if count == Self.vectorCount * 8 {
      let place = { (permutation: Int) in (permutation % 4) * (count / 4) + permutation / 4 }
      multiplierVectors = (0..<Self.vectorCount).map { vector in
        SIMD8<Int16>((0..<8).map { multipliers[place(vector * 8 + $0)] })
      }
      addendVectors = (0..<Self.vectorCount).map { vector in
        SIMD8<Int16>((0..<8).map { biasedAddends[place(vector * 8 + $0)] })
      }
    } else {
      (multiplierVectors, addendVectors) = ([], [])
    }
  }

  /// Vectors of eight 16-bit minimums in the signature the registers hold: 64 permutations.
  private static let vectorCount = 8

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
  public func signature(ofWordHashes hashes: [UInt64]) -> [UInt16] {
    hashes.withUnsafeBufferPointer { hashes in
      withSignature(ofWordHashes: hashes) { signature in Array(signature) }
    }
  }

  /// The LSH band keys of the words with these hashes, appended to `keys`: the same as
  /// `bands(of: signature(ofWordHashes:), bands:)`, with no array for the shingles, the signature or the keys.
  public func appendBands(ofWordHashes hashes: UnsafeBufferPointer<UInt64>, bands: Int, to keys: inout [UInt64]) {
    withSignature(ofWordHashes: hashes) { signature in Self.appendBands(of: signature, bands: bands, to: &keys) }
  }

  /// Calls `body` with the signature of the words with these hashes, in temporary storage. Each shingle is
  /// permuted as it is made, so shingles take no array either.
  private func withSignature<Result>(
    ofWordHashes hashes: UnsafeBufferPointer<UInt64>, _ body: (UnsafeBufferPointer<UInt16>) -> Result
  ) -> Result {
    guard hashes.count >= shingleSize else { return signature(of: unsortedShingles(wordHashes: Array(hashes))).withUnsafeBufferPointer(body) }
    if !multiplierVectors.isEmpty {
      return withUnsafeTemporaryAllocation(of: SIMD8<Int16>.self, capacity: Self.vectorCount) { minimums in
        multiplierVectors.withUnsafeBufferPointer { multipliers in
          addendVectors.withUnsafeBufferPointer { addends in
            let (multipliers, addends, minimums) = (multipliers.baseAddress!, addends.baseAddress!, minimums.baseAddress!)
            if shingleSize == 3 {
              Self.permuteShingles(of: hashes, size: 3, multipliers, addends, into: minimums)
            } else {
              Self.permuteShingles(of: hashes, size: shingleSize, multipliers, addends, into: minimums)
            }
          }
        }
        return Self.withUnbiased(minimums, body)
      }
    }
    return withUnsafeTemporaryAllocation(of: Int16.self, capacity: 4 * perQuarter) { minimums in
      minimums.initialize(repeating: .max)
      multipliers.withUnsafeBufferPointer { multipliers in
        biasedAddends.withUnsafeBufferPointer { addends in
          // The rule's 3-word shingles and 64 permutations as constants: the loops then unroll whole.
          if shingleSize == 3 && perQuarter == 16 {
            Self.permuteShingles(of: hashes, size: 3, multipliers, addends, into: minimums, perQuarter: 16)
          } else {
            Self.permuteShingles(of: hashes, size: shingleSize, multipliers, addends, into: minimums, perQuarter: perQuarter)
          }
        }
      }
      return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: count) { signature in
        for slot in 0..<count {
          signature[slot] = UInt16(bitPattern: minimums[(slot % 4) * perQuarter + slot / 4] ^ .min)
        }
        return body(UnsafeBufferPointer(signature))
      }
    }
  }

  /// The shingle of the `size` words from `start`. Each word folded in by a multiply (so their order
  /// counts), then one finaliser: the signature's permutations need well-mixed shingles, not a full mix per word.
  @inline(__always)
  private static func shingle(_ hashes: UnsafePointer<UInt64>, at start: Int, size: Int) -> UInt64 {
    var value: UInt64 = 0x9E37_79B9_7F4A_7C15
    for offset in 0..<size {
      value = (value ^ hashes[start + offset]) &* 0xBF58_476D_1CE4_E5B9 &+ UInt64(truncatingIfNeeded: offset)
    }
    return SplitMix64.finalize(value)
  }

  /// The 64-permutation signature of each shingle of at least `size` words' hashes, made as it is needed,
  /// its running minimums held in eight vector registers (written to `minimums` once, at the end) rather than
  /// loaded and stored for every shingle.
  @inline(__always)
  private static func permuteShingles(
    of hashes: UnsafeBufferPointer<UInt64>, size: Int, _ multipliers: UnsafePointer<SIMD8<Int16>>,
    _ addends: UnsafePointer<SIMD8<Int16>>, into minimums: UnsafeMutablePointer<SIMD8<Int16>>
  ) {
    let words = hashes.baseAddress!
    var (m0, m1, m2, m3) = (SIMD8<Int16>(repeating: .max), SIMD8<Int16>(repeating: .max), SIMD8<Int16>(repeating: .max), SIMD8<Int16>(repeating: .max))
    var (m4, m5, m6, m7) = (m0, m1, m2, m3)
    for start in 0...(hashes.count - size) {
      let shingle = shingle(words, at: start, size: size)
      // Lane `k` is the shingle's quarter `k % 4` (little-endian), as permutation `8v + k` reads.
      let quarters = unsafeBitCast(SIMD2<UInt64>(repeating: shingle), to: SIMD8<Int16>.self)
      m0 = pointwiseMin(m0, quarters &* multipliers[0] &+ addends[0])
      m1 = pointwiseMin(m1, quarters &* multipliers[1] &+ addends[1])
      m2 = pointwiseMin(m2, quarters &* multipliers[2] &+ addends[2])
      m3 = pointwiseMin(m3, quarters &* multipliers[3] &+ addends[3])
      m4 = pointwiseMin(m4, quarters &* multipliers[4] &+ addends[4])
      m5 = pointwiseMin(m5, quarters &* multipliers[5] &+ addends[5])
      m6 = pointwiseMin(m6, quarters &* multipliers[6] &+ addends[6])
      m7 = pointwiseMin(m7, quarters &* multipliers[7] &+ addends[7])
    }
    (minimums[0], minimums[1], minimums[2], minimums[3]) = (m0, m1, m2, m3)
    (minimums[4], minimums[5], minimums[6], minimums[7]) = (m4, m5, m6, m7)
  }

  /// Calls `body` with the signature of these biased minimums, in permutation order: the flipped top bit
  /// (see `biasedAddends`) flipped back.
  private static func withUnbiased<Result>(
    _ minimums: UnsafeMutableBufferPointer<SIMD8<Int16>>, _ body: (UnsafeBufferPointer<UInt16>) -> Result
  ) -> Result {
    for index in minimums.indices { minimums[index] ^= SIMD8(repeating: .min) }
    return UnsafeRawBufferPointer(minimums).withMemoryRebound(to: UInt16.self) { body($0) }
  }

  /// `permute` over each shingle of at least `size` words' hashes, made as it is needed.
  @inline(__always)
  private static func permuteShingles(
    of hashes: UnsafeBufferPointer<UInt64>, size: Int, _ multipliers: UnsafeBufferPointer<Int16>,
    _ addends: UnsafeBufferPointer<Int16>, into minimums: UnsafeMutableBufferPointer<Int16>, perQuarter: Int
  ) {
    let words = hashes.baseAddress!
    for start in 0...(hashes.count - size) {
      permute(shingle(words, at: start, size: size), multipliers, addends, into: minimums, perQuarter: perQuarter)
    }
  }

  /// One hash per word n-gram, in text order, repeats kept.
  private func unsortedShingles(wordHashes hashes: [UInt64]) -> [UInt64] {
    guard hashes.count >= shingleSize else { return hashes.isEmpty ? [] : [hashes.reduce(0, Self.combine)] }
    return [UInt64](unsafeUninitializedCapacity: hashes.count - shingleSize + 1) { result, initialized in
      hashes.withUnsafeBufferPointer { hashes in
        for start in 0...(hashes.count - shingleSize) {
          result[start] = Self.shingle(hashes.baseAddress!, at: start, size: shingleSize)
        }
      }
      initialized = hashes.count - shingleSize + 1
    }
  }

  /// The MinHash signature of a shingle set: per permutation `i`, the least `a * q + b` modulo 2^16 over
  /// the shingles, where `q` is the shingle's `i % 4`-th 16-bit quarter.
  public func signature(of shingles: [UInt64]) -> [UInt16] {
    // The hot loop of duplicate detection, written for 16-bit vector lanes: a multiply, an add and a
    // minimum are one SSE2 instruction each for 8 permutations, where 64-bit lanes have no vector multiply
    // on x86-64 and 32-bit ones need six instructions for one (no SSE4.1 in the baseline). The inner loop
    // is plain pointer arithmetic over one quarter's permutations, which LLVM vectorises (SIMD types'
    // generic minimum and masks it does not). Shingles are already mixed (each ends in SplitMix's
    // finaliser), so every quarter is uniform and the four are independent; an odd multiplier and an
    // addend per permutation order them independently enough (the minimum depends on the product's top
    // bits, which every input bit reaches). 16 bits are plenty for a minimum over a paragraph's few dozen
    // shingles: two different minimums are rarely equal, which `signaturesEstimateJaccardAndBandsFindPairs`
    // bounds as bias.
    withUnsafeTemporaryAllocation(of: Int16.self, capacity: 4 * perQuarter) { minimums in
      minimums.initialize(repeating: .max)
      multipliers.withUnsafeBufferPointer { multipliers in
        biasedAddends.withUnsafeBufferPointer { addends in
          // The rule's 64 permutations, 16 to a quarter, as a constant: the loops then unroll whole.
          if perQuarter == 16 {
            Self.permute(shingles, multipliers, addends, into: minimums, perQuarter: 16)
          } else {
            Self.permute(shingles, multipliers, addends, into: minimums, perQuarter: perQuarter)
          }
        }
      }
      return (0..<count).map { UInt16(bitPattern: minimums[($0 % 4) * perQuarter + $0 / 4] ^ .min) }
    }
  }

  /// Lowers each running minimum to the least permuted quarter of the shingles.
  @inline(__always)
  private static func permute(
    _ shingles: [UInt64], _ multipliers: UnsafeBufferPointer<Int16>, _ addends: UnsafeBufferPointer<Int16>,
    into minimums: UnsafeMutableBufferPointer<Int16>, perQuarter: Int
  ) {
    for shingle in shingles {
      permute(shingle, multipliers, addends, into: minimums, perQuarter: perQuarter)
    }
  }

  /// Lowers each running minimum to the permuted quarter of one shingle.
  @inline(__always)
  private static func permute(
    _ shingle: UInt64, _ multipliers: UnsafeBufferPointer<Int16>, _ addends: UnsafeBufferPointer<Int16>,
    into minimums: UnsafeMutableBufferPointer<Int16>, perQuarter: Int
  ) {
    let (multipliers, addends, minimums) = (multipliers.baseAddress!, addends.baseAddress!, minimums.baseAddress!)
    for quarter in 0..<4 {
      let value = Int16(truncatingIfNeeded: shingle >> UInt64(16 * quarter))
      let start = quarter * perQuarter
      for place in start..<(start + perQuarter) {
        let permuted = value &* multipliers[place] &+ addends[place]
        minimums[place] = permuted < minimums[place] ? permuted : minimums[place]
      }
    }
  }

  /// The LSH band keys of a signature: `bands` hashes of `count / bands` slots each (4 slots fill the
  /// 64 bits mixed into a key).
  public func bands(of signature: [UInt16], bands: Int) -> [UInt64] {
    var keys: [UInt64] = []
    keys.reserveCapacity(bands)
    signature.withUnsafeBufferPointer { Self.appendBands(of: $0, bands: bands, to: &keys) }
    return keys
  }

  private static func appendBands(of signature: UnsafeBufferPointer<UInt16>, bands: Int, to keys: inout [UInt64]) {
    if signature.count == 64 && bands == 16 { return appendSixteenBands(of: signature.baseAddress!, to: &keys) }
    let rows = max(1, signature.count / bands)
    for band in 0..<bands {
      var value = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
      var packed: UInt64 = 0
      var filled = 0
      for slot in (band * rows)..<max(band * rows, min(signature.count, (band + 1) * rows)) {
        packed = packed << 16 | UInt64(signature[slot])
        filled += 1
        if filled == 4 {
          value = Self.combine(value, packed)
          (packed, filled) = (0, 0)
        }
      }
      keys.append(filled == 0 ? value : Self.combine(value, packed))
    }
  }

  /// The rule's shape, the same keys as the loop above: 16 bands of 4 slots, one word of 64 bits each, with
  /// constant seeds and the keys appended at once.
  private static func appendSixteenBands(of signature: UnsafePointer<UInt16>, to keys: inout [UInt64]) {
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 16) { bandKeys in
      for band in 0..<16 {
        let slots = signature + 4 * band
        let packed = UInt64(slots[0]) << 48 | UInt64(slots[1]) << 32 | UInt64(slots[2]) << 16 | UInt64(slots[3])
        bandKeys[band] = combine(UInt64(band) &* 0x9E37_79B9_7F4A_7C15, packed)
      }
      keys.append(contentsOf: bandKeys)
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
