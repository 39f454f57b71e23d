import TextKit

/// The words of a text read straight from its UTF-8 bytes, exactly as `WordScan` reads them, as long as
/// every word is ASCII (a straight or curly apostrophe inside a word counts as `'`): one pass, one FNV-1a
/// per word, no `String` per word. A screen that turns a block away with it never builds the block's scan.
enum ASCIIWordReader {
  /// A word: where its bytes are and what its `WordScan` key would be, by hash and by its first bytes.
  struct Word {
    var start: Int
    var end: Int
    /// FNV-1a of the key, equal to `WordScan.Word.asciiHash`.
    var hash: UInt64
    /// The key's first eight bytes, first byte highest, zero padded.
    var head: UInt64
    /// The key's length in bytes.
    var length: Int
  }

  /// Calls `body` with each word in order while it returns true. Returns nil, at the first word that holds
  /// a letter, digit or mark outside ASCII, when `WordScan` must read the text instead (the words passed
  /// to `body` before that are still its words); otherwise whether `body` stopped the reading.
  static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Word) -> Bool) -> Bool? {
    var word = Builder()
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        let folded = byte | 0x20
        if (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
          word.add(folded, at: index)  // digits already have the case bit
          index += 1
          continue
        }
        if byte == 0x27 && word.isOpen && index + 1 < count {
          let next = bytes[index + 1]
          if next >= 0x80 {
            if WordScan.isLetter(UTF8Scalar.decode(bytes, at: index + 1).scalar) { return nil }
          } else if (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A {
            word.add(0x27, at: index)
            index += 1
            continue
          }
        }
        if word.isOpen {
          if !body(word.close(at: index)) { return true }
        }
        index += 1
        continue
      }
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      if scalar == "’" {
        if word.isOpen && index + length < count {
          let next = UTF8Scalar.decode(bytes, at: index + length).scalar
          if WordScan.isLetter(next) {
            if !next.isASCII { return nil }
            word.add(0x27, at: index)
            index += length
            continue
          }
        }
      } else if WordScan.isWordScalar(scalar) || WordScan.isMark(scalar) {
        return nil
      }
      if word.isOpen {
        if !body(word.close(at: index)) { return true }
      }
      index += length
    }
    if word.isOpen {
      if !body(word.close(at: count)) { return true }
    }
    return false
  }

  /// The `WordScan` key of a word `forEachWord` read from `bytes`.
  static func key(of word: Word, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    var key: [UInt8] = []
    key.reserveCapacity(word.length)
    var index = word.start
    while index < word.end {
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

  private struct Builder {
    var hash = FNV1a()
    var head: UInt64 = 0
    var length = 0
    var start = -1

    var isOpen: Bool { start >= 0 }

    @inline(__always)
    mutating func add(_ byte: UInt8, at index: Int) {
      if start < 0 { start = index }
      hash.add(byte)
      if length < 8 { head |= UInt64(byte) << UInt64(56 - 8 * length) }
      length += 1
    }

    @inline(__always)
    mutating func close(at end: Int) -> Word {
      let word = Word(start: start, end: end, hash: hash.value, head: head, length: length)
      self = Builder()
      return word
    }
  }
}

/// A set of 64-bit hashes with open addressing: a word's membership in one probe or two, no hashing again.
struct WordHashSet: Sendable {
  private var keys: [UInt64]
  private var occupied: [Bool]

  init(_ hashes: some Sequence<UInt64>) {
    let unique = Set(hashes)
    var capacity = 8
    while capacity < unique.count * 4 { capacity *= 2 }
    keys = Array(repeating: 0, count: capacity)
    occupied = Array(repeating: false, count: capacity)
    let mask = capacity - 1
    for hash in unique {
      var slot = Self.start(hash) & mask
      while occupied[slot] { slot = (slot + 1) & mask }
      keys[slot] = hash
      occupied[slot] = true
    }
  }

  @inline(__always)
  func contains(_ hash: UInt64) -> Bool {
    let mask = keys.count - 1
    var slot = Self.start(hash) & mask
    while occupied[slot] {
      if keys[slot] == hash { return true }
      slot = (slot + 1) & mask
    }
    return false
  }

  /// FNV-1a's low bits depend mostly on the last bytes: fold the high half in.
  @inline(__always)
  private static func start(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29) ^ (hash >> 47)) }
}
