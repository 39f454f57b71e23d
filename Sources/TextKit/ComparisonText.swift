/// Text reduced to what matters when comparing two passages: NFKC, case folded, punctuation and
/// white space folded to single spaces. "Don’t  STOP!" and "don't stop" compare equal.
public struct ComparisonText: Hashable, Sendable {
  public let words: [String]

  public init(_ text: String) {
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

  /// The words joined by single spaces.
  public var key: String { words.joined(separator: " ") }
}
