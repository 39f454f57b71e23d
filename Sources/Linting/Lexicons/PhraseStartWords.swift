import TextKit

/// The first words of a phrase list, for turning away a word with one hash lookup and, for lists with
/// `word*` prefixes, one search of four-byte heads, before the list's full matching runs.
///
/// Exact for all-ASCII words: a phrase can match at such a word only when the word equals a phrase's
/// first word or starts with a first-word prefix, and every prefix here is at least four bytes, so a word
/// that fails both tests matches nothing. Any other word is let through.
struct PhraseStartWords: Sendable {
  private var words = HashedWordTable<[Bool]>()
  /// The first four bytes of each prefix, packed and sorted.
  private var prefixHeads: [UInt32] = []

  init(_ phrases: [String]) {
    for phrase in phrases {
      guard let first = phrase.split(separator: " ").first.map(String.init) else { continue }
      if first.hasSuffix("*") {
        let prefix = Array(first.dropLast().utf8)
        precondition(prefix.count >= 4 && prefix.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "prefix \(first)")
        prefixHeads.append(Self.head(prefix[0], prefix[1], prefix[2], prefix[3]))
      } else {
        precondition(WordScan(first).words.map(\.key) == [first], "first word \(first)")
        if words.value(for: first) == nil { words.append(true, for: first, hash: FNV1a.hash(first)) }
      }
    }
    prefixHeads = Array(Set(prefixHeads)).sorted()
  }

  /// False only when no phrase of the list can start at `word`.
  func mayStart(_ word: WordScan.Word) -> Bool {
    guard let hash = word.asciiHash else { return true }
    if words.value(for: word.key, hash: hash) != nil { return true }
    guard !prefixHeads.isEmpty, word.key.utf8.count >= 4 else { return false }
    var key = word.key
    let head = key.withUTF8 { Self.head($0[0], $0[1], $0[2], $0[3]) }
    return prefixHeads.withUnsafeBufferPointer { heads in
      var low = 0
      var high = heads.count
      while low < high {
        let middle = (low + high) / 2
        if heads[middle] < head { low = middle + 1 } else { high = middle }
      }
      return low < heads.count && heads[low] == head
    }
  }

  @inline(__always)
  private static func head(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ b3: UInt8) -> UInt32 {
    UInt32(b0) << 24 | UInt32(b1) << 16 | UInt32(b2) << 8 | UInt32(b3)
  }
}
