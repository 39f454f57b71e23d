/// A few lower-case ASCII strings searched for, case-folded, in ASCII bytes: a bit table of the first two
/// bytes of every needle turns away almost every position with one lookup, before any needle is compared.
struct FoldedNeedles: Sendable {
  private var pairs = [UInt64](repeating: 0, count: 1024)
  /// Needles by their first byte.
  private var needles = [[[UInt8]]](repeating: [], count: 128)

  /// - Parameter strings: non-empty, lower-case ASCII.
  init(_ strings: [String]) {
    for string in strings {
      let bytes = Array(string.utf8)
      guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
      needles[Int(first)].append(bytes)
      if bytes.count >= 2 {
        mark(first, bytes[1])
      } else {
        for second in 0..<256 { mark(first, UInt8(second)) }
      }
    }
  }

  private mutating func mark(_ first: UInt8, _ second: UInt8) {
    let pair = Int(first) << 8 | Int(second)
    pairs[pair >> 6] |= 1 << UInt64(pair & 63)
  }

  /// True when `bytes` (ASCII) hold one of the needles, ignoring ASCII case.
  func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !bytes.isEmpty else { return false }
    return pairs.withUnsafeBufferPointer { pairs in
      var current = Self.folded(bytes[0])
      for index in 0..<bytes.count {
        // A one-byte needle is marked with every second byte, the zero after the last byte included.
        let next = index + 1 < bytes.count ? Self.folded(bytes[index + 1]) : 0
        let pair = Int(current) << 8 | Int(next)
        if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
          for needle in needles[Int(current)] where Self.hasFolded(needle, in: bytes, at: index) { return true }
        }
        current = next
      }
      return false
    }
  }

  @inline(__always)
  private static func hasFolded(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    guard start + needle.count <= bytes.count else { return false }
    for offset in needle.indices where folded(bytes[start + offset]) != needle[offset] { return false }
    return true
  }

  @inline(__always)
  private static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
