import ContentModel
import TextKit

/// The decoded source as scalars, with a line index: turns scalar offsets into lines and columns.
struct SourceIndex {
  let scalars: [Unicode.Scalar]
  /// Offset of the first scalar of each line.
  private let lineStarts: [Int]

  init(_ source: String) {
    var source = source
    var scalars: [Unicode.Scalar] = []
    var lineStarts = [0]
    // Scalars and line starts in one pass over the bytes; "\r\n" is one line end.
    source.withUTF8 { bytes in
      scalars.reserveCapacity(bytes.count)
      var index = 0
      var afterCarriageReturn = false
      while index < bytes.count {
        let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
        scalars.append(scalar)
        index += length
        if scalar == "\n" {
          if afterCarriageReturn {
            lineStarts[lineStarts.count - 1] = scalars.count
          } else {
            lineStarts.append(scalars.count)
          }
          afterCarriageReturn = false
        } else if scalar == "\r" {
          lineStarts.append(scalars.count)
          afterCarriageReturn = true
        } else {
          afterCarriageReturn = false
        }
      }
    }
    self.scalars = scalars
    self.lineStarts = lineStarts
  }

  var count: Int { scalars.count }

  /// The offset of the first scalar of a 1-based line (the end of the text past the last line).
  func offset(ofLine line: Int) -> Int {
    line >= 1 && line <= lineStarts.count ? lineStarts[line - 1] : scalars.count
  }

  func position(of offset: Int) -> SourcePosition {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return SourcePosition(line: low + 1, column: offset - lineStarts[low] + 1)
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
    while index < end {
      if Self.asciiLower(scalars[index]) == lowerFirst, matches(text, at: index) {
        return index
      }
      index += 1
    }
    return nil
  }

  /// ASCII letters folded to lower case; every other scalar unchanged.
  private static func asciiLower(_ scalar: Unicode.Scalar) -> UInt32 {
    let value = scalar.value
    return value >= 65 && value <= 90 ? value + 32 : value
  }
}
