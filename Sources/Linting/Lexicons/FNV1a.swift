/// 64-bit FNV-1a, fed a byte at a time: a word scan hashes each word's key while it builds it, so
/// phrase lists look words up by a number instead of hashing the key as a `String` once per list.
struct FNV1a: Sendable {
  private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

  @inline(__always)
  mutating func add(_ byte: UInt8) {
    value ^= UInt64(byte)
    value = value &* 0x0000_0100_0000_01B3
  }

  /// The hash of `text`'s UTF-8 bytes.
  static func hash(_ text: String) -> UInt64 {
    var hasher = FNV1a()
    for byte in text.utf8 { hasher.add(byte) }
    return hasher.value
  }
}
