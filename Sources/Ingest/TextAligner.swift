internal import CLibXML2
import Glibc

/// Finds where each piece of text libxml2 decoded stands in the raw markup.
///
/// libxml2 reports lines for elements but no columns, and none for the characters of a text node.
/// Text nodes come in source order, so a cursor moving forward through the markup finds each one
/// right after the tags before it; character references (`&amp;`, `&#8217;`) are decoded while
/// matching so that every scalar gets its exact column.
struct TextAligner {
  let source: SourceIndex
  private(set) var cursor = 0
  /// How far past the cursor to look for text libxml2 moved or invented in recovery.
  private let searchLimit = 4096

  init(source: SourceIndex) {
    self.source = source
  }

  /// Where `text`'s scalars stand in the markup. Most text stands there scalar for scalar: then only the offset of
  /// the first is returned (`contiguousFrom`, with `offsets` empty), and no per-scalar array is built. Otherwise
  /// `offsets` holds each scalar's offset (-1 for each when the text cannot be found) and `contiguousFrom` is -1.
  /// `holdsAmpersand` says whether `text` contains `&` (the caller finds it faster in the bytes it decoded).
  mutating func align(
    _ text: [Unicode.Scalar], raw: Bool, holdsAmpersand: Bool
  ) -> (offsets: [Int32], contiguousFrom: Int) {
    guard !text.isEmpty else { return ([], -1) }
    var start = skipMarkup(from: cursor)
    var attempts = 0
    while start < source.count, attempts < searchLimit {
      if let (offsets, end) = match(text, at: start, raw: raw, holdsAmpersand: holdsAmpersand) {
        cursor = end
        return (offsets, offsets.isEmpty ? start : -1)
      }
      start = skipMarkup(from: start + 1)
      attempts += 1
    }
    let approximate = Int32(min(cursor, max(source.count - 1, 0)))
    return ([Int32](repeating: text.isEmpty ? -1 : approximate, count: text.count), -1)
  }

  /// `align` for ASCII text when it stands byte for byte at the first place `align` tries: that place (the cursor
  /// moved past it, as `align` would), or nil with nothing moved. Compared without widening the text into scalars.
  mutating func alignInPlace(_ text: UnsafeBufferPointer<UInt8>, raw: Bool, holdsAmpersand: Bool) -> Int? {
    guard !text.isEmpty, raw || !holdsAmpersand else { return nil }
    let start = skipMarkup(from: cursor)
    guard start + text.count <= source.count else { return nil }
    // The ASCII mirror of the source holds 0x80 for every other scalar, which no byte of the text equals.
    let equal = source.asciiBytes.withUnsafeBufferPointer { placed in
      memcmp(placed.baseAddress! + start, text.baseAddress!, text.count) == 0
    }
    guard equal else { return nil }
    cursor = start + text.count
    return start
  }

  /// The offset of the comment `<!--text-->` at or after the cursor; moves the cursor past it.
  mutating func alignComment(_ text: String) -> Int {
    guard let start = source.firstOffset(of: "<!--", from: cursor, limit: 1 << 20) else { return cursor }
    if let end = source.firstOffset(of: "-->", from: start + 4) { cursor = end + 3 }
    return start
  }

  // MARK: - Private

  /// The offsets of `text` matched at `start` (empty when it stands there scalar for scalar) and the end of the match.
  private func match(_ text: [Unicode.Scalar], at start: Int, raw: Bool, holdsAmpersand: Bool) -> ([Int32], Int)? {
    let scalars = source.scalars
    // Most places tried fail on their first scalar: turn those away before allocating the offsets.
    guard start < scalars.count else { return nil }
    let first = scalars[start]
    guard first == text[0] || first == "&" || first == "\r" else { return nil }
    if let exact = exactMatch(text, at: start, raw: raw, holdsAmpersand: holdsAmpersand) { return exact }
    var offsets = [Int32](repeating: -1, count: text.count)
    var j = start
    // Walked through buffers: this compares every scalar of every text node with the markup.
    let matched = scalars.withUnsafeBufferPointer { scalars in
      text.withUnsafeBufferPointer { text in
        offsets.withUnsafeMutableBufferPointer { offsets in
          var i = 0
          while i < text.count {
            guard j < scalars.count else { return false }
            let actual = scalars[j]
            let expected = text[i]
            if actual == expected, raw || actual != "&" {
              offsets[i] = Int32(j)
              i += 1
              j += 1
            } else if !raw, actual == "&", let (value, length) = decodeReference(at: j), value == expected {
              offsets[i] = Int32(j)
              i += 1
              j += length
            } else if actual == expected {
              offsets[i] = Int32(j)
              i += 1
              j += 1
            } else if actual == "\r" {
              j += 1
            } else {
              return false
            }
          }
          return true
        }
      }
    }
    return matched ? (offsets, j) : nil
  }

  /// The match when the markup holds `text` scalar for scalar at `start` (most text nodes, and all of a script):
  /// one memory comparison instead of a walk. Without character references only, since `&` may start one. The
  /// offsets are left empty: they run on from `start`.
  private func exactMatch(_ text: [Unicode.Scalar], at start: Int, raw: Bool, holdsAmpersand: Bool) -> ([Int32], Int)? {
    let scalars = source.scalars
    guard start + text.count <= scalars.count, raw || !holdsAmpersand else { return nil }
    let equal = scalars.withUnsafeBufferPointer { scalars in
      text.withUnsafeBufferPointer { text in
        memcmp(scalars.baseAddress! + start, text.baseAddress!, text.count * MemoryLayout<Unicode.Scalar>.stride) == 0
      }
    }
    guard equal else { return nil }
    return ([], start + text.count)
  }

  /// Steps over tags, comments, doctypes and processing instructions starting at `offset`.
  private func skipMarkup(from offset: Int) -> Int {
    let scalars = source.scalars
    var index = offset
    while index + 1 < scalars.count, scalars[index] == "<" {
      let next = scalars[index + 1]
      if next == "!" {
        if source.matches("<!--", at: index) {
          guard let end = source.firstOffset(of: "-->", from: index + 4) else { return scalars.count }
          index = end + 3
        } else {
          index = endOfTag(from: index)
        }
      } else if next == "/" || next == "?" || next.properties.isAlphabetic {
        index = endOfTag(from: index)
      } else {
        break
      }
    }
    return index
  }

  /// The offset just past the `>` that closes the tag starting at `offset`, honouring quoted values.
  private func endOfTag(from offset: Int) -> Int {
    let scalars = source.scalars
    var index = offset + 1
    var quote: Unicode.Scalar?
    let quoteLimit = offset + 4096
    while index < scalars.count {
      let scalar = scalars[index]
      if let open = quote {
        if scalar == open || index > quoteLimit { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        if scalars[index - 1] == "=" || scalars[index - 1] == " " { quote = scalar }
      } else if scalar == ">" {
        return index + 1
      }
      index += 1
    }
    return scalars.count
  }

  /// Decodes a character reference at `offset`: its value and how many scalars it spans.
  private func decodeReference(at offset: Int) -> (Unicode.Scalar, Int)? {
    let scalars = source.scalars
    var index = offset + 1
    guard index < scalars.count else { return nil }
    if scalars[index] == "#" {
      index += 1
      var radix: UInt32 = 10
      if index < scalars.count, scalars[index] == "x" || scalars[index] == "X" {
        radix = 16
        index += 1
      }
      var value: UInt32 = 0
      let digitsStart = index
      while index < scalars.count, index - digitsStart < 8, let digit = hexValue(scalars[index]), digit < radix {
        value = value * radix + digit
        index += 1
      }
      guard index > digitsStart, let scalar = Unicode.Scalar(value) else { return nil }
      if index < scalars.count, scalars[index] == ";" { index += 1 }
      return (scalar, index - offset)
    }
    var name = ""
    while index < scalars.count, index - offset < 32, scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil {
      name.unicodeScalars.append(scalars[index])
      index += 1
    }
    guard !name.isEmpty, index < scalars.count, scalars[index] == ";" else { return nil }
    guard let value = Self.entityValue(name) else { return nil }
    return (value, index + 1 - offset)
  }

  private func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
    switch scalar {
    case "0"..."9": scalar.value - 48
    case "a"..."f": scalar.value - 87
    case "A"..."F": scalar.value - 55
    default: nil
    }
  }

  private static func entityValue(_ name: String) -> Unicode.Scalar? {
    let entry = name.withCString { pointer in
      pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { htmlEntityLookup($0) }
    }
    guard let entry else { return nil }
    return Unicode.Scalar(entry.pointee.value)
  }
}
