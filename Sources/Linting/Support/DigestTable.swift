import TextKit

/// A map from paragraph digests to values, for the corpus check's passes over every compared paragraph of a
/// run. Digests are already uniform 128-bit hashes, so the table indexes by a mix of their bits with linear
/// probing, instead of feeding each through `Hasher` as a `Dictionary` or `Set` must: that cost a tenth of an
/// unchanged, cached re-run of 10,000 posts.
struct DigestTable<Value> {
  /// A digest and its value side by side, so that a probe touches one cache line, not one per array: the
  /// tables of a 10,000-post run are far larger than the caches.
  private struct Slot {
    var digest: UInt128
    var value: Value?
  }

  private var slots: [Slot]
  private var mask: Int
  private(set) var count = 0

  init(minimumCapacity: Int = 0) {
    var size = 16
    while size < minimumCapacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(digest: 0, value: nil), count: size)
    mask = size - 1
  }

  subscript(digest: UInt128) -> Value? {
    slots[find(digest)].value
  }

  func contains(_ digest: UInt128) -> Bool {
    slots[find(digest)].value != nil
  }

  /// Stores `value` unless the digest already has one; returns the value held before, if any.
  @discardableResult
  mutating func insertIfAbsent(_ value: Value, for digest: UInt128) -> Value? {
    let slot = find(digest)
    if let held = slots[slot].value { return held }
    slots[slot] = Slot(digest: digest, value: value)
    count += 1
    if count * 2 > slots.count { grow() }
    return nil
  }

  /// Changes the digest's value in place, starting from `initial` when it has none.
  mutating func update(_ digest: UInt128, initial: Value, _ change: (inout Value) -> Void) {
    var slot = find(digest)
    if slots[slot].value == nil {
      slots[slot] = Slot(digest: digest, value: initial)
      count += 1
      if count * 2 > slots.count {
        grow()
        slot = find(digest)
      }
    }
    change(&slots[slot].value!)
  }

  /// Every digest with its value, in no particular order.
  func forEach(_ body: (UInt128, Value) -> Void) {
    for slot in slots {
      if let value = slot.value { body(slot.digest, value) }
    }
  }

  /// The slot holding `digest`, or the empty slot where it would go.
  private func find(_ digest: UInt128) -> Int {
    var slot = Int(truncatingIfNeeded: SplitMix64.finalize(UInt64(truncatingIfNeeded: digest) ^ UInt64(truncatingIfNeeded: digest >> 64))) & mask
    while slots[slot].value != nil && slots[slot].digest != digest { slot = (slot + 1) & mask }
    return slot
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(digest: 0, value: nil), count: old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.value != nil {
      slots[find(slot.digest)] = slot
    }
  }
}
