/// A passage as duplicate detection compares it: `ComparisonText`'s words joined by single spaces, and each
/// word's hash (`MinHasher.hash`). For ASCII text both come from one pass over the bytes, without a `String`
/// per word; any other text goes through `ComparisonText`. Either way the result is the same.
public struct ComparisonKey: Sendable {
  /// The normalised text: `ComparisonText(text).key`.
  public let text: String
  /// `ComparisonText(text).words.map(MinHasher.hash)`.
  public let wordHashes: [UInt64]

  public var wordCount: Int { wordHashes.count }

  public init(_ text: String) {
    if let ascii = Self.ascii(text) {
      (self.text, wordHashes) = ascii
    } else {
      let words = ComparisonText(text).words
      self.text = words.joined(separator: " ")
      wordHashes = words.map(MinHasher.hash)
    }
  }

  private static func ascii(_ text: String) -> (String, [UInt64])? {
    var text = text
    return text.withUTF8 { bytes -> (String, [UInt64])? in
      guard !bytes.isEmpty else { return ("", []) }
      var digest = FNV1a128()
      var scanned: (keyLength: Int, wordCount: Int)?
      var key = ""
      // Written straight into the string's and the array's storage: no String per word.
      let hashes = [UInt64](unsafeUninitializedCapacity: Self.maximumWordCount(ofASCII: bytes.count)) { hashes, count in
        key = String(unsafeUninitializedCapacity: bytes.count) { key in
          scanned = scanASCII(bytes, key: key.baseAddress!, wordHashes: hashes.baseAddress!, digest: &digest)
          return scanned?.keyLength ?? 0
        }
        count = scanned?.wordCount ?? 0
      }
      guard scanned != nil else { return nil }
      return (key, hashes)
    }
  }

  /// The most words `count` ASCII bytes can hold: one letter each, a separator between two.
  public static func maximumWordCount(ofASCII count: Int) -> Int {
    (count + 1) / 2
  }

  /// One pass over ASCII text: its key written to `key` (room for `bytes.count` bytes), each word's hash to
  /// `wordHashes` (room for `maximumWordCount(ofASCII:)`), every key byte fed to `digest`. Nil, with
  /// whatever was written so far, at the first byte that is not ASCII: such text needs `ComparisonText`.
  /// Duplicate detection writes the key straight into the record it keeps and digests it on the way.
  public static func scanASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, key: UnsafeMutablePointer<UInt8>, wordHashes: UnsafeMutablePointer<UInt64>,
    digest: inout FNV1a128
  ) -> (keyLength: Int, wordCount: Int)? {
    // One table look-up classifies and folds each byte. A word's letters run in a loop of their own, which
    // keeps its hash in a register and writes each letter at `position + shift` (the key trails the text
    // by the separators and apostrophes dropped), so one index serves both; four letters a step share one
    // bound check.
    foldedBytes.withUnsafeBufferPointer { folded -> (keyLength: Int, wordCount: Int)? in
      let folded = folded.baseAddress!
      guard let start = bytes.baseAddress else { return (0, 0) }
      let count = bytes.count
      var length = 0
      var words = 0
      var index = 0
      while index < count {
        var byte = folded[Int(start[index])]
        guard byte > Self.apostrophe else {
          if byte == Self.nonASCII { return nil }
          index &+= 1
          continue
        }
        if length > 0 {
          key[length] = 0x20
          length &+= 1
        }
        var hash = FNV1a()
        // `index` is the position of `byte`; `index + shift` is where it goes in the key.
        var shift = length &- index
        letters: while true {
          key[index &+ shift] = byte
          hash.add(byte)
          index &+= 1
          // Four letters to one bound check; the constant trip count is unrolled by the compiler.
          four: while index &+ 4 <= count {
            for lane in 0..<4 {
              byte = folded[Int(start[index &+ lane])]
              guard byte > Self.apostrophe else {
                index &+= lane
                break four
              }
              key[index &+ lane &+ shift] = byte
              hash.add(byte)
            }
            index &+= 4
          }
          // `byte` is the last letter written, or the byte at `index` that stopped the word: a separator,
          // the usual stop, is passed over here rather than read twice more.
          if byte == Self.separator {
            index &+= 1
            shift &-= 1
            break
          }
          while index < count {
            byte = folded[Int(start[index])]
            if byte > Self.apostrophe { continue letters }
            guard byte == Self.apostrophe else { break letters }
            // An apostrophe inside a word is dropped: "don't" and "dont" compare equal, as in ComparisonText.
            index &+= 1
            shift &-= 1
          }
          break
        }
        length = index &+ shift
        wordHashes[words] = hash.value
        words &+= 1
      }
      // Digested from the key just written, still in the first-level cache: measured, a separate tight
      // loop costs fewer instructions than feeding the digest in the loop above, which runs out of registers.
      var running = digest
      for index in 0..<length { running.add(key[index]) }
      digest = running
      return (length, words)
    }
  }

  private static let separator: UInt8 = 0
  private static let nonASCII: UInt8 = 1
  private static let apostrophe: UInt8 = 2

  /// Per byte: an ASCII letter lowercased or a digit as itself (both above `apostrophe`), else `separator`,
  /// `nonASCII` or `apostrophe`.
  private static let foldedBytes: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
    switch byte {
    case 0x41...0x5A: UInt8(byte | 0x20)
    case 0x61...0x7A, 0x30...0x39: UInt8(byte)
    case 0x27: apostrophe
    case 0x80...: nonASCII
    default: separator
    }
  }
}
