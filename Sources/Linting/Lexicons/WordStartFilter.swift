/// The first two bytes of the words a phrase list can start with, as a bit table: most words of a text
/// start with a pair no phrase starts with, and are turned away before their key is hashed.
///
/// Conservative by construction: it decides only for words whose first three bytes are ASCII (then no
/// combining mark can make the word equal, canonically, to one that starts with other bytes) and lets
/// every other word through to the exact lookup.
struct WordStartFilter: Sendable {
  private var pairs = [UInt64](repeating: 0, count: 1024)
  private var admitsAll = false

  init() {}

  /// Admits words equal to `word`.
  mutating func admit(word: String) {
    var bytes = word.utf8.makeIterator()
    guard let first = bytes.next() else { return }
    mark(first, bytes.next() ?? 0)
  }

  /// Admits words that start with `prefix`.
  mutating func admit(prefix: String) {
    var bytes = prefix.utf8.makeIterator()
    guard let first = bytes.next() else {
      admitsAll = true
      return
    }
    if let second = bytes.next() {
      mark(first, second)
    } else {
      for second in 0...255 { mark(first, UInt8(second)) }
    }
  }

  /// False only when no admitted word or prefix can match `word`.
  @inline(__always)
  func mayMatch(_ word: String) -> Bool {
    if admitsAll { return true }
    var bytes = word.utf8.makeIterator()
    guard let first = bytes.next(), first < 0x80 else { return true }
    let second = bytes.next() ?? 0
    guard second < 0x80, (bytes.next() ?? 0) < 0x80 else { return true }
    let pair = Int(first) << 8 | Int(second)
    return pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
  }

  private mutating func mark(_ first: UInt8, _ second: UInt8) {
    let pair = Int(first) << 8 | Int(second)
    pairs[pair >> 6] |= 1 << UInt64(pair & 63)
  }
}
