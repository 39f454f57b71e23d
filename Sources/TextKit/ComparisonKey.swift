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
      var hashes: [UInt64] = []
      hashes.reserveCapacity(bytes.count / 4 + 1)
      var isASCII = true
      // Written straight into the string's storage: this runs on every paragraph of every post. One table
      // look-up classifies and folds each byte.
      let key = String(unsafeUninitializedCapacity: bytes.count) { key in
        foldedBytes.withUnsafeBufferPointer { folded in
          var length = 0
          var hash = FNV1a()
          var inWord = false
          for byte in bytes {
            let folded = folded[Int(byte)]
            if folded > Self.nonASCII {
              if !inWord {
                if length > 0 {
                  key[length] = 0x20
                  length += 1
                }
                hash = FNV1a()
                inWord = true
              }
              key[length] = folded
              length += 1
              hash.add(folded)
            } else if folded == Self.separator {
              if inWord {
                hashes.append(hash.value)
                inWord = false
              }
            } else if folded == Self.nonASCII {
              isASCII = false
              return 0
            }
            // An apostrophe: "don't" and "dont" compare equal, as in ComparisonText.
          }
          if inWord { hashes.append(hash.value) }
          return length
        }
      }
      return isASCII ? (key, hashes) : nil
    }
  }

  private static let separator: UInt8 = 0
  private static let apostrophe: UInt8 = 1
  private static let nonASCII: UInt8 = 2

  /// Per byte: an ASCII letter lowercased or a digit as itself (both above `nonASCII`), else `separator`,
  /// `apostrophe` or `nonASCII`.
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
