import TextKit

/// Where the phrases of a list match in a text, read from its bytes with `ASCIIWordSpans`: the key of the
/// first word of each match, in the order and with the skips of `WordScan.matches(of:)`, with no scan built.
///
/// For lists of all-ASCII single words, `word*` prefixes of at least four letters and two-word phrases of
/// plain words, the shape of the health context list. A word's length and first two bytes turn most words
/// away before any key is made; the few left are keyed and compared exactly, so the matches are exactly
/// the scan's.
struct MatchStartReader: Sendable {
  private let singles: Set<String>
  private let prefixes: [String]
  /// Second words by first word.
  private let pairs: [String: Set<String>]
  /// Lets through every single word, prefix, and first or second word of a pair.
  private let filter: ASCIIWordSpans.Filter
  /// Hashes of every single word and every first word of a pair.
  private let wordHashes: WordHashSet
  /// Hashes of every second word of a pair.
  private let secondHashes: WordHashSet
  /// Hashes of every first word of a pair: the pairs are looked up only for words that have one.
  private let pairFirstHashes: WordHashSet
  /// The first four bytes of each prefix.
  private let prefixHeads: WordHashSet
  /// The bytes of each prefix, to turn away words that share only a prefix's first four bytes ("present",
  /// "physical") without making their keys.
  private let prefixBytes: [[UInt8]]

  init(_ phrases: PhraseSet) {
    var singles: Set<String> = []
    var prefixes: [String] = []
    var pairs: [String: Set<String>] = [:]
    var filter = ASCIIWordSpans.Filter()
    for words in phrases.phraseWords {
      precondition(
        words.count <= 2 && words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, "phrase \(words)")
      if words.count == 2 {
        precondition(!words[0].contains("*") && !words[1].contains("*"), "phrase \(words)")
        pairs[words[0], default: []].insert(words[1])
        filter.admit(key: words[0])
        filter.admit(key: words[1])
      } else if words[0].hasSuffix("*") {
        let prefix = String(words[0].dropLast())
        precondition(prefix.utf8.count >= 4 && !prefix.contains("*"), "prefix \(prefix)")
        prefixes.append(prefix)
        filter.admit(prefix: prefix)
      } else {
        singles.insert(words[0])
        filter.admit(key: words[0])
      }
    }
    self.singles = singles
    self.prefixes = prefixes
    self.pairs = pairs
    self.filter = filter
    wordHashes = WordHashSet(singles.map(FNV1a.hash) + pairs.keys.map(FNV1a.hash))
    secondHashes = WordHashSet(pairs.values.joined().map(FNV1a.hash))
    pairFirstHashes = WordHashSet(pairs.keys.map(FNV1a.hash))
    prefixHeads = WordHashSet(prefixes.map { UInt64(ASCIIWordSpans.head(of: $0)) })
    prefixBytes = prefixes.map { Array($0.utf8) }
  }

  /// Calls `body` with the key of the first word of each match while it returns true. Returns nil when the
  /// text has a word that is not ASCII (the caller scans it instead: the matches passed before then are
  /// still the scan's), otherwise whether `body` stopped the reading.
  func forEachMatch(in text: String, _ body: (String) -> Bool) -> Bool? {
    var text = text
    return text.withUTF8 { bytes in
      // A pair's first word, waiting for the word after it.
      var pending: (key: String, matchesAlone: Bool, ordinal: Int)?
      let read = ASCIIWordSpans.forEachWord(in: bytes, passing: filter) { word in
        let (hash, head) = ASCIIWordSpans.fingerprint(of: word, in: bytes)
        // A word whose hash no single or pair word has starts a match only by a prefix: with no pair waiting,
        // its bytes tell whether it does before its key is made.
        let mayStart =
          wordHashes.contains(hash)
          || (prefixHeads.contains(UInt64(head))
            && (pending != nil || word.hasApostrophe || ASCIIWordSpans.startsWithAny(of: prefixBytes, word, in: bytes)))
        guard mayStart || (pending != nil && secondHashes.contains(hash)) else { return true }
        let key = ASCIIWordSpans.key(of: word, in: bytes)
        if let first = pending {
          pending = nil
          if word.ordinal == first.ordinal + 1 && pairs[first.key]?.contains(key) == true {
            return body(first.key)  // the two-word match is the longest: its second word starts none
          }
          if first.matchesAlone && !body(first.key) { return false }
        }
        guard mayStart else { return true }
        let matchesAlone = singles.contains(key) || prefixes.contains { key.hasPrefix($0) }
        if pairFirstHashes.contains(hash) && pairs[key] != nil {
          pending = (key, matchesAlone, word.ordinal)
          return true
        }
        return matchesAlone ? body(key) : true
      }
      guard let stopped = read else { return nil }
      if stopped { return true }
      if let first = pending, first.matchesAlone, !body(first.key) { return true }
      return false
    }
  }
}

extension ASCIIWordReader.Word {
  /// `head` for a word whose key is `key`.
  static func headBytes(_ key: String) -> UInt64 {
    var head: UInt64 = 0
    for (offset, byte) in key.utf8.prefix(8).enumerated() { head |= UInt64(byte) << UInt64(56 - 8 * offset) }
    return head
  }
}
