import TextKit

/// A map from paragraph digests to values, for the corpus check's passes over every compared paragraph of a
/// run. Digests are already uniform 128-bit hashes, so the table indexes by a mix of their bits with linear
/// probing, instead of feeding each through `Hasher` as a `Dictionary` or `Set` must: that cost a tenth of an
/// unchanged, cached re-run of 10,000 posts.
struct DigestTable<Value> {
  private var keys: [UInt128]
  private var values: [Value?]
  private var mask: Int
  private(set) var count = 0

  init(minimumCapacity: Int = 0) {
    var size = 16
    while size < minimumCapacity * 2 { size <<= 1 }
    keys = [UInt128](repeating: 0, count: size)
    values = [Value?](repeating: nil, count: size)
    mask = size - 1
  }

  subscript(digest: UInt128) -> Value? {
    let slot = find(digest)
    return values[slot]
  }

  func contains(_ digest: UInt128) -> Bool {
    values[find(digest)] != nil
  }

  /// Stores `value` unless the digest already has one; returns the value held before, if any.
  @discardableResult
  mutating func insertIfAbsent(_ value: Value, for digest: UInt128) -> Value? {
    let slot = find(digest)
    if let held = values[slot] { return held }
    keys[slot] = digest
    values[slot] = value
    count += 1
    if count * 2 > keys.count { grow() }
    return nil
  }

  /// Changes the digest's value in place, starting from `initial` when it has none.
  mutating func update(_ digest: UInt128, initial: Value, _ change: (inout Value) -> Void) {
    var slot = find(digest)
    if values[slot] == nil {
      keys[slot] = digest
      values[slot] = initial
      count += 1
      if count * 2 > keys.count {
        grow()
        slot = find(digest)
      }
    }
    change(&values[slot]!)
  }

  /// Every digest with its value, in no particular order.
  func forEach(_ body: (UInt128, Value) -> Void) {
    for slot in keys.indices {
      if let value = values[slot] { body(keys[slot], value) }
    }
  }

  /// The slot holding `digest`, or the empty slot where it would go.
  private func find(_ digest: UInt128) -> Int {
    var slot = Int(truncatingIfNeeded: SplitMix64.finalize(UInt64(truncatingIfNeeded: digest) ^ UInt64(truncatingIfNeeded: digest >> 64))) & mask
    while values[slot] != nil && keys[slot] != digest { slot = (slot + 1) & mask }
    return slot
  }

  private mutating func grow() {
    let old = (keys, values)
    keys = [UInt128](repeating: 0, count: old.0.count * 2)
    values = [Value?](repeating: nil, count: old.0.count * 2)
    mask = keys.count - 1
    for slot in old.0.indices {
      if let value = old.1[slot] {
        let target = find(old.0[slot])
        keys[target] = old.0[slot]
        values[target] = value
      }
    }
  }
}
