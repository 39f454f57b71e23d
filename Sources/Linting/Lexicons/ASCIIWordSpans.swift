import TextKit

/// Where the words of a text stand in its UTF-8 bytes, with the word boundaries of `ASCIIWordReader` (and
/// so of `WordScan`) but no hash or key made per word: a screen looks at a word's length and first bytes
/// and builds the key only for the few words that pass (`ASCIIWordSpans.Filter`).
enum ASCIIWordSpans {
  struct Span {
    /// UTF-8 offsets of the word's first byte and of the byte after it.
    var start: Int
    var end: Int
    /// True when the word holds a straight or curly apostrophe: its key is not its bytes.
    var hasApostrophe: Bool
    /// The word's place among the text's words, from 0: two spans are neighbours when these differ by one.
    var ordinal: Int
  }

  /// Calls `body` with each word in order while it returns true. Returns nil, at the first word that holds
  /// a letter, digit or mark outside ASCII (the words passed before then are still `WordScan`'s), otherwise
  /// whether `body` stopped the reading. The same words, and the same answer, as `ASCIIWordReader`.
  ///
  /// With a `filter`, only the words it lets through are passed to `body` (their ordinals still count
  /// every word).
  @inline(__always)
  static func forEachWord(
    in bytes: UnsafeBufferPointer<UInt8>, passing filter: Filter? = nil, _ body: (Span) -> Bool
  ) -> Bool? {
    let count = bytes.count
    var index = 0
    var ordinal = 0
    while index < count {
      let byte = bytes[index]
      if isAlphanumeric(byte) {
        let start = index
        var hasApostrophe = false
        index += 1
        while true {
          index = endOfAlphanumerics(in: bytes, from: index)
          guard index < count else { break }
          let stop = bytes[index]
          if stop == 0x27 {
            guard index + 1 < count else { break }
            let next = bytes[index + 1]
            if next >= 0x80 {
              if WordScan.isLetter(UTF8Scalar.decode(bytes, at: index + 1).scalar) { return nil }
              break
            }
            guard isLetter(next) else { break }
            hasApostrophe = true
            index += 1
            continue
          }
          // A curly apostrophe is the only character outside ASCII that can continue a word; a letter, digit
          // or mark ends the reading before the word is passed on, anything else is read again below.
          guard stop >= 0x80 else { break }
          let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
          guard scalar == "’" else {
            if WordScan.isWordScalar(scalar) || WordScan.isMark(scalar) { return nil }
            break
          }
          guard index + length < count else { break }
          let next = UTF8Scalar.decode(bytes, at: index + length).scalar
          guard WordScan.isLetter(next) else { break }
          if !next.isASCII { return nil }
          hasApostrophe = true
          index += length
        }
        let span = Span(start: start, end: index, hasApostrophe: hasApostrophe, ordinal: ordinal)
        if filter?.mayMatch(span, in: bytes) ?? true {
          if !body(span) { return true }
        }
        ordinal += 1
        // The byte that ended the word is neither a letter nor a digit: an ASCII one is passed over here
        // rather than tested again below (most words end at a space).
        if index < count && bytes[index] < 0x80 { index += 1 }
        continue
      }
      if byte < 0x80 {
        index += 1
        continue
      }
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      if scalar != "’" && (WordScan.isWordScalar(scalar) || WordScan.isMark(scalar)) { return nil }
      index += length
    }
    return false
  }

  /// The `WordScan` key of a word read from `bytes`.
  static func key(of span: Span, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    // Written straight into the string (a key is at most as long as the word): most keys are short enough
    // to be held inline, with nothing allocated.
    String(unsafeUninitializedCapacity: span.end - span.start) { key in
      var length = 0
      var index = span.start
      while index < span.end {
        let byte = bytes[index]
        if byte >= 0x80 {  // only a curly apostrophe gets here
          key[length] = 0x27
          length += 1
          index += 3
          continue
        }
        key[length] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        length += 1
        index += 1
      }
      return length
    }
  }

  /// FNV-1a of the word's key (as `WordScan.Word.asciiHash`) and the key's first four bytes, first byte
  /// highest, zero padded: what a screen compares before it makes the key.
  @inline(__always)
  static func fingerprint(of span: Span, in bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, head: UInt32) {
    var hash = FNV1a()
    var head: UInt32 = 0
    var length = 0
    var index = span.start
    while index < span.end {
      var byte = bytes[index]
      if byte >= 0x80 {  // only a curly apostrophe gets here
        byte = 0x27
        index += 3
      } else {
        if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
        index += 1
      }
      hash.add(byte)
      if length < 4 { head |= UInt32(byte) << UInt32(24 - 8 * length) }
      length += 1
    }
    return (hash.value, head)
  }

  /// Whether the key of a word that holds no apostrophe starts with one of `prefixes` (lower-case ASCII):
  /// its bytes with letters lowered do, so a screen can turn the word away before its key is made.
  static func startsWithAny(of prefixes: [[UInt8]], _ span: Span, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let length = span.end - span.start
    return prefixes.contains { prefix in
      guard prefix.count <= length else { return false }
      for (offset, expected) in prefix.enumerated() {
        let byte = bytes[span.start + offset]
        if (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) != expected { return false }
      }
      return true
    }
  }

  /// `fingerprint`'s head of a key.
  static func head(of key: String) -> UInt32 {
    var head: UInt32 = 0
    for (offset, byte) in key.utf8.prefix(4).enumerated() { head |= UInt32(byte) << UInt32(24 - 8 * offset) }
    return head
  }

  /// The offset of the first byte from `start` on that is not an ASCII letter or digit (or the end),
  /// eight bytes at a time: words are read at every byte of every block.
  @inline(__always)
  static func endOfAlphanumerics(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    let count = bytes.count
    if let base = bytes.baseAddress {
      while index &+ 8 <= count {
        let stops = ~ByteLanes.alphanumeric(ByteLanes.load(base, at: index)) & ByteLanes.top
        if stops != 0 { return index &+ stops.trailingZeroBitCount >> 3 }
        index &+= 8
      }
    }
    while index < count && isAlphanumeric(bytes[index]) { index += 1 }
    return index
  }

  @inline(__always)
  static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || byte &- 0x30 < 10 }

  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  /// Which words may be one of a set of keys, start with one of a set of prefixes or end with one of a
  /// set of endings, by the word's length and first three bytes: no false "no" for a word without an
  /// apostrophe; a word with one always passes.
  ///
  /// A byte is known by its low five bits with the case bit set, so a letter and a digit can share a
  /// slot: that only lets more words through.
  struct Filter: Sendable {
    /// By the slots of the first two bytes: the low 32 bits a bit per length (31 for 31 and longer), the
    /// high 32 a bit per slot of the third byte. No word has length 0: bit 0 is set in every row once an
    /// ending is admitted, so a word turned away by its row asks for the endings only when there are some.
    private var rows = [UInt64](repeating: 0, count: 32 * 32)
    /// Four-letter endings that let a word of four or more bytes through, first byte highest.
    private var endings: [UInt32] = []

    init() {}

    /// Lets through words whose key is `key`.
    mutating func admit(key: String) {
      let bytes = Array(key.utf8)
      guard !bytes.isEmpty else { return }
      mark(bytes, lengths: 1 << UInt64(min(bytes.count, 31)))
    }

    /// Lets through words whose key starts with `prefix`.
    mutating func admit(prefix: String) {
      let bytes = Array(prefix.utf8)
      mark(bytes, lengths: UInt64(UInt32.max) << UInt64(min(bytes.count, 31)) & UInt64(UInt32.max))
    }

    /// Lets through words whose key ends with `ending`, four lower-case ASCII letters.
    mutating func admit(ending: String) {
      let bytes = Array(ending.utf8)
      precondition(bytes.count == 4 && bytes.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "ending \(ending)")
      endings.append(bytes.reduce(0) { $0 << 8 | UInt32($1) })
      for index in rows.indices { rows[index] |= Self.hasEndings }
    }

    private static let hasEndings: UInt64 = 1

    /// Marks the rows and third-byte slots of words starting with `bytes`; a prefix shorter than three
    /// bytes marks every slot after it.
    private mutating func mark(_ bytes: [UInt8], lengths: UInt64) {
      let firsts = bytes.count > 0 ? [Self.slot(bytes[0])] : Array(0..<32)
      let seconds = bytes.count > 1 ? [Self.slot(bytes[1])] : (lengths == 1 << 1 ? [0] : Array(0..<32))
      let third: UInt64 =
        bytes.count > 2 ? 1 << (32 + UInt64(Self.slot(bytes[2])))
        : (bytes.count == 2 && lengths == 1 << 2) ? 1 << 32 : UInt64(UInt32.max) << 32
      for first in firsts {
        for second in seconds { rows[first << 5 | second] |= lengths | third }
      }
    }

    /// False only when the word cannot be an admitted key, start with an admitted prefix or end with an
    /// admitted ending.
    @inline(__always)
    func mayMatch(_ span: Span, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      if span.hasApostrophe { return true }
      let start = span.start
      let length = span.end &- start
      // Slot 0 stands for no byte: no letter or digit has it.
      let second = length > 1 ? Self.slot(bytes[start &+ 1]) : 0
      let row = rows.withUnsafeBufferPointer { $0[Self.slot(bytes[start]) << 5 | second] }
      // Most words are turned away by their first two bytes and length: the third is read only after.
      if row & (1 << UInt64(min(length, 31))) != 0 {
        let third = length > 2 ? Self.slot(bytes[start &+ 2]) : 0
        if row & (1 << (32 &+ UInt64(third))) != 0 { return true }
      }
      guard length >= 4, row & Self.hasEndings != 0 else { return false }
      let end = span.end
      // Letters lowered; digits keep their bytes, which no ending holds.
      let tail =
        UInt32(bytes[end &- 4] | 0x20) << 24 | UInt32(bytes[end &- 3] | 0x20) << 16
        | UInt32(bytes[end &- 2] | 0x20) << 8 | UInt32(bytes[end &- 1] | 0x20)
      return endings.contains(tail)
    }

    /// The low five bits of the byte with the case bit set: 1-26 for letters, 16-25 for digits, never 0.
    @inline(__always)
    private static func slot(_ byte: UInt8) -> Int { Int((byte | 0x20) & 0x1F) }
  }
}
