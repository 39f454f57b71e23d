import TextKit

/// The words of a text, normalised for matching (lower case, curly apostrophes made straight, hyphens
/// splitting words), each with where it stands in the text.
///
/// Rules match phrase lists word by word against a scan, so "You’d", "you'd" and "YOU'D" are one word
/// and a phrase never matches inside a longer word.
struct WordScan: Sendable {
  struct Word: Sendable {
    /// The normalised word.
    var key: String
    /// FNV-1a of the key's bytes when they are all ASCII, else nil: phrase lists look words up by it.
    var asciiHash: UInt64?
    var range: Range<String.Index>
    /// True when punctuation that ends a clause (`,;:()—–!?.`) stands between this word and the one before.
    var startsClause: Bool
  }

  let text: String
  let words: [Word]

  /// - Parameter maximumWords: stop after this many words, for callers that look only at the start.
  init(_ text: String, in bounds: Range<String.Index>? = nil, maximumWords: Int = .max) {
    self.text = text
    let bounds = bounds ?? text.startIndex..<text.endIndex
    // UTF-8 bytes, not Characters: the scan runs over every sentence of every post, and grapheme breaking
    // and Character properties cost several times more. Combining marks stay inside the word they follow.
    let utf8 = text.utf8
    let lower = utf8.distance(from: utf8.startIndex, to: bounds.lowerBound)
    let upper = utf8.distance(from: utf8.startIndex, to: bounds.upperBound)
    var contiguous = text
    let found = contiguous.withUTF8 { Self.scan($0, from: lower, to: upper, maximumWords: maximumWords) }
    words = found.map { word in
      Word(
        key: word.key, asciiHash: word.asciiHash,
        range: utf8.index(utf8.startIndex, offsetBy: word.start)..<utf8.index(utf8.startIndex, offsetBy: word.end),
        startsClause: word.startsClause)
    }
  }

  private init(text: String, words: [Word]) {
    self.text = text
    self.words = words
  }

  /// What `WordScan(text, in: bounds)` finds, cut from this scan of the whole text instead of scanning
  /// again; nil when a word of this scan crosses a bound (the bounded scan would cut that word).
  ///
  /// Inside the bounds both scans read the same bytes with the same rules, so they agree word for word,
  /// except that a bounded scan always counts its first word as starting a clause.
  func slice(_ bounds: Range<String.Index>) -> WordScan? {
    guard let indices = wordIndices(within: bounds) else { return nil }
    var sliced = Array(words[indices])
    if !sliced.isEmpty { sliced[0].startsClause = true }
    return WordScan(text: text, words: sliced)
  }

  /// True when `slice(bounds)` is not nil: no word crosses a bound.
  func canSlice(_ bounds: Range<String.Index>) -> Bool { wordIndices(within: bounds) != nil }

  private func wordIndices(within bounds: Range<String.Index>) -> Range<Int>? {
    var low = 0
    var high = words.count
    while low < high {
      let middle = (low + high) / 2
      if words[middle].range.lowerBound < bounds.lowerBound { low = middle + 1 } else { high = middle }
    }
    if low > 0 && words[low - 1].range.upperBound > bounds.lowerBound { return nil }
    var end = low
    while end < words.count && words[end].range.upperBound <= bounds.upperBound { end += 1 }
    if end < words.count && words[end].range.lowerBound < bounds.upperBound { return nil }
    return low..<end
  }

  private struct ByteWord {
    var key: String
    var asciiHash: UInt64?
    var start: Int
    var end: Int
    var startsClause: Bool
  }

  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int, maximumWords: Int)
    -> [ByteWord]
  {
    var words: [ByteWord] = []
    var key: [UInt8] = []
    key.reserveCapacity(32)
    var hash = FNV1a()
    var isASCII = true
    var start: Int?
    var clauseBreak = true
    var index = lower
    while index < upper {
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      let next = index + length
      let isApostrophe = scalar == "'" || scalar == "’"
      if isWordScalar(scalar) || (start != nil && isMark(scalar))
        || (isApostrophe && start != nil && next < upper && isLetter(UTF8Scalar.decode(bytes, at: next).scalar))
      {
        if start == nil { start = index }
        if isApostrophe {
          key.append(0x27)
          hash.add(0x27)
        } else if length == 1 {
          let byte = bytes[index]
          let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
          key.append(lowered)
          hash.add(lowered)
        } else {
          for byte in String(scalar).lowercased().utf8 {
            key.append(byte)
            hash.add(byte)
            if byte >= 0x80 { isASCII = false }
          }
        }
      } else {
        if let wordStart = start {
          words.append(
            ByteWord(
              key: String(decoding: key, as: UTF8.self), asciiHash: isASCII ? hash.value : nil, start: wordStart,
              end: index, startsClause: clauseBreak))
          if words.count >= maximumWords { return words }
          key.removeAll(keepingCapacity: true)
          hash = FNV1a()
          isASCII = true
          start = nil
          clauseBreak = false
        }
        if Self.isClauseBreak(scalar) { clauseBreak = true }
      }
      index = next
    }
    if let wordStart = start {
      words.append(
        ByteWord(
          key: String(decoding: key, as: UTF8.self), asciiHash: isASCII ? hash.value : nil, start: wordStart,
          end: upper, startsClause: clauseBreak))
    }
    return words
  }


  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value | 0x20
      return value >= 0x61 && value <= 0x7A
    }
    return scalar.properties.isAlphabetic
  }

  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    guard !scalar.isASCII else { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  var isEmpty: Bool { words.isEmpty }

  /// The text range from the first to the last of `wordRange`.
  func range(ofWords wordRange: Range<Int>) -> Range<String.Index> {
    words[wordRange.lowerBound].range.lowerBound..<words[wordRange.upperBound - 1].range.upperBound
  }

  /// Every match of the phrases, leftmost first, not overlapping.
  func matches(of phrases: PhraseSet, from first: Int = 0) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var position = first
    while position < words.count {
      if let length = phrases.longestMatch(in: self, at: position) {
        found.append(position..<position + length)
        position += length
      } else {
        position += 1
      }
    }
    return found
  }

  func firstMatch(of phrases: PhraseSet, from first: Int = 0) -> Range<Int>? {
    var position = first
    while position < words.count {
      if let length = phrases.longestMatch(in: self, at: position) { return position..<position + length }
      position += 1
    }
    return nil
  }

  func contains(_ phrases: PhraseSet) -> Bool { firstMatch(of: phrases) != nil }

  /// The match of `phrases` that starts exactly at word `position`, if any.
  func match(of phrases: PhraseSet, at position: Int) -> Range<Int>? {
    guard words.indices.contains(position) else { return nil }
    return phrases.longestMatch(in: self, at: position).map { position..<position + $0 }
  }

  /// The index of the first word of the clause that holds word `position`.
  func clauseStart(of position: Int) -> Int {
    guard !words.isEmpty else { return 0 }
    var start = min(position, words.count - 1)
    while start > 0 && !words[start].startsClause { start -= 1 }
    return start
  }

  /// `,;:()—–!?.` and a line break.
  private static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ",", ";", ":", "(", ")", "—", "–", "!", "?", ".", "\n": true
    default: false
    }
  }
}


