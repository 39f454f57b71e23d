import ContentModel
import Foundation
import Ingest
import Testing
import TextKit

/// `Segmenter.sentences` reads UTF-8 in place and skips ICU for text that cannot break; it must find
/// exactly the sentences of the UTF-16 reading for every text: real posts, their blocks and strings built
/// to hit abbreviations, decimals, quotes, brackets, ellipses, separators, non-ASCII terminators and CJK.
@Suite struct SentenceSegmenterDifferentialTests {
  static let pieces = [
    "Dr. Smith", "dr.", "e.g. this", "i.e.", "etc.", "U.S.", "approx. 3", "(Fig. 2)", "(pp. 4", "no.", "Mr.\u{A0}Lee",
    "3.14", "v1.2.3", "$2.50", "...", "…", "?!", "!", "?", ".", ". ", "\"Quoted.\" ", "‘Single.’ ", "“Curly.” ",
    "(Bracketed.) ", "[1]. ", "a", "word", "Word", "UPPER", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\u{A0}",
    "\u{2028}", "\u{2029}", "\u{85}", "。", "日本語の文", "！", "？", "中文句子", "؟", "۔", "।", "Ελληνικά;", ";",
    "café.", "naïve. ", "\u{212A}elvin.", "İstanbul.", "e\u{301}.", "👩‍👩‍👧.", "St.", "ST.", "Prof.", "inc.)",
    "end.\u{A0}", "end. \u{2028}Next", "\u{FEFF}", "x\u{0}dr.", ",", ":", "—", "-", "'", "’", "1.", "2)",
  ]

  static func expectSame(_ text: String, locale: String = "en", _ comment: String? = nil) {
    let utf8 = text.utf8
    func offsets(_ ranges: [Range<String.Index>]) -> [Range<Int>] {
      ranges.map {
        utf8.distance(from: utf8.startIndex, to: $0.lowerBound)..<utf8.distance(from: utf8.startIndex, to: $0.upperBound)
      }
    }
    let fast = offsets(Segmenter.sentences(in: text, locale: locale))
    let reference = offsets(Segmenter.sentencesFromUTF16(in: text, locale: locale))
    #expect(fast == reference, "\(comment ?? locale): \(text.debugDescription)")
  }

  @Test func generatedTrickyStringsSegmentAsTheUTF16Reading() {
    for piece in Self.pieces {
      Self.expectSame(piece)
      Self.expectSame("Start " + piece + " end")
    }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<4000 {
      var text = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 60) + 1
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += Self.pieces[Int(state >> 33) % Self.pieces.count]
        if state & 1 == 0 { text += " " }
      }
      for locale in ["en", "en-GB", "de", "el", "ja"] { Self.expectSame(text, locale: locale) }
    }
  }

  @Test func samplesAndFixturesSegmentAsTheUTF16Reading() throws {
    var directories = [TestPaths.samples, TestPaths.fixtures]
    // A bench corpus (or any folder of posts) can be checked too: CONTENTLINT_SENTENCE_CORPUS=<folder>.
    if let extra = ProcessInfo.processInfo.environment["CONTENTLINT_SENTENCE_CORPUS"] {
      directories.append(URL(fileURLWithPath: extra))
    }
    let ingester = IngesterRegistry()
    var blocks = 0
    for directory in directories {
      let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?
        .compactMap { $0 as? URL } ?? []
      for file in files where ingester.ingester(forPath: file.path) != nil {
        guard let data = try? Data(contentsOf: file) else { continue }
        if let whole = String(data: data, encoding: .utf8) { Self.expectSame(whole, file.lastPathComponent) }
        guard let document = try? ingester.ingest(Array(data), path: file.lastPathComponent) else { continue }
        for block in document.blocks {
          blocks += 1
          Self.expectSame(block.text, "\(file.lastPathComponent): \(block.text.prefix(60))")
        }
      }
    }
    #expect(blocks > 100)
  }
}
