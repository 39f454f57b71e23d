import TextKit

/// A word as the shared phrase automaton reads it: where it is in the bytes and the hash of its key
/// (the normalised form `WordScanner` would build), so that no string is built for a word that starts
/// no phrase.
struct HashedWord {
  var hash: UInt64
  var start: Int
  var end: Int
  /// As `WordScanner.Word.joinsNext`.
  var joinsNext: Bool
  /// Where the next word starts, or the end of the text read.
  var next: Int
}

/// The hash every word key is filed under: FNV-1a over the key's UTF-8 bytes.
enum WordKeyHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }

  static func hash(_ key: some Sequence<UInt8>) -> UInt64 {
    key.reduce(seed, mix)
  }
}

extension WordScanner {
  /// The word starting at `start` (a word scalar) of `bytes[..<upper]`, read as `words(in:within:)`
  /// reads it, with the hash of its key; `next` is where the word after it starts (or `upper`).
  ///
  /// ASCII words (nearly all of them in English posts) are folded and hashed byte by byte in a tight
  /// loop; a word with other scalars is read again by `wordOutsideASCII`, as `words(in:)` reads it.
  @inline(__always)
  func word(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, to upper: Int) -> HashedWord {
    var index = start
    var hash = WordKeyHash.seed
    while index < upper {
      let byte = bytes[index]
      if Self.isASCIIWordByte(byte) {
        hash = WordKeyHash.mix(hash, foldsCase && byte &- 0x41 < 26 ? byte | 0x20 : byte)
        index += 1
        continue
      }
      if byte == 0x27 && index + 1 < upper {
        let next = bytes[index + 1]
        if Self.isASCIIWordByte(next) {
          hash = WordKeyHash.mix(hash, 0x27)
          index += 1
          continue
        }
        if next >= 0x80 { return wordOutsideASCII(bytes, at: start, to: upper) }
      }
      if byte >= 0x80 { return wordOutsideASCII(bytes, at: start, to: upper) }
      break
    }
    return Self.closing(hash: hash, start: start, end: index, bytes, to: upper)
  }

  /// Where the word at `start` ends when it is ASCII throughout, as `word(_:at:to:)` reads it (so that its
  /// key has one byte per byte of it); nil when `word(_:at:to:)` would read it outside ASCII. Letter runs
  /// are skipped eight bytes at a time.
  @inline(__always)
  static func asciiWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, to upper: Int) -> Int? {
    var index = start
    while true {
      index = min(ASCIIWordSpans.endOfAlphanumerics(in: bytes, from: index), upper)
      guard index < upper else { return index }
      let byte = bytes[index]
      if byte == 0x27 && index &+ 1 < upper {
        let next = bytes[index &+ 1]
        if isASCIIWordByte(next) {
          index &+= 1
          continue
        }
        if next >= 0x80 { return nil }
      }
      return byte >= 0x80 ? nil : index
    }
  }

  /// The word `word(_:at:to:)` reads at `start` when `asciiWordEnd` has found it ASCII throughout, ending at
  /// `end`: its bytes are hashed without being classified again.
  @inline(__always)
  func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, to upper: Int) -> HashedWord {
    var hash = WordKeyHash.seed
    var index = start
    while index < end {
      let byte = bytes[index]
      hash = WordKeyHash.mix(hash, foldsCase && byte &- 0x41 < 26 ? byte | 0x20 : byte)
      index &+= 1
    }
    return Self.closing(hash: hash, start: start, end: end, bytes, to: upper)
  }

  @inline(never)
  private func wordOutsideASCII(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, to upper: Int) -> HashedWord {
    var index = start
    var hash = WordKeyHash.seed
    var isASCII = true
    while index < upper {
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      if Self.isWordScalar(scalar) {
        if length == 1 {
          let byte = bytes[index]
          hash = WordKeyHash.mix(hash, foldsCase && byte &- 0x41 < 26 ? byte | 0x20 : byte)
        } else {
          isASCII = false
          for offset in index..<(index + length) { hash = WordKeyHash.mix(hash, bytes[offset]) }
        }
      } else if Self.isApostrophe(scalar) {
        let next = index + length
        guard next < upper, Self.isWordScalar(UTF8Scalar.decode(bytes, at: next).scalar) else { break }
        hash = WordKeyHash.mix(hash, 0x27)
      } else {
        break
      }
      index += length
    }
    if foldsCase && !isASCII {
      hash = WordKeyHash.hash(key(bytes, from: start, to: index).utf8)
    }
    return Self.closing(hash: hash, start: start, end: index, bytes, to: upper)
  }

  /// The word at `start..<end` with what follows it read.
  @inline(__always)
  private static func closing(
    hash: UInt64, start: Int, end: Int, _ bytes: UnsafeBufferPointer<UInt8>, to upper: Int
  ) -> HashedWord {
    let gap = gap(bytes, from: end, to: upper)
    // Only a gap of joiners between two words lets a phrase go on; an empty gap joins nothing.
    return HashedWord(
      hash: hash, start: start, end: end, joinsNext: gap.joins && gap.end < upper && gap.end > end, next: gap.end)
  }

  /// Where the run of non-word characters from `start` ends (at the next word or `upper`), and whether
  /// all of them are joiners.
  @inline(__always)
  static func gap(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to upper: Int) -> (end: Int, joins: Bool) {
    var index = start
    var joins = true
    while index < upper {
      let byte = bytes[index]
      if byte >= 0x80 { return gapOutsideASCII(bytes, from: index, to: upper, joins: joins) }
      if isASCIIWordByte(byte) { break }
      // Space, hyphen, newline and tab are the ASCII joiners.
      if !(byte == 0x20 || byte == 0x2D || byte == 0x0A || byte == 0x09) { joins = false }
      index += 1
    }
    return (index, joins)
  }

  @inline(never)
  private static func gapOutsideASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to upper: Int, joins: Bool
  ) -> (end: Int, joins: Bool) {
    var index = start
    var joins = joins
    while index < upper {
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      if isWordScalar(scalar) { break }
      if !isJoiner(scalar) { joins = false }
      index += length
    }
    return (index, joins)
  }

  /// The key of the word that `word(_:at:to:)` found at `start..<end`, as `words(in:)` builds it.
  func key(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
    var key: [UInt8] = []
    key.reserveCapacity(end - start)
    var isASCII = true
    var index = start
    while index < end {
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      if length == 1 {
        let byte = bytes[index]
        // Inside a word an ASCII byte that is not a word character is the apostrophe.
        key.append(foldsCase && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      } else if scalar == "\u{2019}" {
        key.append(0x27)
      } else {
        isASCII = false
        key.append(contentsOf: bytes[index..<(index + length)])
      }
      index += length
    }
    let word = String(decoding: key, as: UTF8.self)
    return foldsCase && !isASCII ? word.lowercased() : word
  }

  /// Whether the word at `start..<end` has `expected` (a key's bytes) for its key. Compares bytes in
  /// place for an ASCII word, the common case.
  func keyMatches(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, expected: [UInt8]) -> Bool {
    var position = 0
    var index = start
    while index < end {
      let byte = bytes[index]
      guard byte < 0x80 else { return Array(key(bytes, from: start, to: end).utf8) == expected }
      guard position < expected.count,
        expected[position] == (foldsCase && byte &- 0x41 < 26 ? byte | 0x20 : byte)
      else { return false }
      position += 1
      index += 1
    }
    return position == expected.count
  }

  @inline(__always)
  static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
  }
}
