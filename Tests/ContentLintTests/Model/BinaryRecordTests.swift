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
