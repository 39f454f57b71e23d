import Testing

@testable import TextKit

/// `FoldedNeedles` answers exactly what a plain case-folded search answers: at every offset, near both ends
/// of the text (inside and outside the eight-byte loads), in either case, for needles of one byte and more.
@Suite struct FoldedNeedlesTests {
  static let needles = [
    "min read", "minute reading", "reading time", "lesezeit", "cookie", "agree", "|", "contributed",
    "newsletter", "subscrib", "reporting by ", "ab", "x",
  ]

  /// The answer of a search that lowers every byte and compares at every offset.
  static func plainOccur(_ needles: [String], in text: String) -> Bool {
    let lowered = Array(text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
    return needles.contains { needle in
      let bytes = Array(needle.utf8)
      guard bytes.count <= lowered.count else { return false }
      return (0...lowered.count - bytes.count).contains { Array(lowered[$0..<$0 + bytes.count]) == bytes }
    }
  }

  @Test func findsEveryNeedleAtEveryOffset() {
    for needle in Self.needles {
      let search = FoldedNeedles([needle])
      for variant in [needle, needle.uppercased()] {
        for before in 0...13 {
          for after in 0...13 {
            let text = String(repeating: "e", count: before) + variant + String(repeating: "t", count: after)
            #expect(search.occur(in: text), "\(needle) in \(text)")
          }
        }
      }
    }
  }

  @Test func answersAsAPlainSearch() {
    let searches = [Self.needles, Self.needles.filter { $0.utf8.count >= 3 }].map { ($0, FoldedNeedles($0)) }
    var generator = SystemRandomNumberGenerator()
    // Needles, needles cut short, and single bytes, in either case: texts that hold a needle or nearly do.
    let pieces =
      Self.needles + Self.needles.map { String($0.dropLast()) } + Self.needles.map { String($0.dropFirst()) }
      + "abcdegiklmnoprstuwz .@`[{BCDEIKMNORSTUWZ".map(String.init)
    for pieceCount in 0...12 {
      for _ in 0..<300 {
        let text = (0..<pieceCount).map { _ in
          let piece = pieces.randomElement(using: &generator)!
          return Bool.random(using: &generator) ? piece.uppercased() : piece
        }.joined()
        for (needles, search) in searches {
          #expect(search.occur(in: text) == Self.plainOccur(needles, in: text), "\(text)")
        }
      }
    }
    for text in ["", "prose with none of them", "A 5 MIN READ", "a cookie-free site", "Subscribers agree", "a|b"] {
      #expect(searches[0].1.occur(in: text) == Self.plainOccur(Self.needles, in: text), "\(text)")
    }
  }

  @Test func foldsOnlyLetters() {
    // "@" and "`", "[" and "{" differ by the case bit as letters do: they share a slot but never match.
    let search = FoldedNeedles(["{ab", "a`b"])
    #expect(!search.occur(in: "[AB and A@B"))
    #expect(search.occur(in: "x{AB"))
    #expect(search.occur(in: "xA`B"))
  }
}
