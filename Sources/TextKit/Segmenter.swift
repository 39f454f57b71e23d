internal import CICU

/// Sentence and word boundaries from ICU's break iterators.
public enum Segmenter {
  /// Abbreviations after which ICU would end a sentence although the sentence goes on.
  public static let abbreviations: Set<String> = [
    "dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "jr.", "sr.", "e.g.", "i.e.", "etc.", "vs.", "no.", "approx.",
    "cf.", "fig.", "inc.", "ltd.", "co.", "mt.", "dept.", "est.", "vol.", "p.", "pp.", "u.s.", "u.k.",
  ]

  /// The sentences of `text`, each range without its trailing white space.
  ///
  /// The C shim hands ICU the text and reports UTF-8 offsets, which index the String directly: no Swift
  /// UTF-16 array and no offset conversion through the String's UTF-16 view. Text that UAX #29 cannot break (no paragraph separator,
  /// terminators only at the end) is one sentence without asking ICU.
  public static func sentences(in text: String, locale: String = "en") -> [Range<String.Index>] {
    guard !text.isEmpty else { return [] }
    var contiguous = text
    let offsets = contiguous.withUTF8 { sentenceOffsets(in: $0, locale: locale) }
    let utf8 = text.utf8
    return offsets.map {
      utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)
    }
  }

  /// The sentences of `text` the way ICU alone reads UTF-16, before `sentences(in:locale:)` learnt to read
  /// UTF-8 and to skip text that cannot break: kept so that tests can hold the two to the same results.
  public static func sentencesFromUTF16(in text: String, locale: String = "en") -> [Range<String.Index>] {
    let units = Array(text.utf16)
    guard !units.isEmpty else { return [] }
    let boundaries = boundaryOffsets(kind: Int32(CICU_BREAK_SENTENCE), units: units, locale: locale + "@ss=standard")
    var merged: [Int] = []
    for boundary in boundaries.dropFirst() {
      if boundary < units.count, let start = merged.last ?? boundaries.first,
        endsWithAbbreviation(units[start..<boundary])
      {
        continue  // keep "Dr. Smith" together: drop this boundary
      }
      merged.append(boundary)
    }
    var ranges: [Range<String.Index>] = []
    var start = 0
    for end in merged {
      var trimmedEnd = end
      while trimmedEnd > start, isWhitespace(units[trimmedEnd - 1]) { trimmedEnd -= 1 }
      var trimmedStart = start
      while trimmedStart < trimmedEnd, isWhitespace(units[trimmedStart]) { trimmedStart += 1 }
      if trimmedStart < trimmedEnd {
        ranges.append(index(text, trimmedStart)..<index(text, trimmedEnd))
      }
      start = end
    }
    return ranges
  }

  /// The word-like segments of `text` (letters, numbers, kana, ideographs), punctuation and spaces left out.
  public static func words(in text: String, locale: String = "en") -> [Range<String.Index>] {
    let units = Array(text.utf16)
    guard !units.isEmpty else { return [] }
    let (boundaries, statuses) = boundaryOffsetsWithStatus(kind: Int32(CICU_BREAK_WORD), units: units, locale: locale)
    var ranges: [Range<String.Index>] = []
    for index in 1..<boundaries.count where statuses[index] != 0 {
      ranges.append(self.index(text, boundaries[index - 1])..<self.index(text, boundaries[index]))
    }
    return ranges
  }

  /// The number of words in `text` by ICU's word break rules.
  public static func wordCount(_ text: String, locale: String = "en") -> Int {
    let units = Array(text.utf16)
    guard !units.isEmpty else { return 0 }
    let (boundaries, statuses) = boundaryOffsetsWithStatus(kind: Int32(CICU_BREAK_WORD), units: units, locale: locale)
    return (1..<max(boundaries.count, 1)).count { statuses[$0] != 0 }
  }

  // MARK: - Private

  private static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0

  static func endsWithAbbreviation(_ sentence: ArraySlice<UInt16>) -> Bool {
    var end = sentence.endIndex
    while end > sentence.startIndex, isWhitespace(sentence[end - 1]) { end -= 1 }
    var start = end
    while start > sentence.startIndex, !isWhitespace(sentence[start - 1]), sentence[start - 1] != 0x28 {
      start -= 1
    }
    // Every abbreviation ends in a full stop (which lowercasing neither makes nor removes) and has at most
    // `longestAbbreviation` scalars, which take at most two UTF-16 units each: the String is built only
    // for a word that can be one.
    guard start < end, sentence[end - 1] == 0x2E, end - start <= 2 * longestAbbreviation else { return false }
    let word = String(decoding: sentence[start..<end], as: UTF16.self).lowercased()
    return abbreviations.contains(word)
  }

  private static func isWhitespace(_ unit: UInt16) -> Bool {
    unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 || unit == 0x2028
  }

  private static func index(_ text: String, _ utf16Offset: Int) -> String.Index {
    text.utf16.index(text.utf16.startIndex, offsetBy: utf16Offset)
  }

  private static func boundaryOffsets(kind: Int32, units: [UInt16], locale: String) -> [Int] {
    boundaryOffsetsWithStatus(kind: kind, units: units, locale: locale).offsets
  }

  private static func boundaryOffsetsWithStatus(kind: Int32, units: [UInt16], locale: String) -> (
    offsets: [Int], statuses: [Int32]
  ) {
    var capacity = units.count + 2
    while true {
      var offsets = [Int32](repeating: 0, count: capacity)
      var statuses = [Int32](repeating: 0, count: capacity)
      let count = units.withUnsafeBufferPointer { text in
        offsets.withUnsafeMutableBufferPointer { out in
          statuses.withUnsafeMutableBufferPointer { status in
            cicu_boundaries(
              kind, text.baseAddress, Int32(units.count), locale, out.baseAddress, status.baseAddress,
              Int32(capacity))
          }
        }
      }
      if count < 0 { return ([0, units.count], [0, 0]) }
      if Int(count) <= capacity {
        return (offsets.prefix(Int(count)).map(Int.init), Array(statuses.prefix(Int(count))))
      }
      capacity = Int(count)
    }
  }
}
