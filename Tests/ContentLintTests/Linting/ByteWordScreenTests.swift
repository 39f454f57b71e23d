import Testing
import TextKit

@testable import Linting

/// Words and phrase matches read from bytes must be exactly what `WordScan` finds, or left undecided.
@Suite struct ByteWordScreenTests {
  private static let asciiTexts = [
    "Our clinic treats patients with back pain.",
    "Don't stop taking your medication; it’s prescribed. Patient’s notes, therapist's view.",
    "Well being, wellbeing and well-being: WELL BEING. well",
    "Symptoms of SYMPTOM-free physiotherapy (2019) [1] — 100% “guaranteed” … rehab’",
    "'quoted' ’curly’ it'’s end' x' 'y a’ b",
    "well being well well being being",
    "",
    "  \n\t",
  ]

  private static let otherTexts = ["Cafés for naïve patients", "it’é", "Thérapie"]

  private static func readWords(_ text: String) -> [(key: String, hash: UInt64)]? {
    var text = text
    return text.withUTF8 { bytes in
      var words: [(key: String, hash: UInt64)] = []
      let read = ASCIIWordReader.forEachWord(in: bytes) { word in
        words.append((ASCIIWordReader.key(of: word, in: bytes), word.hash))
        #expect(word.head == ASCIIWordReader.Word.headBytes(ASCIIWordReader.key(of: word, in: bytes)))
        return true
      }
      return read == nil ? nil : words
    }
  }

  @Test(arguments: asciiTexts)
  func readsTheScansWords(_ text: String) throws {
    let words = try #require(Self.readWords(text))
    let scanned = WordScan(text).words
    #expect(words.map(\.key) == scanned.map(\.key))
    #expect(words.map(\.hash) == scanned.map { $0.asciiHash ?? 0 })
  }

  @Test(arguments: otherTexts)
  func leavesOtherLettersUndecided(_ text: String) {
    #expect(Self.readWords(text) == nil)
  }

  @Test(arguments: asciiTexts)
  func findsTheScansContextMatches(_ text: String) {
    let scan = WordScan(text)
    let expected = scan.matches(of: HealthLexicon.context).map { scan.words[$0.lowerBound].key }
    var found: [String] = []
    let read = HealthLexicon.contextMatches.forEachMatch(in: text) {
      found.append($0)
      return true
    }
    #expect(read == false)
    #expect(found == expected)
  }

  @Test func stopsWhenAsked() {
    var found: [String] = []
    let read = HealthLexicon.contextMatches.forEachMatch(in: "therapy patients symptoms pain health") {
      found.append($0)
      return found.count < 2
    }
    #expect(read == true)
    #expect(found == ["therapy", "patients"])
  }
}
