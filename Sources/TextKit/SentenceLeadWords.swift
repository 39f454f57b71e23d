/// Whether any sentence of an ASCII text can start with one of a few words, told from the bytes without
/// segmenting the text into sentences.
///
/// In ASCII text Unicode's sentence rules break only after `.`, `!` or `?` (then closing punctuation and
/// spaces) and after a line break, so a sentence's first word starts at the first letter or digit after one
/// of those bytes, or of the text; a segmenter that drops breaks (after abbreviations) only makes fewer.
/// Words are runs of letters, digits and apostrophes, compared case-folded, by hash: a collision only
/// answers "may".
struct SentenceLeadWords: Sendable {
  private var hashes: Set<UInt64> = []
  /// One bit per word, by its hash's low bits: most first words miss it and are never hashed again by the set.
  private var bloom: UInt64 = 0

  /// - Parameter words: lower-case ASCII words.
  init(_ words: [String]) {
    for word in words {
      let hash = FNV1a.hash(word)
      hashes.insert(hash)
      bloom |= 1 << (hash & 63)
    }
  }

  /// False only when no sentence of `bytes` (all ASCII) starts with one of the words.
  func mayStartSentence(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var awaitingWord = true
    var index = 0
    while index < bytes.count {
      // Between a sentence's first word and its end only the end matters: most bytes are passed here.
      if !awaitingWord {
        index = Self.nextSentenceEnd(in: bytes, from: index)
        guard index < bytes.count else { break }
        awaitingWord = true
        index += 1
        continue
      }
      if Self.isAlphanumeric(bytes[index]) {
        var hash = FNV1a()
        while index < bytes.count, Self.isWordByte(bytes[index]) {
          let wordByte = bytes[index]
          hash.add(wordByte >= 0x41 && wordByte <= 0x5A ? wordByte + 0x20 : wordByte)
          index += 1
        }
        if bloom & (1 << (hash.value & 63)) != 0 && hashes.contains(hash.value) { return true }
        awaitingWord = false
        continue
      }
      index += 1
    }
    return false
  }

  /// The offset of the first byte from `start` on that ends a sentence (or the end), eight bytes at a time.
  @inline(__always)
  private static func nextSentenceEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    if let base = bytes.baseAddress {
      while index &+ 8 <= bytes.count {
        let chunk = ByteLanes.load(base, at: index)
        // Every byte that ends a sentence lies below 0x40 (its 0x40 bit clear) and is no space: most chunks
        // of prose hold only letters and spaces, and are passed by on this cheaper test.
        let belowAt = (~chunk & 0x4040_4040_4040_4040) << 1
        if belowAt & ~ByteLanes.equal(chunk, 0x20) == 0 {
          index &+= 8
          continue
        }
        let ends =
          ByteLanes.equal(chunk, 0x2E) | ByteLanes.equal(chunk, 0x21) | ByteLanes.equal(chunk, 0x3F)
          | ByteLanes.between(chunk, 0x09, 0x0E)
        if ends != 0 { return index &+ ends.trailingZeroBitCount >> 3 }
        index &+= 8
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x40 && sentenceEnds & (1 << UInt64(byte)) != 0 { return index }
      index += 1
    }
    return index
  }

  /// `.`, `!`, `?` and the line, page and vertical tab breaks, as bits of the bytes below 64.
  @inline(__always)
  private static var sentenceEnds: UInt64 { 1 << 0x2E | 1 << 0x21 | 1 << 0x3F | 1 << 0x0A | 1 << 0x0B | 1 << 0x0C | 1 << 0x0D }

  @inline(__always)
  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    let folded = byte | 0x20
    return (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  @inline(__always)
  private static func isWordByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == 0x27 }
}
