/// Which words may start a filed phrase, judged from a word's first two bytes and its length alone: the
/// lengths (bit `min(length, 31)`) of the filed first words, by the low five bits of their first two bytes.
/// A word whose first bytes and length no filed word has is passed by without being hashed or looked up;
/// two bytes let far fewer words through than one, the more so as more phrases are filed.
///
/// The case bit is dropped from the slot, so that a word and its folded key share one.
struct LeadLengthFilter: Sendable {
  private var lengths = [UInt32](repeating: 0, count: 1024)

  /// Files a first word by its key's bytes.
  mutating func insert(_ key: some Collection<UInt8>) {
    guard let first = key.first else { return }
    let second = key.dropFirst().first ?? 0
    lengths[Self.slot(first, second)] |= Self.lengthBit(key.count)
  }

  /// Runs `body` with a reader of the filter, for a walk that asks it of every word: the table is read
  /// through one pointer taken here rather than through the array at each word.
  func withReader<Result>(_ body: (Reader) throws -> Result) rethrows -> Result {
    try lengths.withUnsafeBufferPointer { try body(Reader(lengths: $0.baseAddress!)) }
  }

  struct Reader {
    fileprivate let lengths: UnsafePointer<UInt32>

    /// Whether the ASCII word at `start..<end` of `bytes` (its key as long as its bytes) may be a filed word.
    @inline(__always)
    func mayLead(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
      let length = end &- start
      let slot = LeadLengthFilter.slot(bytes[start], length > 1 ? bytes[start &+ 1] : 0)
      return lengths[slot] & LeadLengthFilter.lengthBit(length) != 0
    }
  }

  @inline(__always)
  private static func lengthBit(_ length: Int) -> UInt32 { 1 << UInt32(min(length, 31)) }

  @inline(__always)
  fileprivate static func slot(_ first: UInt8, _ second: UInt8) -> Int { Int(first & 31) << 5 | Int(second & 31) }
}
