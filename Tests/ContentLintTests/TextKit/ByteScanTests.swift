import Testing
import TextKit

/// The byte-level scanners answer exactly what the Character and scalar views answer, for ASCII and for
/// the text where the two part ways: a space or a letter followed by a combining mark, "\r\n", no-break
/// spaces, letters whose lower case is longer, scalars outside the Basic Multilingual Plane.
@Suite struct ByteScanTests {
  static let samples = [
    "", " ", "a", "one two  three", "  leading and trailing  ", "line\r\nbreak \r\n end", "tab\tseparated words",
    "exactly8", "exactly 16 bytes", "caf\u{E9} au lait", "cafe\u{301} au lait", "space \u{301}joined to a mark",
    "no\u{A0}break\u{A0}space", "\u{130}stanbul", "emoji 👩‍👩‍👧 family", "Ⅻ of ½", "it's the writer's",
    String(repeating: "word ", count: 60), String(repeating: "слово ", count: 20) + "end",
    // Beyond ASCII only after the words a limit counts to, and a mark joining a space there.
    String(repeating: "word ", count: 14) + "w\u{F6}rd", String(repeating: "one ", count: 13) + "\u{301}two three",
  ]

  @Test func spaceSeparatedCountMatchesSplit() {
    for text in Self.samples {
      let pieces = text.split(separator: " ").count
      for limit in 0...12 {
        #expect(SpaceSeparatedWords.count(in: text, upTo: limit) == min(pieces, limit + 1), "\(text) up to \(limit)")
      }
    }
  }

  @Test func utf8OrderMatchesTheBytesOrder() {
    let paths = Self.samples + ["a/b", "a/b/c", "a-b", "a/B", "\u{E9}", "e\u{301}", "posts/002/post-000010.txt", "posts/002/post-00001.txt"]
    for lhs in paths {
      for rhs in paths {
        #expect(UTF8Order.precedes(lhs, rhs) == lhs.utf8.lexicographicallyPrecedes(rhs.utf8), "\(lhs) < \(rhs)")
      }
    }
  }

  @Test func scalarCountMatchesScalarView() {
    let longer = [
      String(repeating: "ab€", count: 37), String(repeating: "x", count: 64) + "ß",
      // Longer than the 255 words a byte lane can count before the lanes are summed.
      String(repeating: "é", count: 3000), String(repeating: "ab€d", count: 1500) + "x", String(repeating: "y", count: 4099),
    ]
    for text in Self.samples + longer {
      #expect(UTF8Scalar.count(in: text) == text.unicodeScalars.count, "\(text)")
      let inner = text.dropFirst(min(2, text.count))
      #expect(UTF8Scalar.count(in: inner) == inner.unicodeScalars.count, "\(inner)")
    }
  }

  @Test func asciiTestMatchesScalars() {
    for text in Self.samples {
      #expect(ASCIIText.isASCII(text) == text.unicodeScalars.allSatisfy(\.isASCII), "\(text)")
    }
    // A single non-ASCII byte at every place around the eight-byte steps.
    for position in 0..<20 {
      var scalars = Array(repeating: Unicode.Scalar("x"), count: 20)
      scalars[position] = "\u{E9}"
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      #expect(!ASCIIText.isASCII(text), "non-ASCII at \(position)")
    }
  }

  @Test func cappedWordCountMatchesFullCount() {
    for text in Self.samples {
      for joins in [false, true] {
        let full = ASCIIWordCount.count(in: text, apostropheJoins: joins)
        for limit in [0, 1, 6, 40] {
          let capped = ASCIIWordCount.count(in: text, apostropheJoins: joins, upTo: limit)
          #expect(capped == full.map { min($0, limit + 1) }, "\(text) up to \(limit)")
        }
      }
    }
  }

  @Test func cappedWordCountTestsEveryByteForASCII() {
    // The bytes past the limit are tested on their own: a byte beyond ASCII at every place around the
    // eight-byte steps, before and after the word that passes the limit, still makes the count nil.
    let words = String(repeating: "word ", count: 12)
    for position in 0...words.utf8.count {
      var scalars = Array(words.unicodeScalars)
      scalars.insert("\u{E9}", at: position)
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      for limit in [0, 1, 6, 11] {
        #expect(ASCIIWordCount.count(in: text, apostropheJoins: true, upTo: limit) == nil, "\(text) up to \(limit)")
      }
    }
  }

  @Test func wordCountMatchesSplit() {
    // Words and apostrophes at every place around the eight-byte steps, and the bytes next to the word ranges.
    var texts = Self.samples.filter { ASCIIText.isASCII($0) }
    for position in 0..<20 {
      for inserted in ["'", " ", "@", "[", "`", "{", "/", ":", "0", "9", "Z", "z", "\n"] {
        var bytes = Array("ab cd'ef  gh.ij!kl?mn op qr".utf8)
        bytes.insert(inserted.utf8.first!, at: min(position, bytes.count))
        texts.append(String(decoding: bytes, as: UTF8.self))
      }
    }
    for text in texts {
      for joins in [false, true] {
        let words = text.utf8.split { byte in
          let isWordByte = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
          return !(isWordByte || joins && byte == 0x27)
        }
        #expect(ASCIIWordCount.count(in: text, apostropheJoins: joins) == words.count, "\(text) \(joins)")
      }
    }
  }
}
