import Testing
import TextKit

@testable import Linting

@Suite struct DigestTableTests {
  /// The table answers exactly as a Dictionary does, through growth and with digests that share a half.
  @Test(arguments: [0, 1, 7, 100, 5_000])
  func behavesLikeADictionary(_ count: Int) {
    var generator = SplitMix64(state: UInt64(count) + 1)
    var table = DigestTable<Int>()
    var reference: [UInt128: Int] = [:]
    var digests: [UInt128] = [0, .max]
    for index in 0..<count {
      let random = UInt128(generator.next()) << 64 | UInt128(generator.next())
      // Some digests repeat, and some differ from another only in one half.
      digests.append(index % 5 == 0 ? digests[Int(generator.next() % UInt64(digests.count))] : random)
      if index % 7 == 0 { digests.append(random ^ (UInt128(1) << 100)) }
    }
    for (index, digest) in digests.enumerated() {
      #expect(table.insertIfAbsent(index, for: digest) == reference[digest])
      if reference[digest] == nil { reference[digest] = index }
      table.update(digest ^ 1, initial: 0) { $0 += 1 }
      reference[digest ^ 1, default: 0] += 1
    }
    #expect(table.count == reference.count)
    for (digest, value) in reference { #expect(table[digest] == value) }
    #expect(!table.contains(0x1234_5678))
    var seen: [UInt128: Int] = [:]
    table.forEach { seen[$0] = $1 }
    #expect(seen == reference)
  }
}
