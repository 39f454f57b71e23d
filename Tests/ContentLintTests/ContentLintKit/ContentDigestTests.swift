@testable import ContentLintKit
import Testing

@Suite struct ContentDigestTests {
  /// Every length around the 32-byte step and its 8-byte tail, and a change of any one byte, or of the
  /// length alone, gives another digest; the same bytes give the same one, whichever way they are handed over.
  @Test func oneChangedByteOrLengthChangesTheDigest() {
    var seen = Set<ContentDigest>()
    let base = (0..<100).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    for length in 0...base.count {
      let bytes = Array(base.prefix(length))
      let digest = ContentDigest(bytes)
      #expect(digest == bytes.withUnsafeBytes { ContentDigest($0) })
      #expect(seen.insert(digest).inserted, "length \(length)")
      for position in 0..<length {
        var changed = bytes
        changed[position] ^= 0x01
        #expect(seen.insert(ContentDigest(changed)).inserted, "length \(length), byte \(position)")
      }
    }
    // Zeros of different lengths, and two words swapped between lanes.
    #expect(ContentDigest([UInt8](repeating: 0, count: 40)) != ContentDigest([UInt8](repeating: 0, count: 48)))
    let words = (0..<64).map { UInt8($0) }
    let swapped = Array(words[8..<16] + words[0..<8] + words[16...])
    #expect(ContentDigest(words) != ContentDigest(swapped))
    #expect(ContentDigest(words, seed: 1) != ContentDigest(words))
  }
}
