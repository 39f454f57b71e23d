/// 128-bit FNV-1a, fed a byte at a time: the digest duplicate detection keeps of each normalised paragraph,
/// stable on every machine and wide enough that two different texts of a corpus never share one. Fed while
/// the text is normalised (`ComparisonKey.scanASCII`), so the text is not walked again to digest it.
public struct FNV1a128: Sendable {
  private var low: UInt64 = 0x62B8_2175_6295_C58D
  private var high: UInt64 = 0x6C62_272E_07BB_0142

  public init() {}

  public var value: UInt128 { UInt128(high) << 64 | UInt128(low) }

  @inline(__always)
  public mutating func add(_ byte: UInt8) {
    // The prime is 2^88 + 0x13B, so each step is a 64-bit multiply by 0x13B plus a shift: the generic
    // UInt128 multiply costs several times more per byte.
    low ^= UInt64(byte)
    let product = low.multipliedFullWidth(by: 0x13B)
    high = high &* 0x13B &+ product.high &+ (low << 24)
    low = product.low
  }

  /// The digest of `text`'s UTF-8 bytes.
  public static func hash(_ text: String) -> UInt128 {
    var digest = FNV1a128()
    var text = text
    text.withUTF8 { bytes in
      for byte in bytes { digest.add(byte) }
    }
    return digest.value
  }
}
