import Linting
import Testing
import TextKit

@Suite struct SpillStoreTests {
  @Test func recordsReadBackWhetherInMemoryOrSpilledToTheFile() {
    // A limit of 100 bytes sends most of these records to the temporary file, some across a flush.
    let store = SpillStore(memoryLimit: 100)
    var generator = SplitMix64(state: 7)
    let payloads = (0..<300).map { index in (0..<(index % 97)).map { _ in UInt8.random(in: 0...255, using: &generator) } }
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
