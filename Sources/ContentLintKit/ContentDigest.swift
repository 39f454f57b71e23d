import TextKit

/// A fast 128-bit digest of bytes for cache keys and record checksums: four independent multiply-mix lanes
/// over 8-byte words, then an avalanche. Not for security; two different posts sharing one is as unlikely
/// as two random 128-bit numbers being equal. A cached re-run digests every post and every record it reads
/// (some 480 MB for 10,000 posts): four lanes keep four multiplies in flight and pay the loop once per 32
/// bytes. Changing it changes every key, so records written before are never found (and are pruned by age).
struct ContentDigest: Hashable, Sendable {
  var high: UInt64
  var low: UInt64

  init(_ bytes: [UInt8], seed: UInt64 = 0) {
    self = bytes.withUnsafeBytes { ContentDigest($0, seed: seed) }
  }

  init(_ raw: UnsafeRawBufferPointer, seed: UInt64 = 0) {
    var lanes = (
      0x9E37_79B9_7F4A_7C15 ^ seed, 0xC2B2_AE3D_27D4_EB4F &+ seed, 0x1656_67B1_9E37_79F9 ^ seed,
      0x27D4_EB2F_1656_67C5 &+ seed
    )
    var offset = 0
    while offset &+ 32 <= raw.count {
      lanes.0 = Self.mix(lanes.0, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      lanes.1 = Self.mix(lanes.1, raw.loadUnaligned(fromByteOffset: offset &+ 8, as: UInt64.self))
      lanes.2 = Self.mix(lanes.2, raw.loadUnaligned(fromByteOffset: offset &+ 16, as: UInt64.self))
      lanes.3 = Self.mix(lanes.3, raw.loadUnaligned(fromByteOffset: offset &+ 24, as: UInt64.self))
      offset &+= 32
    }
    // The last whole words go to the lanes in turn, then the bytes after them as one word.
    var lane = 0
    while offset &+ 8 <= raw.count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      switch lane {
      case 0: lanes.0 = Self.mix(lanes.0, word)
      case 1: lanes.1 = Self.mix(lanes.1, word)
      default: lanes.2 = Self.mix(lanes.2, word)
      }
      lane &+= 1
      offset &+= 8
    }
    var tail: UInt64 = 0
    for index in offset..<raw.count { tail |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
    lanes.3 = Self.mix(lanes.3, tail ^ UInt64(raw.count) &* 0x9E37_79B9_7F4A_7C15)
    let first = lanes.0 &+ Self.rotate(lanes.1, 17) ^ UInt64(raw.count)
    let second = lanes.2 &+ Self.rotate(lanes.3, 43)
    high = SplitMix64.finalize(first &+ second)
    low = SplitMix64.finalize(second ^ Self.rotate(first, 32))
  }

  @inline(__always)
  private static func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
    rotate(lane ^ (word &* 0x87C3_7B91_1142_53D5), 31) &* 0x4CF5_AD43_2745_937F
  }

  var hex: String {
    [high, low].map { value in
      let digits = String(value, radix: 16)
      return String(repeating: "0", count: 16 - digits.count) + digits
    }.joined()
  }

  private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
  }
}
