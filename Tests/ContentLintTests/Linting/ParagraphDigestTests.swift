import Testing

@testable import Linting

@Suite struct ParagraphDigestTests {
  /// The digest is 128-bit FNV-1a; the rule computes it with 64-bit halves, which must agree with the
  /// textbook definition byte for byte (cached summaries and shard signatures carry it).
  @Test(arguments: ["", "a", "therapy helps", "naïve café — 日本語のテキスト", String(repeating: "long paragraph ", count: 200)])
  func matchesTextbookFNV1a128(_ text: String) {
    var expected: UInt128 = 0x6C62_272E_07BB_0142_62B8_2175_6295_C58D
    for byte in text.utf8 {
      expected ^= UInt128(byte)
      expected = expected &* 0x0000_0000_0100_0000_0000_0000_0000_013B
    }
    #expect(DuplicateParagraphRule.digest(text) == expected)
  }
}
