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

  /// A part of a record reads as the same bytes of the whole, in memory, spilled or referenced; a range
  /// outside the record reads as empty.
  @Test func partsOfRecordsReadAsTheSameBytesOfTheWhole() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("record.post", Array("header|referenced details|trailer".utf8)).path
    let store = SpillStore(memoryLimit: 64)
    var generator = SplitMix64(state: 11)
    let payloads = (0..<40).map { index in (0..<(10 + index)).map { _ in UInt8.random(in: 0...255, using: &generator) } }
    let records = payloads.map { store.append($0) }
    for (record, payload) in zip(records, payloads) {
      for range in [0..<1, 3..<7, 0..<payload.count, (payload.count - 2)..<payload.count] {
        #expect(store.read(record, bytes: range) == Array(payload[range]))
      }
      #expect(store.read(record, bytes: 0..<(payload.count + 1)).isEmpty)
    }
    let reference = store.reference(SpillStore.Origin(path: path, offset: 7), count: 18)
    #expect(store.read(reference, bytes: 11..<18) == Array("details".utf8))
    #expect(store.read(reference, bytes: 11..<19).isEmpty)
  }

  @Test func aStoreThatNeverSpillsKeepsItsRecordsInMemory() {
    let store = SpillStore()
    let first = store.append(Array("first".utf8))
    let second = store.append(Array("second record".utf8))
    #expect(store.read(second) == Array("second record".utf8))
    #expect(store.read(first) == Array("first".utf8))
    #expect(second.offset == 5)
  }

  /// A reference reads its bytes from the file it names, mixed freely with appended records; a file that is
  /// gone reads as empty, which the duplicate rule's decoder refuses rather than misreport.
  @Test func referencesReadFromTheirFileAmongAppendedRecords() throws {
    let folder = try TemporaryFolder()
    let bytes = Array("header|the details of a cached post|trailer".utf8)
    let path = try folder.write("record.post", bytes).path
    let store = SpillStore(memoryLimit: 8)
    let before = store.append(Array("own bytes".utf8))
    let reference = store.reference(SpillStore.Origin(path: path, offset: 0).advanced(by: 7), count: 28)
    let after = store.append(Array("more own bytes".utf8))
    #expect(store.read(reference) == Array("the details of a cached post".utf8))
    #expect(store.read(before) == Array("own bytes".utf8))
    #expect(store.read(after) == Array("more own bytes".utf8))
    let missing = store.reference(SpillStore.Origin(path: path + ".gone", offset: 0), count: 4)
    #expect(store.read(missing).isEmpty)
    let pastTheEnd = store.reference(SpillStore.Origin(path: path, offset: bytes.count - 2), count: 4)
    #expect(store.read(pastTheEnd).isEmpty)
  }
}
