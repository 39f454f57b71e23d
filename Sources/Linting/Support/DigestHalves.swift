/// A `DigestTable` in two halves chosen by one bit of the digest, so that two lanes can fill it at once,
/// each its own half, and hold what one table filled in order would: a digest's value only ever depends on
/// the digests of its own half.
struct DigestHalves<Value> {
  private var low: DigestTable<Value>
  private var high: DigestTable<Value>

  init(_ low: DigestTable<Value>, _ high: DigestTable<Value>) {
    self.low = low
    self.high = high
  }

  /// Which half holds `digest`: its top bit, which the tables' own slot choice (a mix of all its bits,
  /// masked to the low ones) does not follow.
  @inline(__always)
  static func half(of digest: UInt128) -> Int { Int(truncatingIfNeeded: digest >> 127) }

  subscript(digest: UInt128) -> Value? {
    Self.half(of: digest) == 0 ? low[digest] : high[digest]
  }

  /// Changes the digest's value in place, starting from `initial` when it has none.
  mutating func update(_ digest: UInt128, initial: Value, _ change: (inout Value) -> Void) {
    if Self.half(of: digest) == 0 {
      low.update(digest, initial: initial, change)
    } else {
      high.update(digest, initial: initial, change)
    }
  }
}

extension DigestHalves: Sendable where Value: Sendable {}
