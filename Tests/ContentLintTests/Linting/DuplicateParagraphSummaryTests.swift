import ContentModel
import Ingest
@testable import Linting
import Testing
import TextKit

/// A post's summary, written in one pass over each block's bytes, holds what the rule's parts give one
/// by one: per compared block its digest, band keys and entry (place, excerpt, normalised text).
@Suite struct DuplicateParagraphSummaryTests {
  @Test func theOnePassSummaryHoldsWhatEachPartGives() throws {
    let long = String(repeating: "Stretching after a long run keeps the calves supple ", count: 4)
    let paragraphs = [
      "Discover how individual psychotherapy supports mental well-being and promotes emotional resilience.",
      long + "   and then some.",
      // Trailing spaces where the excerpt is cut, and a text of more than 127 bytes whose key is shorter.
      String(repeating: "a", count: 70) + "        " + String(repeating: "b c ", count: 30),
      "Ünïcödé TEXT with café and naïve words, don’t forget the ﬁne ligature in this paragraph here.",
      "Too short to compare.",
      "Don't  STOP!  Keep going through the long run, past the last mile marker and the finish line.",
    ]
    let text = paragraphs.joined(separator: "\n\n")
    try expectSummaryMatchesParts(of: text, compared: 5)
    // 130 blocks worth a look, 125 compared: the count of entries takes one byte fewer than the room kept.
    let many = (0..<130).map { $0 % 26 == 0 ? "Short one \($0)." : "Paragraph \($0) has enough words in it to be compared with the others." }
    try expectSummaryMatchesParts(of: many.joined(separator: "\n\n"), compared: 125)
  }

  private func expectSummaryMatchesParts(of text: String, compared expected: Int) throws {
    let document = try TextIngester().ingest(Array(text.utf8), path: "post.txt")
    for options in [RuleOptions(), RuleOptions(["near": .bool(false)])] {
      let rule = try DuplicateParagraphRule(options: options)
      let summary = rule.summarize(document)
      let compared = rule.comparedBlocks(of: document)
      #expect(compared.count == expected)
      #expect(summary.digests == compared.map { DuplicateParagraphRule.digest($0.1.text) })
      let bands = compared.flatMap { block, key in
        rule.reportsNear ? rule.hasher.bands(of: rule.hasher.signature(ofWordHashes: key.wordHashes), bands: rule.bandCount) : []
      }
      #expect(summary.bands == bands)
      var reader = DuplicateParagraphRule.EntryReader(rule: rule, summaries: [summary])
      for (index, (block, key)) in compared.enumerated() {
        let entry = reader.entry(DuplicateParagraphRule.Seen(document: 0, entry: index))
        #expect(entry.range == block.textRange)
        #expect(entry.extent == block.extent)
        #expect(entry.excerpt == block.text.excerpt())
        #expect(entry.key == key.text)
      }
      var whole = BinaryReader(rule.details.read(summary.details))
      #expect(whole.readCount() == compared.count)
    }
  }
}
