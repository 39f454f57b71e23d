/// 64-bit FNV-1a, fed a byte at a time: stable across runs and machines, unlike `Hasher`. Scanners hash
/// each word while they build it (phrase lists then look words up by a number, duplicate detection shingles
/// word hashes) instead of hashing it again as a `String`.
public struct FNV1a: Sendable {
  public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

  public init() {}

  @inline(__always)
  public mutating func add(_ byte: UInt8) {
    value ^= UInt64(byte)
    value = value &* 0x0000_0100_0000_01B3
  }

  /// The hash of `text`'s UTF-8 bytes.
  public static func hash(_ text: String) -> UInt64 {
    var hasher = FNV1a()
    for byte in text.utf8 { hasher.add(byte) }
    return hasher.value
  }
}
