import Testing
import TextKit

@Suite struct ComparisonKeyTests {
  /// The one-pass key and word hashes are exactly what `ComparisonText` and `MinHasher.hash` give.
  @Test(arguments: [
    "", "   ", "Don't  STOP!", "dont stop", "Regular stretching, after a long run: keeps 2 calves supple.",
    "trailing word", "'quoted' words' end'", "tabs\tand\nnew lines\r\nand—dashes", "Ünïcödé TEXT with café",
    "１２３ full-width digits", "ﬁne ligature", "mixed ASCII then é at the end",
    // Words of every length around the four letters a step, with apostrophes at each place and at the end.
    "a ab abc abcd abcde abcdef abcdefg abcdefgh abcdefghi", "abcdefghijklmnopqrstuvwxyz0123456789",
    "a'bcdefgh ab'cdefgh abc'defgh abcd'efgh abcde'fgh abcdefgh'", "abcd'' efgh''ij'", "wordsé", "abcdé",
    "ABCDEFGH'IJ, k.L", "rock'n'roll isn't", "abcd",
  ])
  func matchesComparisonText(_ text: String) {
    let key = ComparisonKey(text)
    let words = ComparisonText(text).words
    #expect(key.text == ComparisonText(text).key)
    #expect(key.wordHashes == words.map(MinHasher.hash))
    #expect(key.wordCount == words.count)
  }

  /// `scanASCII` fed the text's bytes: its key and hashes are `ComparisonText`'s and `MinHasher.hash`'s, its
  /// digest `FNV1a128.hash` of that key; nil when the text is not ASCII.
  @Test(arguments: [
    "", "a", "ab'", "a ab abc abcd abcde abcdef abcdefg abcdefgh abcdefghi", "abcd'efgh ijkl'' mnopq'r",
    "THE QUICK, brown fox's 12 jumps...", "abcdé", "ab é",
  ])
  func scansASCII(_ text: String) {
    let bytes = Array(text.utf8)
    var key = [UInt8](repeating: 0, count: max(1, bytes.count))
    var hashes = [UInt64](repeating: 0, count: ComparisonKey.maximumWordCount(ofASCII: bytes.count) + 1)
    var digest = FNV1a128()
    let scanned = bytes.withUnsafeBufferPointer { bytes in
      key.withUnsafeMutableBufferPointer { key in
        hashes.withUnsafeMutableBufferPointer { hashes in
          ComparisonKey.scanASCII(bytes, key: key.baseAddress!, wordHashes: hashes.baseAddress!, digest: &digest)
        }
      }
    }
    guard let scanned else {
      #expect(bytes.contains { $0 >= 0x80 })
      return
    }
    let expected = ComparisonText(text)
    #expect(String(decoding: key[..<scanned.keyLength], as: UTF8.self) == expected.key)
    #expect(Array(hashes[..<scanned.wordCount]) == expected.words.map(MinHasher.hash))
    #expect(digest.value == FNV1a128.hash(expected.key))
  }
}
