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
      // Written straight into the string's storage: this runs on every paragraph of every post.
      let key = String(unsafeUninitializedCapacity: bytes.count) { key in
        var length = 0
        var hash = FNV1a()
        var inWord = false
        for var byte in bytes {
          if byte >= 0x80 {
            isASCII = false
            return 0
          }
          if byte &- 0x41 < 26 { byte |= 0x20 }
          if byte &- 0x61 < 26 || byte &- 0x30 < 10 {
            if !inWord {
              if length > 0 {
                key[length] = 0x20
                length += 1
              }
              hash = FNV1a()
              inWord = true
            }
            key[length] = byte
            length += 1
            hash.add(byte)
          } else if byte == 0x27 {
            continue  // "don't" and "dont" compare equal, as in ComparisonText
          } else if inWord {
            hashes.append(hash.value)
            inWord = false
          }
        }
        if inWord { hashes.append(hash.value) }
        return length
      }
      return isASCII ? (key, hashes) : nil
    }
  }
}
