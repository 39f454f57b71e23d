/// Text reduced to what matters when comparing two passages: NFKC, case folded, punctuation and
/// white space folded to single spaces. "Don’t  STOP!" and "don't stop" compare equal.
public struct ComparisonText: Hashable, Sendable {
  public let words: [String]

  public init(_ text: String) {
    if let words = Self.asciiWords(text) {
      self.words = words
      return
    }
    let folded = Normalizer.normalize(text, form: .nfkcCaseFold)
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.isMath == false
        && scalar.properties.generalCategory == .nonspacingMark
      {
        current.append(scalar)
      } else if scalar == "'" || scalar == "’" {
        continue  // "don't" and "dont" compare equal
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    self.words = words
  }

  /// The words of all-ASCII text, read from its bytes: NFKC with case folding only lowers ASCII letters,
  /// and letters and digits are the only ASCII word characters. Nil for any other text.
  private static func asciiWords(_ text: String) -> [String]? {
    var text = text
    return text.withUTF8 { bytes -> [String]? in
      var words: [String] = []
      var current: [UInt8] = []
      current.reserveCapacity(32)
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
          current.append(byte)
        } else if byte >= 0x41 && byte <= 0x5A {
          current.append(byte + 0x20)
        } else if byte == 0x27 {
          continue  // "don't" and "dont" compare equal
        } else if !current.isEmpty {
          words.append(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
      }
      if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
      return words
    }
  }

  /// The words joined by single spaces.
  public var key: String { words.joined(separator: " ") }
}
