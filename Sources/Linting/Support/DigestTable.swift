import TextKit

/// A map from paragraph digests to values, for the corpus check's passes over every compared paragraph of a
/// run. Digests are already uniform 128-bit hashes, so the table indexes by a mix of their bits with linear
/// probing, instead of feeding each through `Hasher` as a `Dictionary` or `Set` must: that cost a tenth of an
/// unchanged, cached re-run of 10,000 posts.
struct DigestTable<Value> {
  /// A digest and its value side by side, so that a probe touches one cache line, not one per array: the
  /// tables of a 10,000-post run are far larger than the caches. Digest 0 marks an empty slot, so a slot
  /// carries no flag (an optional value would add a byte, and with alignment 16 bytes, to every slot).
  fileprivate struct Slot {
    var digest: UInt128
    var value: Value
  }

  private var slots: [Slot]
  private var mask: Int
  /// What an empty slot holds; never read as a value.
  private let vacant: Value
  /// The value of digest 0 itself, which cannot lie in a slot since 0 marks an empty one.
  private var zeroValue: Value?
  private(set) var count = 0

  init(minimumCapacity: Int = 0, vacant: Value) {
    var size = 16
    while size < minimumCapacity * 2 { size <<= 1 }
    self.vacant = vacant
    slots = [Slot](repeating: Slot(digest: 0, value: vacant), count: size)
    mask = size - 1
  }

  subscript(digest: UInt128) -> Value? {
    guard digest != 0 else { return zeroValue }
    let slot = find(digest)
    return slots[slot].digest == 0 ? nil : slots[slot].value
  }

  func contains(_ digest: UInt128) -> Bool {
    digest == 0 ? zeroValue != nil : slots[find(digest)].digest != 0
  }

  /// Stores `value` unless the digest already has one; returns the value held before, if any.
  @discardableResult
  mutating func insertIfAbsent(_ value: Value, for digest: UInt128) -> Value? {
    guard digest != 0 else {
      if let held = zeroValue { return held }
      zeroValue = value
      count += 1
      return nil
    }
    let slot = find(digest)
    if slots[slot].digest != 0 { return slots[slot].value }
    slots[slot] = Slot(digest: digest, value: value)
    count += 1
    if count * 2 > slots.count { grow() }
    return nil
  }

  /// Changes the digest's value in place, starting from `initial` when it has none.
  mutating func update(_ digest: UInt128, initial: Value, _ change: (inout Value) -> Void) {
    guard digest != 0 else {
      if zeroValue == nil { count += 1 }
      var value = zeroValue ?? initial
      change(&value)
      zeroValue = value
      return
    }
    var slot = find(digest)
    if slots[slot].digest == 0 {
      slots[slot] = Slot(digest: digest, value: initial)
      count += 1
      if count * 2 > slots.count {
        grow()
        slot = find(digest)
      }
    }
    change(&slots[slot].value)
  }

  /// Every digest with its value, in no particular order.
  func forEach(_ body: (UInt128, Value) -> Void) {
    if let zeroValue { body(0, zeroValue) }
    for slot in slots where slot.digest != 0 { body(slot.digest, slot.value) }
  }

  /// The slot holding `digest` (never 0), or the empty slot where it would go.
  private func find(_ digest: UInt128) -> Int {
    var slot = Int(truncatingIfNeeded: SplitMix64.finalize(UInt64(truncatingIfNeeded: digest) ^ UInt64(truncatingIfNeeded: digest >> 64))) & mask
    while slots[slot].digest != 0 && slots[slot].digest != digest { slot = (slot + 1) & mask }
    return slot
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(digest: 0, value: vacant), count: old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.digest != 0 {
      slots[find(slot.digest)] = slot
    }
  }
}

extension DigestTable where Value == Void {
  init(minimumCapacity: Int = 0) { self.init(minimumCapacity: minimumCapacity, vacant: ()) }
}

extension DigestTable where Value == Int {
  init(minimumCapacity: Int = 0) { self.init(minimumCapacity: minimumCapacity, vacant: 0) }
}

extension DigestTable: Sendable where Value: Sendable {}
extension DigestTable.Slot: Sendable where Value: Sendable {}
