@testable import Linting
import Testing
import TextKit

@Suite struct RadixSorterTests {
  /// The radix sort (and the comparison sort it uses below 64 keys) gives exactly the stable order, duplicates
  /// and extremes included, with as many buckets as the count calls for (from 64 to 65,536).
  @Test(arguments: [0, 1, 2, 63, 64, 65, 300, 4_095, 4_096, 5_000, 20_000, 70_000])
  func sortsStablyLikeAComparisonSort(_ count: Int) {
    var generator = SplitMix64(state: UInt64(count))
    // Keys sharing their top 16 bits land in one bucket: crowded buckets take the other path.
    let crowded = (0..<100).map { 0xABCD_0000_0000_0000 | UInt64($0 % 37) }
    let pool: [UInt64] = [0, 1, .max, .max - 1, 0x0100_0000_0000_0000] + crowded + (0..<20).map { _ in generator.next() }
    let keys = (0..<count).map { index in index % 3 == 0 ? pool[Int(generator.next() % UInt64(pool.count))] : generator.next() }
    var items = keys.enumerated().map { KeyedPlace(key: $1, place: Int32($0)) }
    var sorter = RadixSorter()
    sorter.sort(&items)
    let expected = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    #expect(items.map { Int($0.place) } == expected)
    #expect(items.map(\.key) == expected.map { keys[$0] })
    // The sorter keeps its buffers: a second sort of other keys must not see the first one's.
    var again = keys.reversed().enumerated().map { KeyedPlace(key: $1, place: Int32($0)) }
    sorter.sort(&again)
    let reversed = Array(keys.reversed())
    #expect(again.map { Int($0.place) } == reversed.indices.sorted { reversed[$0] != reversed[$1] ? reversed[$0] < reversed[$1] : $0 < $1 })
    // Nor a sort of another size, which takes another number of buckets.
    let fewer = Array(keys.prefix(count / 3))
    var third = fewer.enumerated().map { KeyedPlace(key: $1, place: Int32($0)) }
    sorter.sort(&third)
    #expect(third.map { Int($0.place) } == fewer.indices.sorted { fewer[$0] != fewer[$1] ? fewer[$0] < fewer[$1] : $0 < $1 })
  }
}
