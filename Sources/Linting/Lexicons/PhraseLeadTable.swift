import TextKit

/// The first one or two words of every phrase of several phrase sets, by hash, so that one pass over a
/// text's bytes tells which sets cannot match anywhere in it, without building a `WordScan`.
///
/// Each set has a bit. A one-word phrase (or one whose second word is `*` or a prefix) is kept by the hash of
/// its word; a longer one by the hashes of its first two words. Hashes are never confirmed on the words:
/// two words with one hash only let a text through to the exact matching, so the answer stays conservative.
struct PhraseLeadTable: Sendable {
  /// What a scan found: the sets that may match somewhere, the sets that may match at the first word, and
  /// an upper bound on how many word positions may start a match of the counted set.
  struct Leads: Sendable {
    var anywhere: UInt32 = 0
    var atStart: UInt32 = 0
    var countedPositions = 0
    /// What the same pass saw for the assistant rule's shape checks.
    var shapes = ShapeCues()

    /// A text whose words the byte scan does not decide: every set may match.
    static func undecided(shapes: ShapeCues) -> Leads {
      Leads(anywhere: ~0, atStart: ~0, countedPositions: .max, shapes: shapes)
    }
  }

  /// Set in a single word's mask when some phrase starts with that word and goes on.
  private static let startsPair: UInt32 = 1 << 31

  private var singles = HashMaskTable()
  private var pairs = HashMaskTable()
  /// The words `singles` files: a word the filter passes by is not hashed, unless it may be the second word
  /// of a pair.
  private var leads = LeadLengthFilter()
  /// Sets with a phrase whose first word no hash decides (a prefix, `*`, or not ASCII).
  private var alwaysMask: UInt32 = 0
  private let countedBit: UInt32

  /// - Parameters:
  ///   - sets: at most 31 phrase sets; the set at index `i` reports as bit `1 << i`.
  ///   - counted: the index of the set whose possible match positions `scan` counts.
  init(_ sets: [PhraseSet], counting counted: Int) {
    precondition(sets.count <= 31)
    countedBit = 1 << UInt32(counted)
    for (index, set) in sets.enumerated() {
      let bit = UInt32(1) << UInt32(index)
      for words in set.phraseWords {
        guard let first = words.first, Self.isPlain(first) else {
          alwaysMask |= bit
          continue
        }
        let firstHash = FNV1a.hash(first)
        leads.insert(first.utf8)
        if words.count >= 2, Self.isPlain(words[1]) {
          singles.insert(firstHash, Self.startsPair)
          pairs.insert(Self.pairKey(firstHash, FNV1a.hash(words[1])), bit)
        } else {
          singles.insert(firstHash, bit)
        }
      }
    }
  }

  /// An all-ASCII word with no `*`: one the byte scan hashes exactly as `WordScan` keys it.
  private static func isPlain(_ word: String) -> Bool {
    !word.isEmpty && word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x2A }
  }

  /// Whether the word at `start..<end` may be one `singles` files. A word with a "’" is not decided
  /// here: its bytes are not its key's.
  @inline(__always)
  fileprivate static func mayLead(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, curlyApostrophes: Int,
    leads: LeadLengthFilter.Reader
  ) -> Bool {
    curlyApostrophes != 0 || leads.mayLead(bytes, from: start, to: end)
  }

  /// The hash of the word at `start..<end` as `WordScan` keys it: ASCII letters lowered, digits and the
  /// apostrophe kept, "’" read as "'". A scanned word holds no other bytes.
  @inline(__always)
  private static func wordHash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
    var hash = FNV1a()
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte < 0x80 {
        hash.add(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        index += 1
      } else {
        hash.add(0x27)
        index += 3
      }
    }
    return hash.value
  }

  @inline(__always)
  private static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
    (first &* 0x9E37_79B9_7F4A_7C15) ^ second
  }

  /// The sets that may match in `text`, reading its words as `WordScan` does. A text with a word that holds
  /// a letter, digit or mark outside ASCII is left undecided, and so is one whose words a sentence break could
  /// cut: for every other text a sentence's words are exactly the text's words within it.
  func scan(_ text: String) -> Leads {
    var text = text
    return text.withUTF8 { bytes in scan(bytes) ?? .undecided(shapes: ShapeCues.scan(bytes)) }
  }

  /// Nil when a word is not decided by the bytes.
  private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Leads? {
    leads.withReader { scan(bytes, leads: $0) }
  }

  /// Index arithmetic here wraps rather than traps: every index lies within `bytes`, far from overflow.
  private func scan(_ bytes: UnsafeBufferPointer<UInt8>, leads: LeadLengthFilter.Reader) -> Leads? {
    var state = ScanState(
      leads: Leads(anywhere: alwaysMask, atStart: alwaysMask, countedPositions: alwaysMask & countedBit != 0 ? .max : 0))
    var shapes = ShapeCues()
    var inWord = false
    // The "’" in the current word, each two bytes longer than the "'" its key holds.
    var curlyApostrophes = 0
    // Where the current or next word starts: just past the last byte that is not part of a word.
    var wordStart = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        if ASCIIWordSpans.isAlphanumeric(byte) {
          // The run of letters and digits at once, eight bytes at a time: its words are hashed, if at all,
          // when they end.
          let (end, hasDigit) = Self.alphanumericRun(bytes, from: index)
          if hasDigit { shapes.noteDigits(from: index, to: end, in: bytes) }
          index = end
          // Most words end at a space, which is no cue: the word is closed here, not on the next turn.
          if index < count && bytes[index] == 0x20 {
            state.endWord(
              bytes, from: wordStart, to: index, curlyApostrophes: curlyApostrophes, leads: leads, in: self)
            shapes.noteWord(from: wordStart, to: index, in: bytes)
            curlyApostrophes = 0
            inWord = false
            index &+= 1
            wordStart = index
          } else {
            inWord = true
          }
          continue
        }
        if byte == 0x27 && inWord && index &+ 1 < count {
          let next = bytes[index &+ 1]
          if next >= 0x80 {
            if WordScan.isLetter(UTF8Scalar.decode(bytes, at: index + 1).scalar) { return nil }
          } else if (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A {
            index &+= 1
            continue
          }
        }
        shapes.noteSeparator(byte, at: index, in: bytes)
        if inWord {
          state.endWord(
            bytes, from: wordStart, to: index, curlyApostrophes: curlyApostrophes, leads: leads, in: self)
          shapes.noteWord(from: wordStart, to: index, in: bytes)
          curlyApostrophes = 0
          inWord = false
        }
        index &+= 1
        wordStart = index
        continue
      }
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      if scalar == "’" {
        if inWord && index &+ length < count {
          let next = UTF8Scalar.decode(bytes, at: index &+ length).scalar
          if WordScan.isLetter(next) {
            if !next.isASCII { return nil }
            curlyApostrophes &+= 1
            index &+= length
            continue
          }
        }
      } else if WordScan.isWordScalar(scalar) || WordScan.isMark(scalar) {
        return nil
      }
      shapes.noteScalar(scalar)
      if inWord {
        state.endWord(
          bytes, from: wordStart, to: index, curlyApostrophes: curlyApostrophes, leads: leads, in: self)
        shapes.noteWord(from: wordStart, to: index, in: bytes)
        curlyApostrophes = 0
        inWord = false
      }
      index &+= length
      wordStart = index
    }
    if inWord {
      state.endWord(
        bytes, from: wordStart, to: index, curlyApostrophes: curlyApostrophes, leads: leads, in: self)
      shapes.noteWord(from: wordStart, to: index, in: bytes)
    }
    state.leads.shapes = shapes
    return state.leads
  }

  /// Where the run of ASCII letters and digits at `start` ends, eight bytes at a time, and whether it holds
  /// a digit: most runs hold none, and the artefact cues look at a run's digits one by one.
  @inline(__always)
  private static func alphanumericRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, hasDigit: Bool) {
    var index = start
    var digits: UInt64 = 0
    let count = bytes.count
    if let base = bytes.baseAddress {
      while index &+ 8 <= count {
        let chunk = ByteLanes.load(base, at: index)
        let stops = ~ByteLanes.alphanumeric(chunk) & ByteLanes.top
        if stops != 0 {
          // The lanes before the first stop.
          let run = (stops & (0 &- stops)) &- 1
          return (index &+ stops.trailingZeroBitCount >> 3, (digits | ByteLanes.between(chunk, 0x2F, 0x3A) & run) != 0)
        }
        digits |= ByteLanes.between(chunk, 0x2F, 0x3A)
        index &+= 8
      }
    }
    var hasDigit = digits != 0
    while index < count && ASCIIWordSpans.isAlphanumeric(bytes[index]) {
      if bytes[index] &- 0x30 < 10 { hasDigit = true }
      index += 1
    }
    return (index, hasDigit)
  }

  /// What a scan knows between words.
  private struct ScanState {
    var leads: Leads
    var wordCount = 0
    var previousHash: UInt64 = 0
    var previousStartsPair = false

    init(leads: Leads) { self.leads = leads }

    /// The word at `start..<end`: hashed and looked up only when it may lead a phrase or follow a word
    /// that starts a pair, which few words do.
    @inline(__always)
    mutating func endWord(
      _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, curlyApostrophes: Int,
      leads: LeadLengthFilter.Reader, in table: PhraseLeadTable
    ) {
      let mayLead = PhraseLeadTable.mayLead(
        bytes, from: start, to: end, curlyApostrophes: curlyApostrophes, leads: leads)
      guard mayLead || previousStartsPair else {
        previousStartsPair = false
        wordCount &+= 1
        return
      }
      lookUp(bytes, from: start, to: end, mayLead: mayLead, in: table)
    }

    @inline(never)
    private mutating func lookUp(
      _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, mayLead: Bool, in table: PhraseLeadTable
    ) {
      let hash = PhraseLeadTable.wordHash(bytes, from: start, to: end)
      let mask = mayLead ? table.singles.mask(for: hash) : 0
      let found = mask & ~PhraseLeadTable.startsPair
      if found != 0 {
        leads.anywhere |= found
        if wordCount == 0 { leads.atStart |= found }
        if found & table.countedBit != 0 { leads.countedPositions += 1 }
      }
      if previousStartsPair {
        let pairFound = table.pairs.mask(for: PhraseLeadTable.pairKey(previousHash, hash))
        if pairFound != 0 {
          leads.anywhere |= pairFound
          if wordCount == 1 { leads.atStart |= pairFound }
          if pairFound & table.countedBit != 0 { leads.countedPositions += 1 }
        }
      }
      previousStartsPair = mask & PhraseLeadTable.startsPair != 0
      previousHash = hash
      wordCount &+= 1
    }
  }
}

/// Open addressing from a 64-bit hash to a bit mask; a zero mask marks an empty slot.
private struct HashMaskTable: Sendable {
  private var keys = [UInt64](repeating: 0, count: 8)
  private var masks = [UInt32](repeating: 0, count: 8)
  private var used = 0

  mutating func insert(_ key: UInt64, _ mask: UInt32) {
    if (used + 1) * 2 > keys.count { grow() }
    let slotMask = keys.count - 1
    var slot = Self.start(key) & slotMask
    while masks[slot] != 0 {
      if keys[slot] == key {
        masks[slot] |= mask
        return
      }
      slot = (slot + 1) & slotMask
    }
    keys[slot] = key
    masks[slot] = mask
    used += 1
  }

  @inline(__always)
  func mask(for key: UInt64) -> UInt32 {
    let slotMask = keys.count - 1
    var slot = Self.start(key) & slotMask
    while true {
      let mask = masks[slot]
      if mask == 0 || keys[slot] == key { return mask }
      slot = (slot + 1) & slotMask
    }
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldMasks = masks
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    masks = [UInt32](repeating: 0, count: oldKeys.count * 2)
    used = 0
    for (key, mask) in zip(oldKeys, oldMasks) where mask != 0 { insert(key, mask) }
  }

  /// FNV-1a's low bits depend mostly on the last bytes: fold the high half in.
  @inline(__always)
  private static func start(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29) ^ (hash >> 47)) }
}
