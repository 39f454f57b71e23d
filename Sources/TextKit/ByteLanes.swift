/// Tests on the eight bytes of a word at once, for scans that look at every byte of a block: each answers
/// with the top bit of every byte (lane) that passes, and no lane carries into the next.
public enum ByteLanes {
  // Computed, not stored: inlined into another module, a stored constant would be read through its lazy
  // initialiser at every use.
  @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
  @inlinable public static var low: UInt64 { 0x7F7F_7F7F_7F7F_7F7F }
  @inlinable public static var top: UInt64 { 0x8080_8080_8080_8080 }

  /// The eight bytes at `offset`, the first in the lowest lane.
  @inlinable @inline(__always)
  public static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
  }

  /// Lanes of bytes b with m < b < n, for 0 <= m < n <= 128; bytes of 0x80 and up never pass.
  @inlinable @inline(__always)
  public static func between(_ x: UInt64, _ m: UInt64, _ n: UInt64) -> UInt64 {
    let low = x & Self.low
    return (ones &* (127 &+ n) &- low) & ~x & (low &+ ones &* (127 &- m)) & top
  }

  /// Lanes of zero bytes, exactly.
  @inlinable @inline(__always)
  public static func zero(_ x: UInt64) -> UInt64 { ~((x & low &+ low) | x) & top }

  /// Lanes holding `byte`.
  @inlinable @inline(__always)
  public static func equal(_ x: UInt64, _ byte: UInt8) -> UInt64 { zero(x ^ ones &* UInt64(byte)) }

  /// Lanes of ASCII letters and digits.
  @inlinable @inline(__always)
  public static func alphanumeric(_ x: UInt64) -> UInt64 {
    between(x | ones &* 0x20, 0x60, 0x7B) | between(x, 0x2F, 0x3A)
  }
}
