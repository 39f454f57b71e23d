internal import CICU

/// Sentence splitting over UTF-8 bytes: the same boundaries, abbreviation exceptions and white-space
/// trimming as the UTF-16 reading, with offsets in bytes.
extension Segmenter {
  /// The trimmed sentence ranges of `bytes`, as UTF-8 offsets.
  static func sentenceOffsets(in bytes: UnsafeBufferPointer<UInt8>, locale: String) -> [Range<Int>] {
    let count = bytes.count
    let boundaries: [Int]
    if usesRootSentenceRules(locale), !mayBreakSentence(bytes) {
      boundaries = [0, count]
    } else {
      boundaries = utf8SentenceBoundaries(bytes, locale: locale + "@ss=standard")
    }
    var ranges: [Range<Int>] = []
    var start = 0
    var previous = boundaries.first ?? 0
    for boundary in boundaries.dropFirst() {
      if boundary < count, endsWithAbbreviation(bytes, from: previous, to: boundary) {
        continue  // keep "Dr. Smith" together: drop this boundary
      }
      previous = boundary
      var trimmedEnd = boundary
      while trimmedEnd > start, let width = whitespaceWidth(bytes, endingAt: trimmedEnd, after: start) {
        trimmedEnd -= width
      }
      var trimmedStart = start
      while trimmedStart < trimmedEnd, let width = whitespaceWidth(bytes, startingAt: trimmedStart, before: trimmedEnd) {
        trimmedStart += width
      }
      if trimmedStart < trimmedEnd { ranges.append(trimmedStart..<trimmedEnd) }
      start = boundary
    }
    return ranges
  }

  /// Only Greek tailors ICU's sentence rules (";" ends a question there); English, the language the rules
  /// ask for, uses the root rules that the no-terminator shortcut follows.
  private static func usesRootSentenceRules(_ locale: String) -> Bool {
    locale == "en" || locale.hasPrefix("en-") || locale.hasPrefix("en_")
  }

  private static func mayBreakSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.withMemoryRebound(to: CChar.self) { cicu_may_break_sentence_utf8($0.baseAddress, Int32($0.count)) != 0 }
  }

  private static func utf8SentenceBoundaries(_ bytes: UnsafeBufferPointer<UInt8>, locale: String) -> [Int] {
    // A boundary follows a terminator or a separator: counting them bounds the boundaries without a
    // buffer as long as the text.
    var capacity = 16
    while true {
      let result: [Int]? = withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { out in
        let found = bytes.withMemoryRebound(to: CChar.self) {
          cicu_sentence_boundaries_utf8($0.baseAddress, Int32($0.count), locale, out.baseAddress, Int32(capacity))
        }
        if found < 0 { return [0, bytes.count] }
        if Int(found) > capacity {
          capacity = Int(found)
          return nil
        }
        return out.prefix(Int(found)).map(Int.init)
      }
      if let result { return result }
    }
  }

  /// The width of the white space (as `isWhitespace` counts it: space, tab, LF, CR, U+00A0, U+2028) that
  /// ends at `end`, not reaching before `lower`.
  private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, after lower: Int) -> Int? {
    let last = bytes[end - 1]
    if last < 0x80 { return isASCIIWhitespace(last) ? 1 : nil }
    if last == 0xA0, end - 2 >= lower, bytes[end - 2] == 0xC2 { return 2 }
    if last == 0xA8, end - 3 >= lower, bytes[end - 2] == 0x80, bytes[end - 3] == 0xE2 { return 3 }
    return nil
  }

  private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int, before upper: Int)
    -> Int?
  {
    let first = bytes[start]
    if first < 0x80 { return isASCIIWhitespace(first) ? 1 : nil }
    if first == 0xC2, start + 2 <= upper, bytes[start + 1] == 0xA0 { return 2 }
    if first == 0xE2, start + 3 <= upper, bytes[start + 1] == 0x80, bytes[start + 2] == 0xA8 { return 3 }
    return nil
  }

  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// The abbreviations as ASCII bytes packed into an integer with their length, for a lookup without a String.
  private static let packedAbbreviations: Set<UInt64> = Set(abbreviations.compactMap { packed($0.utf8) })

  private static func packed(_ word: some Collection<UInt8>) -> UInt64? {
    guard word.count <= 7 else { return nil }
    var value = UInt64(word.count) << 56
    for (shift, byte) in word.enumerated() {
      let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
      value |= UInt64(lowered) << (8 * UInt64(shift))
    }
    return value
  }

  /// `endsWithAbbreviation` of the UTF-16 reading, on bytes: the last word of `lower..<upper`, trailing white
  /// space left out, lower-cased, is an abbreviation. A last word with non-ASCII letters is handed to the
  /// UTF-16 reading itself.
  private static func endsWithAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int)
    -> Bool
  {
    var end = upper
    while end > lower, let width = whitespaceWidth(bytes, endingAt: end, after: lower) { end -= width }
    guard end > lower, bytes[end - 1] == 0x2E else { return false }
    var start = end
    while start > lower {
      let byte = bytes[start - 1]
      if byte < 0x80 {
        if isASCIIWhitespace(byte) || byte == 0x28 { break }
        start -= 1
      } else if whitespaceWidth(bytes, endingAt: start, after: lower) != nil {
        break
      } else {
        let segment = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        let units = Array(segment.utf16)
        return endsWithAbbreviation(units[...])
      }
    }
    guard let key = packed(bytes[start..<end]) else { return false }
    return packedAbbreviations.contains(key)
  }
}
