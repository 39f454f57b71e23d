import Linting
import Testing

@Suite struct SpillStoreTests {
  @Test func recordsReadBackWhetherInMemoryOrSpilledToTheFile() {
    // A limit of 100 bytes sends most of these records to the temporary file, some across a flush.
    let store = SpillStore(memoryLimit: 100)
    var generator = SplitMix64Source(seed: 7)
    let payloads = (0..<300).map { index in (0..<(index % 97)).map { _ in generator.nextByte() } }
    let records = payloads.map { store.append($0) }
    for (record, payload) in zip(records, payloads).reversed() {
      #expect(store.read(record) == payload)
    }
  }

  @Test func aStoreThatNeverSpillsKeepsItsRecordsInMemory() {
    let store = SpillStore()
    let first = store.append(Array("first".utf8))
    let second = store.append(Array("second record".utf8))
    #expect(store.read(second) == Array("second record".utf8))
    #expect(store.read(first) == Array("first".utf8))
    #expect(second.offset == 5)
  }
}

/// Bytes from a fixed seed, so a failing case is the same case next time.
private struct SplitMix64Source {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func nextByte() -> UInt8 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    return UInt8(truncatingIfNeeded: z ^ (z >> 27))
  }
}
