/// Counts words in ASCII text straight from its bytes, so that a classifier can turn away a line of
/// ordinary prose (too many words to be furniture) before any slower string work.
public enum ASCIIWordCount {
  /// The number of runs of ASCII letters and digits in `text` (an apostrophe belongs to a run when
  /// `apostropheJoins`); nil when `text` is not all ASCII, where Character-level rules apply instead.
  /// Counting stops at `limit + 1`: callers ask whether a line has more words than furniture ever has.
  public static func count(in text: String, apostropheJoins: Bool, upTo limit: Int = .max) -> Int? {
    var text = text
    return text.withUTF8 { bytes -> Int? in
      var count = 0
      var index = 0
      // Eight bytes at a time: a word starts in each lane that holds a word byte after one that does not.
      // This runs on every block ingest keeps, and a paragraph is turned away only after its 41st word.
      // The ASCII test rides along: the bytes read are tested here, and only a text that passes the limit
      // has the rest of its bytes tested on their own, which is the same answer as testing them first.
      var previousLaneInWord: UInt64 = 0
      var highBits: UInt64 = 0
      if let base = bytes.baseAddress {
        while index &+ 8 <= bytes.count {
          let chunk = ByteLanes.load(base, at: index)
          highBits |= chunk
          var words = ByteLanes.alphanumeric(chunk)
          if apostropheJoins { words |= ByteLanes.equal(chunk, 0x27) }
          count &+= laneCount(words & ~(words << 8 | previousLaneInWord))
          if count > limit {
            guard highBits & ByteLanes.top == 0,
              ASCIIText.isASCII(UnsafeBufferPointer(rebasing: bytes[(index &+ 8)...]))
            else { return nil }
            return limit + 1
          }
          previousLaneInWord = words >> 56
          index &+= 8
        }
      }
      guard highBits & ByteLanes.top == 0 else { return nil }
      var inWord = previousLaneInWord != 0
      while index < bytes.count {
        let byte = bytes[index]
        guard byte < 0x80 else { return nil }
        let isWordByte =
          (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
          || (apostropheJoins && byte == 0x27)
        if isWordByte && !inWord {
          count += 1
          if count > limit {
            guard ASCIIText.isASCII(UnsafeBufferPointer(rebasing: bytes[(index &+ 1)...])) else { return nil }
            return count
          }
        }
        inWord = isWordByte
        index += 1
      }
      return count
    }
  }

  /// The number of lanes with their top bit set, where only top bits are set: the lanes moved down to their
  /// low bit and summed by one multiply (at most eight, so no lane carries), which is cheaper than a
  /// population count on the baseline x86-64 the release build targets.
  @inline(__always)
  private static func laneCount(_ lanes: UInt64) -> Int {
    Int(truncatingIfNeeded: ((lanes >> 7) &* ByteLanes.ones) >> 56)
  }

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
