/// A few lower-case ASCII strings searched for, case-folded, in ASCII bytes.
///
/// Each needle is found by its rarest byte (by English letter frequency): a scan looks at every byte once in
/// a 256-entry table and compares needles only where one of those anchor bytes stands, a few bytes in a
/// hundred of prose. Any occurrence of a needle puts its anchor byte at the anchor's offset, so none is missed.
struct FoldedNeedles: Sendable {
  private struct Anchored: Sendable {
    var bytes: [UInt8]
    /// Where the anchor byte stands in `bytes`.
    var offset: Int
  }

  /// Non-zero for an anchor byte, in either case.
  private var isAnchor = [UInt8](repeating: 0, count: 256)
  /// Needles by their lower-case anchor byte.
  private var needles = [[Anchored]](repeating: [], count: 128)

  /// Letters from the most to the least frequent in English: the later, the better an anchor.
  private static let letterFrequencyOrder = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)

  /// - Parameter strings: non-empty, lower-case ASCII.
  init(_ strings: [String]) {
    for string in strings {
      let bytes = Array(string.utf8)
      guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
      let offset = bytes.indices.max { Self.rarity(bytes[$0]) < Self.rarity(bytes[$1]) }!
      let anchor = bytes[offset]
      needles[Int(anchor)].append(Anchored(bytes: bytes, offset: offset))
      isAnchor[Int(anchor)] = 1
      if anchor >= 0x61 && anchor <= 0x7A { isAnchor[Int(anchor - 0x20)] = 1 }
    }
  }

  /// How rare a byte is in prose: spaces least, then letters by frequency, then digits, then punctuation.
  private static func rarity(_ byte: UInt8) -> Int {
    if byte == 0x20 { return -2 }
    if let rank = letterFrequencyOrder.firstIndex(of: byte) { return rank }
    if byte >= 0x30 && byte <= 0x39 { return 12 }
    return 30
  }

  /// True when `bytes` (ASCII) hold one of the needles, ignoring ASCII case.
  func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    isAnchor.withUnsafeBufferPointer { isAnchor in
      for index in 0..<bytes.count where isAnchor[Int(bytes[index])] != 0 {
        for needle in needles[Int(Self.folded(bytes[index]))] where Self.hasFolded(needle, in: bytes, at: index) {
          return true
        }
      }
      return false
    }
  }

  @inline(__always)
  private static func hasFolded(_ needle: Anchored, in bytes: UnsafeBufferPointer<UInt8>, at anchor: Int) -> Bool {
    let start = anchor - needle.offset
    guard start >= 0, start + needle.bytes.count <= bytes.count else { return false }
    for offset in needle.bytes.indices where folded(bytes[start + offset]) != needle.bytes[offset] { return false }
    return true
  }

  @inline(__always)
  private static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
