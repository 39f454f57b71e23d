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
      var index = 0
      // Eight bytes at a time: a word starts in each lane that holds a word byte after one that does not.
      // This runs on every block ingest keeps, and a paragraph is turned away only after its 41st word.
      var previousLaneInWord: UInt64 = 0
      if let base = bytes.baseAddress {
        while index &+ 8 <= bytes.count {
          let chunk = ByteLanes.load(base, at: index)
          var words = ByteLanes.alphanumeric(chunk)
          if apostropheJoins { words |= ByteLanes.equal(chunk, 0x27) }
          count &+= (words & ~(words << 8 | previousLaneInWord)).nonzeroBitCount
          if count > limit { return limit + 1 }
          previousLaneInWord = words >> 56
          index &+= 8
        }
      }
      var inWord = previousLaneInWord != 0
      while index < bytes.count {
        let byte = bytes[index]
        let isWordByte =
          (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
          || (apostropheJoins && byte == 0x27)
        if isWordByte && !inWord {
          count += 1
          if count > limit { return count }
        }
        inWord = isWordByte
        index += 1
      }
      return count
    }
  }

  /// The offset where word `ordinal` (from 0) of ASCII `bytes` starts, or the end when there are no more
  /// words: the bytes before it hold exactly `ordinal` words. Words are runs of letters, digits and
  /// apostrophes, as `count(in:apostropheJoins: true)` counts them.
  static func startOfWord(_ ordinal: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var seen = 0
    var index = 0
    var previousLaneInWord: UInt64 = 0
    if let base = bytes.baseAddress {
      while index &+ 8 <= bytes.count {
        let words = wordLanes(ByteLanes.load(base, at: index))
        var starts = words & ~(words << 8 | previousLaneInWord)
        let found = starts.nonzeroBitCount
        if seen &+ found > ordinal {
          for _ in 0..<(ordinal &- seen) { starts &= starts &- 1 }
          return index &+ starts.trailingZeroBitCount >> 3
        }
        seen &+= found
        previousLaneInWord = words >> 56
        index &+= 8
      }
    }
    var inWord = previousLaneInWord != 0
    while index < bytes.count {
      let isWordByte = isWordByte(bytes[index])
      if isWordByte && !inWord {
        if seen == ordinal { return index }
        seen += 1
      }
      inWord = isWordByte
      index += 1
    }
    return index
  }

  /// The offset just after word `ordinal` counted from the end of ASCII `bytes` (from 0), or 0 when there
  /// are no more words: the bytes from it on hold exactly `ordinal` words, as `startOfWord` counts them.
  static func endOfWord(fromEnd ordinal: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var seen = 0
    var index = bytes.count
    var nextLaneInWord: UInt64 = 0
    if let base = bytes.baseAddress {
      while index >= 8 {
        let words = wordLanes(ByteLanes.load(base, at: index &- 8))
        var ends = words & ~(words >> 8 | nextLaneInWord)
        let found = ends.nonzeroBitCount
        if seen &+ found > ordinal {
          for _ in 0..<(ordinal &- seen) { ends &= ~(1 << (63 &- UInt64(ends.leadingZeroBitCount))) }
          return index &- 8 &+ (63 &- ends.leadingZeroBitCount) >> 3 &+ 1
        }
        seen &+= found
        nextLaneInWord = (words & 0x80) << 56
        index &-= 8
      }
    }
    var inWord = nextLaneInWord != 0
    while index > 0 {
      let isWordByte = isWordByte(bytes[index - 1])
      if isWordByte && !inWord {
        if seen == ordinal { return index }
        seen += 1
      }
      inWord = isWordByte
      index -= 1
    }
    return 0
  }

  /// Lanes of letters, digits and apostrophes.
  @inline(__always)
  private static func wordLanes(_ chunk: UInt64) -> UInt64 {
    ByteLanes.alphanumeric(chunk) | ByteLanes.equal(chunk, 0x27)
  }

  @inline(__always)
  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x27
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
