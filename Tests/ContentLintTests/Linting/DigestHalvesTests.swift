import Testing
import TextKit

@testable import Linting

@Suite struct DigestHalvesTests {
  /// Filled half by half, each half in its own pass, the halves answer as one table filled in order.
  @Test func halvesFilledApartAnswerAsOneTable() {
    var generator = SplitMix64(state: 42)
    var digests: [UInt128] = [0, .max, 1 << 127]
    for index in 0..<2_000 {
      let random = UInt128(generator.next()) << 64 | UInt128(generator.next())
      digests.append(index % 3 == 0 ? digests[Int(generator.next() % UInt64(digests.count))] : random)
    }
    var whole = DigestTable<Int>()
    var halves = [DigestTable<Int>(), DigestTable<Int>()]
    for half in 0..<2 {
      for (index, digest) in digests.enumerated() where DigestHalves<Int>.half(of: digest) == half {
        halves[half].update(digest, initial: index) { $0 += 1 }
      }
    }
    for (index, digest) in digests.enumerated() { whole.update(digest, initial: index) { $0 += 1 } }
    #expect(halves[0].count > 0 && halves[1].count > 0)
    var split = DigestHalves(halves[0], halves[1])
    for digest in digests { #expect(split[digest] == whole[digest]) }
    split.update(5, initial: 0) { $0 = 7 }
    #expect(split[5] == 7)
    #expect(split[6] == nil)
  }
}
