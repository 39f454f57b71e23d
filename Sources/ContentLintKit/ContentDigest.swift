import TextKit

/// A fast 128-bit digest of bytes for cache keys and record checksums: two independent multiply-mix lanes
/// over 8-byte words, then an avalanche. Not for security; two different posts sharing one is as unlikely
/// as two random 128-bit numbers being equal.
struct ContentDigest: Hashable, Sendable {
  var high: UInt64
  var low: UInt64

  init(_ bytes: [UInt8], seed: UInt64 = 0) {
    self = bytes.withUnsafeBytes { ContentDigest($0, seed: seed) }
  }

  init(_ raw: UnsafeRawBufferPointer, seed: UInt64 = 0) {
    var first: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ seed
    var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F &+ seed
    var offset = 0
    while offset + 8 <= raw.count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      first = Self.rotate(first ^ (word &* 0x87C3_7B91_1142_53D5), 31) &* 0x4CF5_AD43_2745_937F
      second = Self.rotate(second &+ (word &* 0xFF51_AFD7_ED55_8CCD), 29) &* 0xC4CE_B9FE_1A85_EC53
      offset += 8
    }
    var tail: UInt64 = 0
    for index in offset..<raw.count { tail |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
    first ^= tail &* 0x87C3_7B91_1142_53D5
    second ^= Self.rotate(tail, 17) &* 0xFF51_AFD7_ED55_8CCD
    first ^= UInt64(raw.count)
    second ^= UInt64(raw.count) &* 0x9E37_79B9_7F4A_7C15
    high = SplitMix64.finalize(first &+ second)
    low = SplitMix64.finalize(second ^ Self.rotate(first, 32))
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
