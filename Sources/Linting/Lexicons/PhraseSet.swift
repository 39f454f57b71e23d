import TextKit

/// A list of phrases compiled once for word-by-word matching.
///
/// A phrase is written in plain words; `*` stands for any one word and a word ending in `*` matches any
/// word it starts (`injur*` matches "injury" and "injuries"). Phrases are indexed by their first word.
///
/// Words are compared as `String`s (canonical equivalence), but an all-ASCII word and an all-ASCII phrase
/// word are equal exactly when their bytes are: those are compared by the hash the scan made of each key
/// (confirmed on the bytes), and prefixes by their bytes, grouped by first byte. Anything else takes the
/// `String` comparison.
struct PhraseSet: Sendable {
  /// One word of a phrase after its first.
  enum Token: Sendable {
    case anyWord
    case word(PhraseWord)
    case prefix(PhraseWord)
  }

  struct PhraseWord: Sendable {
    let text: String
    /// FNV-1a of `text` when it is all ASCII.
    let asciiHash: UInt64?
    let bytes: [UInt8]

    init(_ text: String) {
      self.text = text
      bytes = Array(text.utf8)
      asciiHash = bytes.allSatisfy { $0 < 0x80 } ? FNV1a.hash(text) : nil
    }
  }

  /// All-ASCII first words, by hash.
  private var asciiFirstWords = HashedWordTable<[[Token]]>()
  /// First words with a byte outside ASCII.
  private var otherFirstWords: [String: [[Token]]] = [:]
  /// All-ASCII, non-empty first-word prefixes, by their first byte.
  private var asciiPrefixes: [[(prefix: PhraseWord, rest: [Token])]] = Array(repeating: [], count: 128)
  /// Prefixes an ASCII first byte does not sort: empty or not all ASCII.
  private var otherPrefixes: [(prefix: PhraseWord, rest: [Token])] = []
  /// The number of words of the longest phrase: a match starting at a word never reaches further.
  private(set) var longestPhrase = 0
  /// Turns away most words of a text before their key is looked up.
  private var starts = WordStartFilter()
  /// Every phrase as the scan's keys of its words (`*` and a trailing `*` kept): what a `PhraseLeadTable`
  /// is built from.
  private(set) var phraseWords: [[String]] = []

  init(_ phrases: [String]) {
    for phrase in phrases {
      let words = Self.words(of: phrase)
      guard let first = words.first else { continue }
      phraseWords.append(words)
      longestPhrase = max(longestPhrase, words.count)
      let rest = words.dropFirst().map(Self.token)
      if first.hasSuffix("*") {
        let prefix = PhraseWord(String(first.dropLast()))
        if prefix.asciiHash != nil, let lead = prefix.bytes.first {
          asciiPrefixes[Int(lead)].append((prefix, rest))
        } else {
          otherPrefixes.append((prefix, rest))
        }
        starts.admit(prefix: prefix.text)
      } else {
        let word = PhraseWord(first)
        if let hash = word.asciiHash {
          asciiFirstWords.append(rest, for: word.text, hash: hash)
        } else {
          otherFirstWords[first, default: []].append(rest)
        }
        starts.admit(word: first)
      }
    }
  }

  /// The scan's keys of a phrase's words, `*` kept as a letter.
  ///
  /// The built-in lists are compiled at every start and are all ASCII: such a phrase is read byte by byte
  /// with `WordScan`'s rules for ASCII (letters, digits and `*` make words, lower-cased; an apostrophe
  /// between a word and a letter stays in it), so no `Character` is formed. Any other phrase is scanned.
  static func words(of phrase: String) -> [String] {
    var phrase = phrase
    if let words = phrase.withUTF8(asciiWords) { return words }
    return WordScan(phrase.replacingStars()).words.map(\.key).map { $0.restoringStars() }
  }

  /// Nil when a byte is outside ASCII.
  private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    // `*` stands in for a letter, as `replacingStars` makes it one for the scan.
    func isLetter(_ byte: UInt8) -> Bool {
      let folded = byte | 0x20
      return (folded >= 0x61 && folded <= 0x7A) || byte == 0x2A
    }
    var words: [String] = []
    words.reserveCapacity(bytes.count / 2 + 1)
    var key: [UInt8] = []
    key.reserveCapacity(bytes.count)
    for index in bytes.indices {
      let byte = bytes[index]
      guard byte < 0x80 else { return nil }
      if isLetter(byte) || (byte >= 0x30 && byte <= 0x39) {
        key.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      } else if byte == 0x27 && !key.isEmpty && index + 1 < bytes.count && isLetter(bytes[index + 1]) {
        key.append(byte)
      } else if !key.isEmpty {
        words.append(String(decoding: key, as: UTF8.self))
        key.removeAll(keepingCapacity: true)
      }
    }
    if !key.isEmpty { words.append(String(decoding: key, as: UTF8.self)) }
    return words
  }

  private static func token(_ word: String) -> Token {
    if word == "*" { return .anyWord }
    if word.hasSuffix("*") { return .prefix(PhraseWord(String(word.dropLast()))) }
    return .word(PhraseWord(word))
  }

  /// The length in words of the longest phrase matching at `position`.
  func longestMatch(in scan: WordScan, at position: Int) -> Int? {
    let word = scan.words[position]
    guard starts.mayMatch(word.key) else { return nil }
    var best: Int?
    func consider(_ rest: [Token]) {
      if Self.matches(rest, scan, position + 1) { best = max(best ?? 0, rest.count + 1) }
    }
    if let hash = word.asciiHash {
      if let rests = asciiFirstWords.value(for: word.key, hash: hash) { rests.forEach(consider) }
      // An ASCII word equals a non-ASCII one only canonically; the table is empty for every built-in list.
      if !otherFirstWords.isEmpty, let rests = otherFirstWords[word.key] { rests.forEach(consider) }
      let lead = Int(word.key.utf8.first ?? 0)
      if lead < 0x80 {
        for (prefix, rest) in asciiPrefixes[lead] where Self.startsASCII(word.key, with: prefix.bytes) {
          consider(rest)
        }
      }
    } else {
      for table in [asciiFirstWords.value(for: word.key), otherFirstWords[word.key]] {
        table?.forEach(consider)
      }
      for bucket in asciiPrefixes {
        for (prefix, rest) in bucket where word.key.hasPrefix(prefix.text) { consider(rest) }
      }
    }
    for (prefix, rest) in otherPrefixes where word.key.hasPrefix(prefix.text) { consider(rest) }
    return best
  }

  private static func matches(_ pattern: [Token], _ scan: WordScan, _ start: Int) -> Bool {
    guard start + pattern.count <= scan.words.count else { return false }
    for (offset, token) in pattern.enumerated() {
      let word = scan.words[start + offset]
      switch token {
      case .anyWord: continue
      case .prefix(let prefix):
        if word.asciiHash != nil && prefix.asciiHash != nil {
          if !startsASCII(word.key, with: prefix.bytes) { return false }
        } else if !word.key.hasPrefix(prefix.text) {
          return false
        }
      case .word(let expected):
        if let hash = word.asciiHash, let expectedHash = expected.asciiHash, hash != expectedHash { return false }
        if word.key != expected.text { return false }
      }
    }
    return true
  }

  /// For an all-ASCII key: a `Character` is a byte, so `hasPrefix` is a byte comparison.
  @inline(__always)
  private static func startsASCII(_ key: String, with prefix: [UInt8]) -> Bool {
    var bytes = key.utf8.makeIterator()
    for expected in prefix where bytes.next() != expected { return false }
    return true
  }
}

extension String {
  /// `*` is not a word character; it is carried through the scanner as a letter-only stand-in.
  fileprivate func replacingStars() -> String { String(map { $0 == "*" ? "ǂ" : $0 }) }
  fileprivate func restoringStars() -> String { String(map { $0 == "ǂ" ? "*" : $0 }) }
}
