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
    let lengths = filter?.lengths ?? []
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
          while index < count && isAlphanumeric(bytes[index]) { index += 1 }
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
        if filter == nil || lengths.withUnsafeBufferPointer({ Filter.mayMatch(span, in: bytes, lengths: $0) }) {
          if !body(span) { return true }
        }
        ordinal += 1
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
    var key: [UInt8] = []
    key.reserveCapacity(span.end - span.start)
    var index = span.start
    while index < span.end {
      let byte = bytes[index]
      if byte >= 0x80 {  // only a curly apostrophe gets here
        key.append(0x27)
        index += 3
        continue
      }
      key.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      index += 1
    }
    return String(decoding: key, as: UTF8.self)
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

  /// `fingerprint`'s head of a key.
  static func head(of key: String) -> UInt32 {
    var head: UInt32 = 0
    for (offset, byte) in key.utf8.prefix(4).enumerated() { head |= UInt32(byte) << UInt32(24 - 8 * offset) }
    return head
  }

  @inline(__always)
  static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || byte &- 0x30 < 10 }

  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  /// Which words may be one of a set of keys or start with one of a set of prefixes, by the word's first
  /// two bytes and its length: no false "no" for a word without an apostrophe; a word with one always
  /// passes.
  struct Filter: Sendable {
    /// By the classes of the first two bytes, a bit per length (63 for 63 and longer).
    fileprivate private(set) var lengths = [UInt64](repeating: 0, count: Self.classes * Self.classes)

    private static let classes = 37
    private static let noByte = 36

    init() {}

    /// Lets through words whose key is `key`.
    mutating func admit(key: String) {
      let bytes = Array(key.utf8)
      guard let first = bytes.first else { return }
      mark(first, bytes.count > 1 ? bytes[1] : nil, lengths: 1 << UInt64(min(bytes.count, 63)))
    }

    /// Lets through words whose key starts with `prefix`.
    mutating func admit(prefix: String) {
      let bytes = Array(prefix.utf8)
      let atLeast = ~UInt64(0) << UInt64(min(bytes.count, 63))
      guard let first = bytes.first else {
        for index in lengths.indices { lengths[index] = ~0 }
        return
      }
      if bytes.count > 1 {
        mark(first, bytes[1], lengths: atLeast)
      } else {
        for second in 0..<Self.classes { lengths[Self.byteClass(first) * Self.classes + second] |= atLeast }
      }
    }

    private mutating func mark(_ first: UInt8, _ second: UInt8?, lengths bits: UInt64) {
      let row = Self.byteClass(first) * Self.classes
      // A byte outside the classes (an apostrophe) stands for any: those words pass anyway.
      if let second, Self.byteClass(second) != Self.noByte {
        lengths[row + Self.byteClass(second)] |= bits
      } else if second == nil {
        lengths[row + Self.noByte] |= bits
      } else {
        for column in 0..<Self.classes { lengths[row + column] |= bits }
      }
    }

    /// False only when the word cannot be an admitted key or start with an admitted prefix.
    @inline(__always)
    func mayMatch(_ span: Span, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      lengths.withUnsafeBufferPointer { Self.mayMatch(span, in: bytes, lengths: $0) }
    }

    @inline(__always)
    fileprivate static func mayMatch(
      _ span: Span, in bytes: UnsafeBufferPointer<UInt8>, lengths: UnsafeBufferPointer<UInt64>
    ) -> Bool {
      if span.hasApostrophe { return true }
      let length = span.end - span.start
      let second = length > 1 ? byteClass(bytes[span.start + 1]) : noByte
      let row = lengths[byteClass(bytes[span.start]) * classes + second]
      return row & (1 << UInt64(min(length, 63))) != 0
    }

    /// a-z (either case) 0-25, 0-9 26-35, anything else 36.
    @inline(__always)
    private static func byteClass(_ byte: UInt8) -> Int {
      let letter = (byte | 0x20) &- 0x61
      if letter < 26 { return Int(letter) }
      let digit = byte &- 0x30
      return digit < 10 ? 26 + Int(digit) : noByte
    }
  }
}
