import TextKit

/// What a block's bytes tell the assistant rule's shape checks: almost every block holds no bracket, no "**"
/// and no chat-tool fragment, and is spared the Character searches for them.
///
/// `PhraseLeadTable` notes these while it reads a block's words, so that a block's bytes are read once; a
/// scan it abandons (a word outside ASCII) falls back to `scan(_:)`. The fragments are the ones every
/// artefact holds, compared with ASCII capitals lowered: "oaicite", "contentreference", "utm_source",
/// "citeturn", "navlist", "【" and "turn" before a digit.
struct ShapeCues: Sendable {
  /// A "[" or a "{".
  var hasBracket = false
  var hasDoubleAsterisk = false
  var mayHoldArtefacts = false

  /// The shortest letters-only fragment ("oaicite", "navlist"): shorter words cannot hold one.
  static let shortestLetterFragment = 7

  private static let utm = Array("utm".utf8)
  private static let source = Array("source".utf8)
  private static let turn = Array("turn".utf8)

  /// A byte outside words: brackets, a second asterisk, and the underscore of "utm_source".
  @inline(__always)
  mutating func noteSeparator(_ byte: UInt8, at index: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    switch byte {
    case 0x5B, 0x7B: hasBracket = true
    case 0x2A: if index > 0 && bytes[index - 1] == 0x2A { hasDoubleAsterisk = true }
    case 0x5F:
      if !mayHoldArtefacts && Self.has(Self.utm, in: bytes, at: index - 3)
        && Self.has(Self.source, in: bytes, at: index + 1)
      {
        mayHoldArtefacts = true
      }
    default: break
    }
  }

  /// A digit: "turn0search0" puts one right after "turn".
  @inline(__always)
  mutating func noteDigit(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    if !mayHoldArtefacts && Self.has(Self.turn, in: bytes, at: index - 4) { mayHoldArtefacts = true }
  }

  /// The digits of a run of ASCII letters and digits, `start..<end`, that no letter precedes: only a digit
  /// four letters into the run can follow "turn".
  @inline(__always)
  mutating func noteDigits(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    guard !mayHoldArtefacts else { return }
    var index = start + 4
    while index < end {
      if bytes[index] &- 0x30 < 10 { noteDigit(at: index, in: bytes) }
      index += 1
    }
  }

  /// A scalar outside ASCII.
  @inline(__always)
  mutating func noteScalar(_ scalar: Unicode.Scalar) {
    if scalar == "【" { mayHoldArtefacts = true }
  }

  /// A word's bytes, `start..<end`: a letters-only fragment lies within one word, as a run of letters does.
  /// Most words are too short to hold one and are passed by here, without a call.
  @inline(__always)
  mutating func noteWord(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    guard !mayHoldArtefacts, end &- start >= Self.shortestLetterFragment else { return }
    noteLongWord(from: start, to: end, in: bytes)
  }

  /// Each place whose bytes may start a fragment is checked by its first four letters ("oaic", "navl",
  /// "cite", "cont"), lowered, all within the word; only the few that pass are compared with the fragments,
  /// out of line, so that the loop over a word's places stays a handful of instructions each.
  @inline(never)
  private mutating func noteLongWord(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    let last = end &- Self.shortestLetterFragment
    var index = start
    while index <= last {
      let head = UInt32(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self)) | 0x2020_2020
      if head == Self.oaicite32 || head == Self.navlist32 || head == Self.citeturn32 || head == Self.contentr32,
        Self.holdsFragment(bytes, at: index, end: end)
      {
        mayHoldArtefacts = true
        return
      }
      index &+= 1
    }
  }

  // The first four letters of each fragment, first letter lowest.
  @inline(__always) private static var oaicite32: UInt32 { UInt32(truncatingIfNeeded: oaicite) }
  @inline(__always) private static var navlist32: UInt32 { UInt32(truncatingIfNeeded: navlist) }
  @inline(__always) private static var citeturn32: UInt32 { UInt32(truncatingIfNeeded: citeturn) }
  @inline(__always) private static var contentr32: UInt32 { UInt32(truncatingIfNeeded: contentr) }

  /// Whether a letters-only fragment starts at `index` of the word that ends at `end`, compared eight bytes
  /// at once, lowered: a fragment's letters never match a byte past the word's end, which reads as zero.
  @inline(never)
  private static func holdsFragment(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
    let folded = lanes(bytes, at: index, end: end) | caseBits(to: end - index)
    let seven = folded & 0x00FF_FFFF_FFFF_FFFF
    return seven == oaicite || seven == navlist || folded == citeturn
      || folded == contentr && end - index >= 16
        && lanes(bytes, at: index + 8, end: end) | caseBits(to: 8) == eference
  }

  // The letters-only fragments as eight-byte words, first letter lowest: "contentreference" in two halves.
  @inline(__always) private static var oaicite: UInt64 { 0x0065_7469_6369_616F }
  @inline(__always) private static var navlist: UInt64 { 0x0074_7369_6C76_616E }
  @inline(__always) private static var citeturn: UInt64 { 0x6E72_7574_6574_6963 }
  @inline(__always) private static var contentr: UInt64 { 0x7274_6E65_746E_6F63 }
  @inline(__always) private static var eference: UInt64 { 0x6563_6E65_7265_6665 }

  /// The bytes `index..<min(index + 8, end)`, the first in the lowest lane, the lanes past `end` zero.
  @inline(__always)
  private static func lanes(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> UInt64 {
    let count = min(end - index, 8)
    var word: UInt64
    if let base = bytes.baseAddress, index + 8 <= bytes.count {
      word = ByteLanes.load(base, at: index)
    } else {
      word = 0
      for offset in 0..<count { word |= UInt64(bytes[index + offset]) << UInt64(offset * 8) }
    }
    return count == 8 ? word : word & ((1 << UInt64(count * 8)) - 1)
  }

  /// The case bit in the first `min(count, 8)` lanes: or-ed in, it lowers capitals and turns no other byte
  /// into a lower-case letter, and leaves the lanes past a word's end zero.
  @inline(__always)
  private static func caseBits(to count: Int) -> UInt64 {
    count >= 8 ? 0x2020_2020_2020_2020 : 0x2020_2020_2020_2020 & ((1 << UInt64(count * 8)) - 1)
  }

  /// Whether `pattern` (lower-case ASCII letters) stands at `start`, ASCII case ignored. Or-ing in the case bit
  /// lowers capitals and turns no other byte into a lower-case letter.
  @inline(__always)
  private static func has(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    guard start >= 0, start + pattern.count <= bytes.count else { return false }
    for offset in 0..<pattern.count where bytes[start + offset] | 0x20 != pattern[offset] { return false }
    return true
  }

  /// Every cue, from a pass of its own over `bytes`.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ShapeCues {
    var cues = ShapeCues()
    var wordStart = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let folded = byte | 0x20
      if folded >= 0x61 && folded <= 0x7A {
        index += 1
        continue
      }
      cues.noteWord(from: wordStart, to: index, in: bytes)
      if byte >= 0x30 && byte <= 0x39 {
        cues.noteDigit(at: index, in: bytes)
      } else if byte < 0x80 {
        cues.noteSeparator(byte, at: index, in: bytes)
      } else {
        let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
        cues.noteScalar(scalar)
        index += length
        wordStart = index
        continue
      }
      index += 1
      wordStart = index
    }
    cues.noteWord(from: wordStart, to: index, in: bytes)
    return cues
  }
}
