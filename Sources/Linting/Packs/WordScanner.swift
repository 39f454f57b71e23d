/// Splits text into words for phrase matching: runs of letters, digits and marks, with an apostrophe
/// kept inside a word ("it's", "don’t"). Curly apostrophes become straight ones so that a phrase
/// written either way matches text written either way.
struct WordScanner {
  /// One word of the text: its normalised form, where it is, and what separates it from the next.
  struct Word {
    var key: String
    var range: Range<String.Index>
    /// True when only spaces or hyphens stand between this word and the next, so a phrase may go on.
    var joinsNext: Bool
  }

  let foldsCase: Bool

  func words(in text: String) -> [Word] {
    var words: [Word] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      guard Self.isWordScalar(scalars[index]) else {
        index = scalars.index(after: index)
        continue
      }
      let start = index
      var key = String.UnicodeScalarView()
      var isASCII = true
      while index < scalars.endIndex {
        let scalar = scalars[index]
        if Self.isWordScalar(scalar) {
          if scalar.value < 0x80 {
            // ASCII folds here, cheaply; other scripts fold through `lowercased()` below.
            key.append(
              foldsCase && scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
          } else {
            isASCII = false
            key.append(scalar)
          }
        } else if Self.isApostrophe(scalar), !key.isEmpty {
          let next = scalars.index(after: index)
          guard next < scalars.endIndex, Self.isWordScalar(scalars[next]) else { break }
          key.append("'")
        } else {
          break
        }
        index = scalars.index(after: index)
      }
      let end = index
      if var last = words.popLast() {
        last.joinsNext = Self.isJoiner(scalars[last.range.upperBound..<start])
        words.append(last)
      }
      let word = String(key)
      words.append(Word(key: foldsCase && !isASCII ? word.lowercased() : word, range: start..<end, joinsNext: false))
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

  private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }

  /// Spaces and hyphens only: "fast-paced" and "fast paced" read as the same two words, but a full
  /// stop or a comma ends a phrase.
  private static func isJoiner(_ gap: Substring.UnicodeScalarView) -> Bool {
    !gap.isEmpty
      && gap.allSatisfy {
        $0 == " " || $0 == "-" || $0 == "\u{A0}" || $0 == "\n" || $0 == "\t" || $0 == "\u{2010}" || $0 == "\u{2011}"
      }
  }
}
