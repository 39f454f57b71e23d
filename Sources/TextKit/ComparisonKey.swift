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
      var key: [UInt8] = []
      key.reserveCapacity(bytes.count)
      var hashes: [UInt64] = []
      var hash = FNV1a()
      var inWord = false
      for var byte in bytes {
        if byte >= 0x80 { return nil }
        if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
        if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
          if !inWord {
            if !key.isEmpty { key.append(0x20) }
            hash = FNV1a()
            inWord = true
          }
          key.append(byte)
          hash.add(byte)
        } else if byte == 0x27 {
          continue  // "don't" and "dont" compare equal, as in ComparisonText
        } else if inWord {
          hashes.append(hash.value)
          inWord = false
        }
      }
      if inWord { hashes.append(hash.value) }
      return (String(decoding: key, as: UTF8.self), hashes)
    }
  }
}
