/// A few lower-case ASCII strings searched for, case-folded, in ASCII bytes.
///
/// Needles of three bytes or more are found by skipping (Wu and Manber's search): a window as long as the
/// shortest needle slides along the text, and the two bytes at its end, case-folded, say in a 64 K table how
/// far it may move before one of the needles' openings could end there. Prose pairs stand in few openings,
/// so the window moves most of its length at each look and most bytes are never read; where the pair ends
/// an opening, the needles that have it are compared. A needle that stands in the text has its opening end
/// in some window, and no move passes that window, so none is missed. Needles of one or two bytes are found
/// by their first byte, eight bytes at a time.
struct FoldedNeedles: Sendable {
  private struct Needle: Sendable {
    var bytes: [UInt8]
    /// The folded pair that ends the needle's opening (its first `window` bytes).
    var openingEnd: Int
  }

  /// How far the window may move, by the folded pair of bytes at its end: 0 where an opening ends.
  private var shifts: [UInt8] = []
  /// The length of the shortest needle of three bytes or more.
  private var window = 0
  private var needles: [Needle] = []
  /// Needles of one or two bytes, found by their first byte.
  private var shortNeedles: [[UInt8]] = []

  /// - Parameter strings: non-empty, lower-case ASCII.
  init(_ strings: [String]) {
    var long: [[UInt8]] = []
    for string in strings {
      let bytes = Array(string.utf8)
      guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
      if bytes.count >= 3 { long.append(bytes) } else { shortNeedles.append(bytes) }
    }
    guard let shortest = long.map(\.count).min() else { return }
    // A window longer than 255 bytes would overflow a shift; no needle comes near.
    window = min(shortest, 255)
    shifts = [UInt8](repeating: UInt8(window - 1), count: 1 << 16)
    for bytes in long {
      for end in 1..<window {
        let pair = Self.foldedPair(bytes[end - 1], bytes[end])
        shifts[pair] = min(shifts[pair], UInt8(window - 1 - end))
      }
      needles.append(Needle(bytes: bytes, openingEnd: Self.foldedPair(bytes[window - 2], bytes[window - 1])))
    }
  }

  /// Two bytes, the first lowest, with the case bit set in each: a letter's two cases fold together, and so
  /// do a few other pairs of bytes, which only makes a window move less or sets off a compare that fails.
  @inline(__always)
  private static func foldedPair(_ first: UInt8, _ second: UInt8) -> Int {
    Int(UInt16(first) | UInt16(second) << 8 | 0x2020)
  }

  /// True when `text` (ASCII) holds one of the needles, ignoring ASCII case.
  func occur(in text: String) -> Bool {
    var text = text
    return text.withUTF8 { occur(in: $0) }
  }

  /// True when `bytes` (ASCII) hold one of the needles, ignoring ASCII case.
  func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    for needle in shortNeedles where Self.hasShortNeedle(needle, in: base, count: bytes.count) { return true }
    guard !needles.isEmpty else { return false }
    let count = bytes.count
    let window = window
    return shifts.withUnsafeBufferPointer { shifts in
      // The offset of the window's last byte.
      var end = window &- 1
      while end < count {
        let pair = Int(UnsafeRawPointer(base + (end &- 1)).loadUnaligned(as: UInt16.self).littleEndian | 0x2020)
        let shift = Int(shifts[pair])
        if shift != 0 {
          end &+= shift
          continue
        }
        if hasNeedle(openingEndingIn: pair, startingAt: end &- (window &- 1), in: base, count: count) {
          return true
        }
        end &+= 1
      }
      return false
    }
  }

  /// Whether a needle whose opening ends in `pair` stands at `start`.
  private func hasNeedle(openingEndingIn pair: Int, startingAt start: Int, in base: UnsafePointer<UInt8>, count: Int)
    -> Bool
  {
    for needle in needles where needle.openingEnd == pair {
      if start &+ needle.bytes.count <= count, Self.matches(needle.bytes, in: base, at: start) { return true }
    }
    return false
  }

  /// Whether a needle of one or two bytes stands anywhere in the `count` bytes at `base`.
  private static func hasShortNeedle(_ needle: [UInt8], in base: UnsafePointer<UInt8>, count: Int) -> Bool {
    let first = needle[0]
    let isLetter = first >= 0x61 && first <= 0x7A
    var index = 0
    while index &+ 8 <= count {
      let chunk = ByteLanes.load(base, at: index)
      var lanes = ByteLanes.equal(chunk, first)
      if isLetter { lanes |= ByteLanes.equal(chunk, first - 0x20) }
      while lanes != 0 {
        let start = index &+ lanes.trailingZeroBitCount >> 3
        if start &+ needle.count <= count, matches(needle, in: base, at: start) { return true }
        lanes &= lanes &- 1
      }
      index &+= 8
    }
    while index &+ needle.count <= count {
      if matches(needle, in: base, at: index) { return true }
      index &+= 1
    }
    return false
  }

  @inline(__always)
  private static func matches(_ needle: [UInt8], in base: UnsafePointer<UInt8>, at start: Int) -> Bool {
    for offset in needle.indices where folded(base[start &+ offset]) != needle[offset] { return false }
    return true
  }

  @inline(__always)
  private static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
