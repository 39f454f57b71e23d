/// Counts words in ASCII text straight from its bytes, so that a classifier can turn away a line of
/// ordinary prose (too many words to be furniture) before any slower string work.
public enum ASCIIWordCount {
  /// The number of runs of ASCII letters and digits in `text` (an apostrophe belongs to a run when
  /// `apostropheJoins`); nil when `text` is not all ASCII, where Character-level rules apply instead.
  /// Counting stops at `limit + 1`: callers ask whether a line has more words than furniture ever has.
  public static func count(in text: String, apostropheJoins: Bool, upTo limit: Int = .max) -> Int? {
    var text = text
    return text.withUTF8 { bytes -> Int? in
      guard ASCIIText.isASCII(bytes) else { return nil }
      var count = 0
      var inWord = false
      for byte in bytes {
        let isWordByte =
          (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
          || (apostropheJoins && byte == 0x27)
        if isWordByte && !inWord {
          count += 1
          if count > limit { return count }
        }
        inWord = isWordByte
      }
      return count
    }
  }

  /// True when one of `needles` (lower-case ASCII) occurs in `text` with ASCII letters of any case.
  public static func containsFolded(_ text: String, anyOf needles: [[UInt8]]) -> Bool {
    var text = text
    return text.withUTF8 { bytes -> Bool in
      for needle in needles where needle.count <= bytes.count {
        let first = needle[0]
        for start in 0...(bytes.count - needle.count) where folded(bytes[start]) == first {
          var offset = 1
          while offset < needle.count, folded(bytes[start + offset]) == needle[offset] { offset += 1 }
          if offset == needle.count { return true }
        }
      }
      return false
    }
  }

  @inline(__always)
  private static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

  /// True when `text` is ASCII and its last space-separated token cannot be a link (does not start with
  /// "http://", "https://" or "www."); false when it may be one or the text is not ASCII.
  public static func lastTokenIsNotLink(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes -> Bool in
      guard ASCIIText.isASCII(bytes) else { return false }
      var end = bytes.count
      while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
      var start = end
      while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
      let token = bytes[start..<end]
      return !(token.starts(with: "http://".utf8) || token.starts(with: "https://".utf8) || token.starts(with: "www.".utf8))
    }
  }
}
