/// A few lower-case ASCII strings searched for, case-folded, in ASCII bytes.
///
/// Each needle is found by its rarest byte (by English letter frequency): a scan looks at every byte once in
/// a 256-entry table and compares needles only where one of those anchor bytes stands, a few bytes in a
/// hundred of prose. Any occurrence of a needle puts its anchor byte at the anchor's offset, so none is missed.
/// At an anchor a needle's first eight bytes are compared in one word, so that the many anchors that start
/// no needle cost a load and a compare each.
struct FoldedNeedles: Sendable {
  private struct Needle: Sendable {
    /// Where the anchor byte stands in the needle.
    var offset: Int
    var count: Int
    /// Where the needle's bytes start in `storage`.
    var storageStart: Int
    /// The needle's first eight bytes (fewer for a shorter needle), little-endian.
    var head: UInt64
    /// 0xFF in each lane `head` holds.
    var headMask: UInt64
    /// 0x20 in each lane of `head` that holds a letter: a text byte with that bit set is the letter in
    /// either case.
    var headFold: UInt64
  }

  /// Non-zero for an anchor byte, in either case.
  private var isAnchor = [UInt8](repeating: 0, count: 256)
  /// The needles anchored on lower-case byte b are `needles[firstNeedle[b]..<firstNeedle[b + 1]]`.
  private var firstNeedle = [Int](repeating: 0, count: 129)
  private var needles: [Needle] = []
  /// Every needle's bytes, one after another.
  private var storage: [UInt8] = []

  /// Letters from the most to the least frequent in English: the later, the better an anchor.
  private static let letterFrequencyOrder = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)

  /// - Parameter strings: non-empty, lower-case ASCII.
  init(_ strings: [String]) {
    var byAnchor = [[Needle]](repeating: [], count: 128)
    for string in strings {
      let bytes = Array(string.utf8)
      guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
      let offset = bytes.indices.max { Self.rarity(bytes[$0]) < Self.rarity(bytes[$1]) }!
      let anchor = bytes[offset]
      var needle = Needle(
        offset: offset, count: bytes.count, storageStart: storage.count, head: 0, headMask: 0, headFold: 0)
      for (lane, byte) in bytes.prefix(8).enumerated() {
        let shift = UInt64(lane * 8)
        needle.head |= UInt64(byte) << shift
        needle.headMask |= 0xFF << shift
        if byte >= 0x61 && byte <= 0x7A { needle.headFold |= 0x20 << shift }
      }
      storage += bytes
      byAnchor[Int(anchor)].append(needle)
      isAnchor[Int(anchor)] = 1
      if anchor >= 0x61 && anchor <= 0x7A { isAnchor[Int(anchor - 0x20)] = 1 }
    }
    for anchor in 0..<128 {
      firstNeedle[anchor] = needles.count
      needles += byAnchor[anchor]
    }
    firstNeedle[128] = needles.count
  }

  /// How rare a byte is in prose: spaces least, then letters by frequency, then digits, then punctuation.
  private static func rarity(_ byte: UInt8) -> Int {
    if byte == 0x20 { return -2 }
    if let rank = letterFrequencyOrder.firstIndex(of: byte) { return rank }
    if byte >= 0x30 && byte <= 0x39 { return 12 }
    return 30
  }

  /// True when `text` (ASCII) holds one of the needles, ignoring ASCII case.
  func occur(in text: String) -> Bool {
    var text = text
    return text.withUTF8 { occur(in: $0) }
  }

  /// True when `bytes` (ASCII) hold one of the needles, ignoring ASCII case.
  func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    return isAnchor.withUnsafeBufferPointer { isAnchor in
      firstNeedle.withUnsafeBufferPointer { firstNeedle in
        needles.withUnsafeBufferPointer { needles in
          storage.withUnsafeBufferPointer { storage in
            var index = 0
            while index < count {
              let byte = base[index]
              if isAnchor[Int(byte)] != 0 {
                let anchor = Int(Self.folded(byte))
                for slot in firstNeedle[anchor]..<firstNeedle[anchor &+ 1] {
                  let needle = needles[slot]
                  let start = index &- needle.offset
                  guard start >= 0, start &+ needle.count <= count else { continue }
                  if start &+ 8 <= count {
                    let chunk = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
                    guard (UInt64(littleEndian: chunk) | needle.headFold) & needle.headMask == needle.head else {
                      continue
                    }
                  }
                  if Self.matches(needle, storage: storage, in: base, at: start) { return true }
                }
              }
              index &+= 1
            }
            return false
          }
        }
      }
    }
  }

  @inline(__always)
  private static func matches(
    _ needle: Needle, storage: UnsafeBufferPointer<UInt8>, in base: UnsafePointer<UInt8>, at start: Int
  ) -> Bool {
    for offset in 0..<needle.count where folded(base[start &+ offset]) != storage[needle.storageStart &+ offset] {
      return false
    }
    return true
  }

  @inline(__always)
  private static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
