/// Byte-level cues an ASCII line must show before any phrase of a list can match it, so that a classifier
/// turns ordinary prose away without building a String: a phrase the line must start with needs its first
/// word at the start of the line's first word, a phrase searched for anywhere needs its bytes somewhere.
///
/// Conservative by construction: the cues say only "cannot match"; a line that shows one is tested in full.
struct LineCues: Sendable {
  /// First words of the start phrases, by their first byte.
  private var starts = [[[UInt8]]](repeating: [], count: 128)
  /// Text searched for anywhere, by its first byte.
  private var needles = [[[UInt8]]](repeating: [], count: 128)
  /// An empty phrase matches every line.
  private var admitsAll = false

  /// - Parameters:
  ///   - firstWordStarts: lower-case phrases a matching line (or its words joined by spaces) starts with.
  ///   - anywhere: lower-case text a matching line holds.
  init(firstWordStarts: [String], anywhere: [String]) {
    for phrase in firstWordStarts {
      let bytes = Array(phrase.utf8)
      if bytes.isEmpty { admitsAll = true }
      guard let first = bytes.first, first < 0x80 else { continue }  // only non-ASCII lines start so
      if Self.isWordByte(first) {
        starts[Int(first)].append(Array(bytes.prefix(while: Self.isWordByte)))
      } else {
        needles[Int(first)].append(bytes)
      }
    }
    for needle in anywhere {
      let bytes = Array(needle.utf8)
      if bytes.isEmpty { admitsAll = true }
      guard let first = bytes.first, first < 0x80 else { continue }  // only non-ASCII lines hold it
      needles[Int(first)].append(bytes)
    }
  }

  /// False only when no phrase can match `text`, which must be ASCII.
  func mayMatch(_ text: String) -> Bool {
    if admitsAll { return true }
    var text = text
    return text.withUTF8 { bytes in
      var start = 0
      while start < bytes.count, !Self.isWordByte(bytes[start]) { start += 1 }
      if start < bytes.count {
        for word in starts[Int(Self.folded(bytes[start]))] where Self.hasFolded(word, in: bytes, at: start) {
          return true
        }
      }
      for index in bytes.indices {
        let byte = Self.folded(bytes[index])
        guard byte < 0x80 else { continue }
        for needle in needles[Int(byte)] where Self.hasFolded(needle, in: bytes, at: index) { return true }
      }
      return false
    }
  }

  @inline(__always)
  private static func hasFolded(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    guard start + pattern.count <= bytes.count else { return false }
    for offset in pattern.indices where folded(bytes[start + offset]) != pattern[offset] { return false }
    return true
  }

  /// Letters, digits and the apostrophe: what the classifier's ASCII words are made of.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27
  }

  @inline(__always)
  private static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
