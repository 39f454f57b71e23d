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

  private static let spanTexts =
    asciiTexts + otherTexts + [
      "café x", "x’é", "patient’s, patients’ and PATIENTS'", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 z",
      "abcdefgh,ijklmnop.qrstuvwx yz@[`{/:09", "wordsthatarelongerthaneightbytes and a-b-c-d-e-f-g-h-i",
      "x'\u{301}", "a\u{301}b", "tail’",
    ]

  private static func readSpans(_ text: String, passing filter: ASCIIWordSpans.Filter? = nil) -> [(String, Int)]? {
    var text = text
    return text.withUTF8 { bytes in
      var words: [(String, Int)] = []
      let read = ASCIIWordSpans.forEachWord(in: bytes, passing: filter) { span in
        words.append((ASCIIWordSpans.key(of: span, in: bytes), span.ordinal))
        return true
      }
      return read == nil ? nil : words
    }
  }

  @Test(arguments: spanTexts)
  func spansAreTheReadersWords(_ text: String) {
    let spans = Self.readSpans(text)
    let words = Self.readWords(text)
    #expect((spans == nil) == (words == nil))
    if let spans, let words {
      #expect(spans.map(\.0) == words.map(\.key))
      #expect(spans.map(\.1) == Array(spans.indices))
    }
  }

  /// Spans are read eight bytes at a time: each text again with its words shifted across every lane.
  @Test(arguments: spanTexts + [
    "don't it’s x'y a’b 'q' ’r’ z' ’", "abcdefg'hijklmn’opq rstuvwx’y", "1234567,89abcdef\nghij k", "é", "a’", "a'",
    "seven77 eight888 nine99999 — ‘quoted’ “double” … end’s", "x’\u{301}y", "tab\there\r\nnext",
  ])
  func spansAreTheReadersWordsAtEveryLane(_ text: String) {
    for shift in 0..<9 {
      for lead in [String(repeating: " ", count: shift), String(repeating: "w", count: shift) + "’s "] {
        let shifted = lead + text
        let spans = Self.readSpans(shifted)
        let words = Self.readWords(shifted)
        #expect((spans == nil) == (words == nil), "\(shifted)")
        if let spans, let words {
          #expect(spans.map(\.0) == words.map(\.key), "\(shifted)")
          #expect(spans.map(\.1) == Array(spans.indices))
        }
      }
    }
  }

  @Test(arguments: spanTexts)
  func theFilterTurnsAwayOnlyWordsThatCannotMatch(_ text: String) {
    var filter = ASCIIWordSpans.Filter()
    let keys = ["gp", "pain", "well", "being", "a", "won't"]
    let prefixes = ["therap", "injur", "ps"]
    let endings = ["itis"]
    for key in keys { filter.admit(key: key) }
    for prefix in prefixes { filter.admit(prefix: prefix) }
    for ending in endings { filter.admit(ending: ending) }
    guard let all = Self.readSpans(text), let passed = Self.readSpans(text, passing: filter) else { return }
    let wanted = all.filter { word in
      keys.contains(word.0) || prefixes.contains { word.0.hasPrefix($0) } || endings.contains { word.0.hasSuffix($0) }
    }
    for word in wanted { #expect(passed.contains { $0 == word }, "\(word.0) was turned away") }
    // Words keep their places among all the words, passed or not.
    for word in passed { #expect(all[word.1] == word) }
  }

  @Test func theFilterReadsLengthAndThreeBytes() throws {
    var filter = ASCIIWordSpans.Filter()
    filter.admit(key: "pain")
    filter.admit(prefix: "therap")
    let passed = try #require(Self.readSpans("Pain part pains paint THERAPY theory thermal pai", passing: filter))
    // "theory" and "thermal" share the prefix's first three bytes and a length it allows: the exact
    // lookup after the filter turns them away.
    #expect(passed.map(\.0) == ["pain", "therapy", "theory", "thermal"])
  }

  /// The claim words and "100"s, and the words that may start a named condition or carry a proof or
  /// stop phrase, as a scan of the text finds them.
  @Test(arguments: [
    "Our balm cures eczema in a week. Osteoporosis and arthritis, 100% gone!",
    "You won't need your inhaler. Clinically proven to help. Stop taking pills.",
    "Water, people, routine and steady recipes improve nothing here.",
    "Injuries heal; INFLAMMATION eases. Anaemia and gum disease, 1100 times.",
  ])
  func findsTheScansClaimSpots(_ text: String) throws {
    let spots = try #require(HealthLexicon.claimSpots.spots(in: text))
    let scan = WordScan(text)
    let claimWords = Set(ClaimWords.words(of: HealthLexicon.claimFamilies))
    let unconditioned = Set(
      ClaimWords.words(of: [HealthLexicon.stopMedicationPhrases, HealthLexicon.provenClaimsPhrases]))
    let utf8 = text.utf8
    func offsets(_ range: Range<String.Index>) -> Range<Int> {
      utf8.distance(from: utf8.startIndex, to: range.lowerBound)..<utf8.distance(from: utf8.startIndex, to: range.upperBound)
    }
    var hundreds: [Range<Int>] = []
    let bytes = Array(utf8)
    for index in bytes.indices.dropLast(2) where bytes[index..<index + 3] == [0x31, 0x30, 0x30] {
      hundreds.append(index..<index + 3)
    }
    let claims = scan.words.filter { claimWords.contains($0.key) }.map { offsets($0.range) } + hundreds
    #expect(spots.claims == claims.sorted { $0.lowerBound < $1.lowerBound })
    let subjects = scan.words.indices.filter { position in
      let key = scan.words[position].key
      return scan.match(of: HealthLexicon.conditions, at: position) != nil || unconditioned.contains(key)
        || ["itis", "osis", "emia"].contains { key.hasSuffix($0) }
    }.map { offsets(scan.words[$0].range) }
    // Multi-word conditions are found by their first word alone: the spots may hold more.
    #expect(Set(subjects).isSubset(of: Set(spots.subjects)))
    #expect(spots.mayClaim == (!claims.isEmpty && !subjects.isEmpty))
  }

  @Test func aSentenceWithoutAConditionCannotClaim() throws {
    let text = "Mindfulness reduces stress. It improves focus."
    let spots = try #require(HealthLexicon.claimSpots.spots(in: text))
    #expect(spots.mayClaim(within: 0..<27))
    #expect(!spots.mayClaim(within: 28..<text.utf8.count))
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
