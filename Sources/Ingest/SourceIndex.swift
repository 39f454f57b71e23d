import ContentModel
import Glibc
import TextKit

/// The decoded source as scalars, with a line index: turns scalar offsets into lines and columns.
struct SourceIndex {
  let scalars: [Unicode.Scalar]
  /// One byte per scalar: the scalar itself when it is ASCII, 0x80 otherwise. Text that stands in the markup
  /// as it reads is compared and copied from here a byte (or eight) at a time rather than four bytes a scalar.
  let asciiBytes: [UInt8]
  /// Offset of the first scalar of each line.
  private let lineStarts: [Int]

  init(_ source: String) {
    var source = source
    var scalars: [Unicode.Scalar] = []
    var asciiBytes: [UInt8] = []
    var lineStarts = [0]
    // Scalars and line starts in one pass over the bytes; "\r\n" is one line end.
    source.withUTF8 { bytes in
      // Written straight into the array's storage: a page has as many scalars as bytes or fewer.
      // Not for an empty source: no capacity writes a count into the empty-array singleton threads share.
      guard !bytes.isEmpty else { return }
      // The mirror is filled alongside the scalars, in the same pass.
      asciiBytes = [UInt8](unsafeUninitializedCapacity: bytes.count) { mirrorBuffer, mirrorCount in
      let mirror = mirrorBuffer.baseAddress!
        scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
          var index = 0
          var count = 0
          var afterCarriageReturn = false
          while index < bytes.count {
            // Eight bytes of ASCII above carriage return (most of a page) are widened with no test per byte: with
            // every byte under 0x80, subtracting 0x0E from each borrows into a top bit only below 0x0E.
            if index &+ 8 <= bytes.count {
              let word = ByteLanes.load(bytes.baseAddress!, at: index)
              if (word | (word &- ByteLanes.ones &* 0x0E)) & ByteLanes.top == 0 {
                UnsafeMutableRawPointer(mirror + count).storeBytes(of: word.littleEndian, as: UInt64.self)
                for lane in 0..<8 {
                  buffer[count &+ lane] = Unicode.Scalar(UInt8(truncatingIfNeeded: word &>> UInt64(lane &* 8)))
                }
                index &+= 8
                count &+= 8
                afterCarriageReturn = false
                continue
              }
            }
            let byte = bytes[index]
            let scalar: Unicode.Scalar
            if byte < 0x80 {
              scalar = Unicode.Scalar(byte)
              index += 1
            } else {
              let (decoded, length) = UTF8Scalar.decode(bytes, at: index)
              scalar = decoded
              index += length
            }
            buffer[count] = scalar
            mirror[count] = byte < 0x80 ? byte : 0x80
            count += 1
            if byte == 0x0A {
              if afterCarriageReturn {
                lineStarts[lineStarts.count - 1] = count
              } else {
                lineStarts.append(count)
              }
              afterCarriageReturn = false
            } else if byte == 0x0D {
              lineStarts.append(count)
              afterCarriageReturn = true
            } else {
              afterCarriageReturn = false
            }
          }
          initialized = count
          mirrorCount = count
        }
      }
    }
    self.scalars = scalars
    self.asciiBytes = asciiBytes
    self.lineStarts = lineStarts
  }

  var count: Int { scalars.count }

  /// The offset of the first scalar of a 1-based line (the end of the text past the last line).
  func offset(ofLine line: Int) -> Int {
    line >= 1 && line <= lineStarts.count ? lineStarts[line - 1] : scalars.count
  }

  func position(of offset: Int) -> SourcePosition {
    let line = lineStarts.lastIndex(withKeyAtMost: offset) { $0 }
    return SourcePosition(line: line + 1, column: offset - lineStarts[line] + 1)
  }

  /// `position(of:)` for offsets met mostly in order, as a block's text is: `line` (an index into the line
  /// starts, kept by the caller between calls) is tried before the binary search over every line.
  func position(of offset: Int, near line: inout Int) -> SourcePosition {
    if line < lineStarts.count, lineStarts[line] <= offset, line + 1 == lineStarts.count || offset < lineStarts[line + 1] {
      return SourcePosition(line: line + 1, column: offset - lineStarts[line] + 1)
    }
    let position = position(of: offset)
    line = position.line - 1
    return position
  }

  /// True when the scalars at `offset` spell `text` (ASCII, compared case-insensitively).
  func matches(_ text: String, at offset: Int) -> Bool {
    var index = offset
    for expected in text.unicodeScalars {
      guard index < scalars.count else { return false }
      let actual = scalars[index]
      guard actual == expected || Self.asciiLower(actual) == Self.asciiLower(expected) else { return false }
      index += 1
    }
    return true
  }

  /// The offset of the next occurrence of `text` at or after `offset` (ASCII, case-insensitive), within `limit`.
  func firstOffset(of text: String, from offset: Int, limit: Int = .max) -> Int? {
    guard let first = text.unicodeScalars.first else { return nil }
    // Compared scalar by scalar without building strings: this runs once per block over up to `limit` scalars.
    let lowerFirst = Self.asciiLower(first)
    var index = max(0, offset)
    let end = limit == .max ? scalars.count : min(scalars.count, offset + limit)
    if first.isASCII, !Self.isASCIILetter(first) {
      // A first scalar with one case stands in the ASCII mirror exactly where it stands in the text: candidates
      // are found by memchr rather than scalar by scalar.
      return asciiBytes.withUnsafeBufferPointer { ascii -> Int? in
        guard let base = ascii.baseAddress else { return nil }
        while index < end {
          guard let found = memchr(base + index, Int32(first.value), end - index) else { return nil }
          index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
          if matches(text, at: index) { return index }
          index += 1
        }
        return nil
      }
    }
    while index < end {
      if Self.asciiLower(scalars[index]) == lowerFirst, matches(text, at: index) {
        return index
      }
      index += 1
    }
    return nil
  }

  /// True when the source at `offset` spells `name` (ASCII bytes; letters compared case-insensitively), read
  /// from the ASCII mirror, where a scalar that is not ASCII stands as 0x80 and so matches no byte of `name`.
  func matchesASCII(_ name: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard offset >= 0, offset + name.count <= asciiBytes.count else { return false }
    return asciiBytes.withUnsafeBufferPointer { ascii in
      for index in 0..<name.count {
        let actual = ascii[offset &+ index]
        let expected = name[index]
        guard actual == expected || Self.asciiLower(actual) == Self.asciiLower(expected) else { return false }
      }
      return true
    }
  }

  /// `firstOffset(of: "</" + name, from:, limit:)` for an ASCII `name`, matched in the ASCII mirror with no
  /// string made: each `<` in `offset ..< offset + limit` is found by memchr.
  func firstOffset(ofEndTag name: UnsafeBufferPointer<UInt8>, from offset: Int, limit: Int) -> Int? {
    var index = max(0, offset)
    let end = min(asciiBytes.count, offset + limit)
    return asciiBytes.withUnsafeBufferPointer { ascii -> Int? in
      guard let base = ascii.baseAddress else { return nil }
      while index < end {
        guard let found = memchr(base + index, 0x3C, end - index) else { return nil }
        index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        if index + 1 < ascii.count, ascii[index + 1] == 0x2F, matchesASCII(name, at: index + 2) { return index }
        index += 1
      }
      return nil
    }
  }

  /// The offset of the last `byte` (ASCII) in `floor..<end`, read from the ASCII mirror.
  func lastOffset(ofASCII byte: UInt8, in floor: Int, before end: Int) -> Int? {
    let floor = max(0, floor)
    let end = min(end, asciiBytes.count)
    guard floor < end else { return nil }
    return asciiBytes.withUnsafeBufferPointer { ascii -> Int? in
      var index = end
      while index > floor {
        index &-= 1
        if ascii[index] == byte { return index }
      }
      return nil
    }
  }

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value | 0x20
    return value >= 0x61 && value <= 0x7A
  }

  /// ASCII letters folded to lower case; every other byte unchanged.
  private static func asciiLower(_ byte: UInt8) -> UInt8 {
    byte &- 65 < 26 ? byte &+ 32 : byte
  }

  /// ASCII letters folded to lower case; every other scalar unchanged.
  private static func asciiLower(_ scalar: Unicode.Scalar) -> UInt32 {
    let value = scalar.value
    return value >= 65 && value <= 90 ? value + 32 : value
  }
}
