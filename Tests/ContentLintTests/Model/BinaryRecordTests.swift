import Testing
import TextKit

@Suite struct BinaryRecordTests {
  @Test func valuesReadBackAsWritten() {
    var writer = BinaryWriter()
    writer.write(0)
    writer.write(-1)
    writer.write(Int.max)
    writer.write(UInt64.max)
    writer.write(fixed: 0x0102_0304_0506_0708)
    writer.write("naïve 日本")
    writer.write([1, 2, 255] as [UInt8])
    var reader = BinaryReader(writer.bytes)
    #expect(reader.readInt() == 0)
    #expect(reader.readInt() == -1)
    #expect(reader.readInt() == Int.max)
    #expect(reader.readUInt64() == UInt64.max)
    #expect(reader.readFixedUInt64() == 0x0102_0304_0506_0708)
    #expect(reader.readString() == "naïve 日本")
    #expect(reader.readBytes() == [1, 2, 255])
    #expect(reader.isAtEnd)
  }

  /// Bytes written in place read back as `write(_ raw:)` writes them, whether their count takes as many
  /// bytes as the room's or fewer; a fill that gives up, or claims more than its room, writes nothing.
  @Test(arguments: [(0, 0), (5, 3), (127, 127), (130, 127), (200, 100), (20_000, 16_384), (20_000, 16_383), (20_000, 5)])
  func bytesWrittenInPlaceReadAsRawBytes(room: Int, written: Int) {
    var writer = BinaryWriter()
    writer.write("before")
    let payload = (0..<written).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let count = writer.writeInPlace(maximumCount: room) { buffer in
      #expect(buffer.count == room)
      for (index, byte) in payload.enumerated() { buffer[index] = byte }
      return written
    }
    #expect(count == written)
    #expect(writer.writeInPlace(maximumCount: room) { _ in nil } == nil)
    #expect(writer.writeInPlace(maximumCount: room) { _ in room + 1 } == nil)
    writer.write("after")
    var expected = BinaryWriter()
    expected.write("before")
    expected.write(payload)
    expected.write("after")
    #expect(writer.bytes == expected.bytes)
  }

  /// A reader started where another one stood reads on from there, and one given an end stops at it.
  @Test func resumesWhereAnotherReaderStoodAndStopsAtItsEnd() {
    var writer = BinaryWriter()
    writer.write("first")
    writer.write([9, 8] as [UInt8])
    writer.write(42)
    writer.write("last")
    var reader = BinaryReader(writer.bytes)
    #expect(reader.readString() == "first")
    #expect(reader.readBytes() == [9, 8])
    let marked = reader.position
    var resumed = BinaryReader(writer.bytes, at: marked)
    #expect(resumed.readInt() == 42)
    #expect(resumed.readString() == "last")
    #expect(resumed.isAtEnd)
    // A reader that ends before a trailer does not read into it.
    var bounded = BinaryReader(writer.bytes, at: 0, end: marked)
    #expect(bounded.readString() == "first")
    #expect(bounded.readBytes() == [9, 8])
    #expect(bounded.isAtEnd)
    #expect(bounded.readInt() == nil)
  }

  @Test(arguments: [
    [UInt8](),  // nothing at all
    [0x80, 0x80],  // an integer that never ends
    [0x05, 0x61],  // a string longer than what is left
    [0x02, 0xFF, 0xFE],  // a string that is not UTF-8
    [0x7F] + [UInt8](repeating: 0, count: 3),  // a count larger than the record
  ])
  func damagedRecordsAreRefusedNotTrappedOn(_ bytes: [UInt8]) {
    var reader = BinaryReader(bytes)
    #expect(reader.readString() == nil)
  }
}
