import TextKit

/// Splits text into words for phrase matching: runs of letters, digits and marks, with an apostrophe
/// kept inside a word ("it's", "don’t"). Curly apostrophes become straight ones so that a phrase
/// written either way matches text written either way.
struct WordScanner {
  /// One word of the text: its normalised form, where it is, and what separates it from the next.
  struct Word: Sendable {
    var key: String
    var range: Range<String.Index>
    /// True when only spaces or hyphens stand between this word and the next, so a phrase may go on.
    var joinsNext: Bool
  }

  let foldsCase: Bool

  func words(in text: String) -> [Word] {
    words(in: text, within: text.startIndex..<text.endIndex)
  }

  /// The words inside `bounds`, read as if the text stopped at its ends; ranges are in `text`.
  ///
  /// Works on the UTF-8 bytes: this runs over every block of every post for every pack, and building
  /// keys scalar by scalar costs several times more.
  func words(in text: String, within bounds: Range<String.Index>) -> [Word] {
    let utf8 = text.utf8
    let lower = utf8.distance(from: utf8.startIndex, to: bounds.lowerBound)
    let upper = utf8.distance(from: utf8.startIndex, to: bounds.upperBound)
    var contiguous = text
    let found = contiguous.withUTF8 { scan($0, from: lower, to: upper) }
    return found.map { word in
      Word(
        key: word.key,
        range: utf8.index(utf8.startIndex, offsetBy: word.start)..<utf8.index(utf8.startIndex, offsetBy: word.end),
        joinsNext: word.joinsNext)
    }
  }

  private struct ByteWord {
    var key: String
    var start: Int
    var end: Int
    var joinsNext: Bool
  }

  private func scan(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) -> [ByteWord] {
    var words: [ByteWord] = []
    var key: [UInt8] = []
    key.reserveCapacity(32)
    var index = lower
    // Whether everything since the previous word is a joiner (and there is something).
    var gapJoins = true
    var gapEmpty = true
    while index < upper {
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      guard Self.isWordScalar(scalar) else {
        if !Self.isJoiner(scalar) { gapJoins = false }
        gapEmpty = false
        index += length
        continue
      }
      let start = index
      key.removeAll(keepingCapacity: true)
      var isASCII = true
      while index < upper {
        let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
        if Self.isWordScalar(scalar) {
          if length == 1 {
            // ASCII folds here, cheaply; other scripts fold through `lowercased()` below.
            let byte = bytes[index]
            key.append(foldsCase && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
          } else {
            isASCII = false
            key.append(contentsOf: bytes[index..<(index + length)])
          }
        } else if Self.isApostrophe(scalar) {
          let next = index + length
          guard next < upper, Self.isWordScalar(UTF8Scalar.decode(bytes, at: next).scalar) else { break }
          key.append(0x27)
        } else {
          break
        }
        index += length
      }
      if !words.isEmpty {
        words[words.count - 1].joinsNext = gapJoins && !gapEmpty
      }
      let word = String(decoding: key, as: UTF8.self)
      words.append(
        ByteWord(key: foldsCase && !isASCII ? word.lowercased() : word, start: start, end: index, joinsNext: false))
      gapJoins = true
      gapEmpty = true
    }
    return words
  }


  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
    }
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType != nil { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
    default: return false
    }
  }

  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }

  /// Spaces and hyphens only: "fast-paced" and "fast paced" read as the same two words, but a full
  /// stop or a comma ends a phrase.
  static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "-" || scalar == "\u{A0}" || scalar == "\n" || scalar == "\t" || scalar == "\u{2010}"
      || scalar == "\u{2011}"
  }
}
