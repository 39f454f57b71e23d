/// Writes values as compact bytes: unsigned LEB128 integers, length-prefixed UTF-8 strings, fixed 64-bit
/// words. Used for records the tool keeps out of memory (spilled summaries, cache entries); the layout is
/// private to the tool and versioned by whoever stores it.
public struct BinaryWriter: Sendable {
  public private(set) var bytes: [UInt8] = []

  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  public mutating func write(_ value: Int) {
    write(UInt64(bitPattern: Int64(value)))
  }

  public mutating func write(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  public mutating func write(fixed value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  public mutating func write(_ text: String) {
    write(text.utf8.count)
    bytes.append(contentsOf: text.utf8)
  }

  public mutating func write(_ raw: [UInt8]) {
    write(raw.count)
    bytes.append(contentsOf: raw)
  }

  /// Bytes as they are, with no count: a record assembled from parts already written.
  public mutating func write(contentsOf raw: ArraySlice<UInt8>) {
    bytes.append(contentsOf: raw)
  }

  /// How many bytes are written.
  public var count: Int { bytes.count }

  /// Drops what was written after the first `count` bytes: a record that turned out not to be wanted.
  public mutating func truncate(to count: Int) {
    bytes.removeLast(bytes.count - count)
  }

  /// Appends `count` zero bytes as copies of a block of zeros: the array's copy of contiguous bytes is a
  /// memory copy, where a `repeatElement` goes element by element.
  private mutating func appendZeros(_ count: Int) {
    var left = count
    Self.zeros.withUnsafeBufferPointer { zeros in
      while left > 0 {
        let chunk = min(left, zeros.count)
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: zeros[..<chunk]))
        left -= chunk
      }
    }
  }

  private static let zeros = [UInt8](repeating: 0, count: 4096)

  /// Writes what `fill` puts in place as `write(_ raw:)` writes bytes: their count, then them, with no array
  /// of its own in between. `fill` gets room for `maximumCount` bytes and returns how many it wrote, or nil
  /// to write nothing.
  public mutating func writeInPlace(maximumCount: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Int?) -> Int? {
    let start = bytes.count
    let reserved = Self.encodedLength(UInt64(maximumCount))
    appendZeros(reserved + maximumCount)
    let written = bytes.withUnsafeMutableBufferPointer { all in
      fill(UnsafeMutableBufferPointer(rebasing: all[(start + reserved)...]))
    }
    guard let written, (0...maximumCount).contains(written) else {
      truncate(to: start)
      return nil
    }
    let length = Self.encodedLength(UInt64(written))
    bytes.withUnsafeMutableBufferPointer { all in
      let record = all.baseAddress! + start
      // The count rarely takes fewer bytes than the room kept for it; then the bytes move down to it.
      if length < reserved {
        for index in 0..<written { record[length + index] = record[reserved + index] }
      }
      var rest = UInt64(written)
      var at = 0
      while rest >= 0x80 {
        record[at] = UInt8(truncatingIfNeeded: rest) | 0x80
        rest >>= 7
        at += 1
      }
      record[at] = UInt8(rest)
    }
    truncate(to: start + length + written)
    return written
  }

  private static func encodedLength(_ value: UInt64) -> Int {
    var length = 1
    var rest = value
    while rest >= 0x80 {
      rest >>= 7
      length += 1
    }
    return length
  }
}

/// Reads what `BinaryWriter` wrote. Every read returns nil instead of trapping when the bytes run out or
/// do not hold what was asked for, so a damaged record is refused rather than crashing the run.
public struct BinaryReader {
  private let bytes: [UInt8]
  private var offset = 0
  /// Where the record ends: the bytes after it (a trailer) are not the reader's.
  private let end: Int

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    end = bytes.count
  }

  /// Reads from `offset` to `end` (by default the last byte): `offset` is a place an earlier reader of the
  /// same bytes noted with `position`, `end` keeps a trailer out of the record without copying it.
  public init(_ bytes: [UInt8], at offset: Int, end: Int? = nil) {
    self.bytes = bytes
    self.end = min(max(0, end ?? bytes.count), bytes.count)
    self.offset = min(max(0, offset), self.end)
  }

  public var isAtEnd: Bool { offset == end }

  /// How many bytes have been read.
  public var position: Int { offset }

  public mutating func readUInt64() -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while offset < end, shift < 64 {
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }

  public mutating func readInt() -> Int? {
    readUInt64().map { Int(Int64(bitPattern: $0)) }
  }

  /// A count of items still to read, refused when even one byte per item would overrun the record.
  public mutating func readCount() -> Int? {
    guard let count = readInt(), count >= 0, count <= end - offset else { return nil }
    return count
  }

  public mutating func readFixedUInt64() -> UInt64? {
    guard end - offset >= 8 else { return nil }
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
    offset += 8
    return value
  }

  /// `count` fixed 64-bit words in one copy, as `readFixedUInt64` reads them one by one; nil when the record
  /// holds fewer. A cached summary's band keys and digests are most of its record.
  public mutating func readFixedUInt64s(count: Int) -> [UInt64]? {
    guard count >= 0, (end - offset) / 8 >= count else { return nil }
    guard count > 0 else { return [] }
    let start = offset
    offset += count * 8
    return bytes.withUnsafeBytes { raw in
      [UInt64](unsafeUninitializedCapacity: count) { words, initialized in
        let source = raw.baseAddress! + start
        for index in 0..<count {
          words[index] = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
        }
        initialized = count
      }
    }
  }

  /// Where the bytes `readBytes` would return lie in the record, without copying them.
  public mutating func readByteRange() -> Range<Int>? {
    guard let count = readCount() else { return nil }
    defer { offset += count }
    return offset..<(offset + count)
  }

  public mutating func readString() -> String? {
    guard let raw = readBytes() else { return nil }
    return String(validating: raw, as: UTF8.self)
  }

  public mutating func readBytes() -> [UInt8]? {
    guard let count = readCount() else { return nil }
    defer { offset += count }
    return Array(bytes[offset..<(offset + count)])
  }
}
