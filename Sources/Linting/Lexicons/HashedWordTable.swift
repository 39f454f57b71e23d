import TextKit

/// Values kept by word, looked up by a hash the caller already has (a word scan's FNV-1a of the key):
/// open addressing on that number, so a lookup neither hashes a `String` nor allocates. A hit is
/// confirmed on the word itself, so two words with one hash never mix.
struct HashedWordTable<Value: Sendable>: Sendable {
  private struct Entry: Sendable {
    var hash: UInt64
    var word: String
    var value: Value
  }

  private var entries: [Entry] = []
  /// Index into `entries` plus one; zero is an empty slot. Always a power of two long.
  private var slots: [Int32] = [0, 0, 0, 0]

  init() {}

  var isEmpty: Bool { entries.isEmpty }

  /// The value for `word` whose FNV-1a is `hash`.
  @inline(__always)
  func value(for word: String, hash: UInt64) -> Value? {
    let mask = slots.count - 1
    var slot = Self.start(hash) & mask
    while true {
      let index = Int(slots[slot])
      if index == 0 { return nil }
      let entry = entries[index - 1]
      if entry.hash == hash && entry.word == word { return entry.value }
      slot = (slot + 1) & mask
    }
  }

  /// The value for `word`, hashing it first.
  func value(for word: String) -> Value? { value(for: word, hash: FNV1a.hash(word)) }

  /// Appends `element` to the array kept for `word`, or starts one.
  mutating func append<Element>(_ element: Element, for word: String, hash: UInt64) where Value == [Element] {
    let mask = slots.count - 1
    var slot = Self.start(hash) & mask
    while slots[slot] != 0 {
      let index = Int(slots[slot]) - 1
      if entries[index].hash == hash && entries[index].word == word {
        entries[index].value.append(element)
        return
      }
      slot = (slot + 1) & mask
    }
    entries.append(Entry(hash: hash, word: word, value: [element]))
    slots[slot] = Int32(entries.count)
    // At most half full, so probes stay short and an empty slot always ends one.
    if entries.count * 2 > slots.count { rehash(capacity: slots.count * 2) }
  }

  private mutating func rehash(capacity: Int) {
    slots = Array(repeating: 0, count: capacity)
    let mask = capacity - 1
    for (index, entry) in entries.enumerated() {
      var slot = Self.start(entry.hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
  }

  /// FNV-1a's low bits depend mostly on the last bytes: fold the high half in.
  @inline(__always)
  private static func start(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) }
}
