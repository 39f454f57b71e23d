import TextKit

/// Where in a text the words stand that a sentence needs to make a health claim, read once from the
/// text's bytes, so that only the sentences holding them are read with the phrase lists.
///
/// A sentence makes a claim only if it holds a claim word or "100" (see `ClaimWords`) and, in the same
/// sentence, what the claim is about: a named condition (a cure, an absolute and an effect each need
/// one), or the word of a "clinically proven" or stop-medication phrase (which need none).
struct ClaimSpots {
  /// UTF-8 ranges of the claim words and of each "100".
  fileprivate(set) var claims: [Range<Int>] = []
  /// UTF-8 ranges of the words that may start a named condition or carry a proof or stop phrase.
  fileprivate(set) var subjects: [Range<Int>] = []

  /// False when no sentence of the text can make a claim.
  var mayClaim: Bool { !claims.isEmpty && !subjects.isEmpty }

  /// False when the sentence at these UTF-8 offsets, whose bounds cut no word, can make no claim.
  func mayClaim(within bounds: Range<Int>) -> Bool {
    Self.holds(claims, within: bounds) && Self.holds(subjects, within: bounds)
  }

  private static func holds(_ ranges: [Range<Int>], within bounds: Range<Int>) -> Bool {
    // Ranges are in order of their starts: find the first that starts in bounds.
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].lowerBound < bounds.lowerBound { low = middle + 1 } else { high = middle }
    }
    while low < ranges.count && ranges[low].lowerBound < bounds.upperBound {
      if ranges[low].upperBound <= bounds.upperBound { return true }
      low += 1
    }
    return false
  }
}

/// Finds `ClaimSpots` in a text's bytes with `ASCIIWordSpans`: a word's length and first two bytes turn
/// most words away, the rest are keyed and looked up exactly.
struct ClaimSpotReader: Sendable {
  private let claimWords: Set<String>
  private let subjectWords: Set<String>
  private let subjectPrefixes: [String]
  private let filter: ASCIIWordSpans.Filter
  private let claimHashes: WordHashSet
  private let subjectHashes: WordHashSet
  /// The first four bytes of each subject prefix (all are at least four bytes long).
  private let subjectPrefixHeads: WordHashSet
  /// The bytes of each subject prefix, to turn away words that share only its first four bytes
  /// ("addition", "headline") before their keys are made.
  private let subjectPrefixBytes: [[UInt8]]

  /// - Parameters:
  ///   - claimWords: the words one of which every claim needs.
  ///   - unconditionedWords: those of them whose claims need no named condition.
  ///   - conditions: the named conditions.
  init(claimWords: [String], unconditionedWords: [String], conditions: PhraseSet) {
    var filter = ASCIIWordSpans.Filter()
    var subjectWords = Set(unconditionedWords)
    var subjectPrefixes: [String] = []
    for word in claimWords { filter.admit(key: word) }
    for phrase in conditions.phraseWords {
      guard let first = phrase.first else { continue }
      precondition(first != "*" && first.utf8.allSatisfy { $0 < 0x80 }, "condition \(phrase)")
      if first.hasSuffix("*") {
        let prefix = String(first.dropLast())
        precondition(prefix.utf8.count >= 4, "prefix \(prefix)")
        subjectPrefixes.append(prefix)
        filter.admit(prefix: prefix)
      } else {
        subjectWords.insert(first)
        filter.admit(key: first)
      }
    }
    self.claimWords = Set(claimWords)
    self.subjectWords = subjectWords
    self.subjectPrefixes = subjectPrefixes
    // The endings `ClinicalClaimRule` reads as a condition's name: arthritis, osteoporosis, anaemia.
    for ending in Self.conditionNameEndings { filter.admit(ending: ending) }
    self.filter = filter
    claimHashes = WordHashSet(claimWords.map(FNV1a.hash))
    subjectHashes = WordHashSet(subjectWords.map(FNV1a.hash))
    subjectPrefixHeads = WordHashSet(subjectPrefixes.map { UInt64(ASCIIWordSpans.head(of: $0)) })
    subjectPrefixBytes = subjectPrefixes.map { Array($0.utf8) }
  }

  /// The spots of `text`; nil when a word of it is not ASCII (the caller reads the text's scan instead).
  func spots(in text: String) -> ClaimSpots? {
    var text = text
    return text.withUTF8 { bytes in
      var spots = ClaimSpots()
      let read = ASCIIWordSpans.forEachWord(in: bytes, passing: filter) { word in
        let (hash, head) = ASCIIWordSpans.fingerprint(of: word, in: bytes)
        let mayBeClaim = claimHashes.contains(hash)
        let mayBeSubject =
          subjectHashes.contains(hash)
          || (subjectPrefixHeads.contains(UInt64(head))
            && (word.hasApostrophe || ASCIIWordSpans.startsWithAny(of: subjectPrefixBytes, word, in: bytes)))
        let mayBeName = Self.hasConditionNameEnding(word, in: bytes)
        guard mayBeName || mayBeClaim || mayBeSubject else { return true }
        let key = ASCIIWordSpans.key(of: word, in: bytes)
        let isName =
          mayBeName && (!word.hasApostrophe || Self.conditionNameEndings.contains { key.hasSuffix($0) })
        if mayBeClaim && claimWords.contains(key) { spots.claims.append(word.start..<word.end) }
        if isName
          || (mayBeSubject
            && (subjectWords.contains(key) || subjectPrefixes.contains(where: { key.hasPrefix($0) })))
        {
          spots.subjects.append(word.start..<word.end)
        }
        return true
      }
      guard read != nil else { return nil }
      let hundreds = Self.hundreds(in: bytes)
      if !hundreds.isEmpty {
        spots.claims += hundreds.map { $0..<$0 + 3 }
        spots.claims.sort { $0.lowerBound < $1.lowerBound }
      }
      return spots
    }
  }

  /// The offsets of every "100": the "1"s found eight bytes at a time, since most blocks hold none.
  private static func hundreds(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var found: [Int] = []
    guard bytes.count >= 3, let base = bytes.baseAddress else { return found }
    let last = bytes.count - 2  // the first offset too late for a "100"
    var index = 0
    while index &+ 8 <= last {
      var ones = ByteLanes.equal(ByteLanes.load(base, at: index), 0x31)
      while ones != 0 {
        let at = index &+ ones.trailingZeroBitCount >> 3
        ones &= ones &- 1
        if bytes[at &+ 1] == 0x30 && bytes[at &+ 2] == 0x30 { found.append(at) }
      }
      index &+= 8
    }
    while index < last {
      if bytes[index] == 0x31 && bytes[index + 1] == 0x30 && bytes[index + 2] == 0x30 { found.append(index) }
      index += 1
    }
    return found
  }

  fileprivate static let conditionNameEndings = ["itis", "osis", "emia"]

  /// True when the word may end as a condition's name does (`ClinicalClaimRule` reads arthritis,
  /// osteoporosis and anaemia as such): the last four bytes, letters lowered, for a word without an
  /// apostrophe; any word with one.
  @inline(__always)
  private static func hasConditionNameEnding(_ word: ASCIIWordSpans.Span, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    if word.hasApostrophe { return true }
    let last = word.end
    guard last - word.start >= 4 else { return false }
    let ending =
      UInt32(bytes[last - 4] | 0x20) << 24 | UInt32(bytes[last - 3] | 0x20) << 16
      | UInt32(bytes[last - 2] | 0x20) << 8 | UInt32(bytes[last - 1] | 0x20)
    return ending == 0x6974_6973 || ending == 0x6F73_6973 || ending == 0x656D_6961  // itis, osis, emia
  }
}
