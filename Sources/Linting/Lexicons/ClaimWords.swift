import ContentModel
import TextKit

/// One word of every phrase that can start a health claim (stopping medication, cure verbs, absolutes,
/// "clinically proven", verbs of effect): a sentence matches one of those phrases only if it holds that
/// word, so a block that holds none of them, and no "100", makes no claim.
struct ClaimWords: Sendable {
  private var table = HashedWordTable<[Bool]>()
  /// The same words by hash alone, for the byte screen: a collision only lets a block through.
  private let hashes: WordHashSet

  init(_ families: [[String]]) {
    var chosen: [UInt64] = []
    for word in Self.words(of: families) {
      if table.value(for: word) == nil { table.append(true, for: word, hash: FNV1a.hash(word)) }
      chosen.append(FNV1a.hash(word))
    }
    hashes = WordHashSet(chosen)
  }

  /// The claim word of each phrase of the families.
  static func words(of families: [[String]]) -> [String] {
    families.joined().compactMap { phrase in
      // Any word of a phrase will do, since a match needs all of them: the longest is the rarest.
      let words = WordScan(phrase).words.map(\.key)
      guard let word = words.max(by: { $0.utf8.count < $1.utf8.count }) else { return nil }
      precondition(!phrase.contains("*") && word.utf8.allSatisfy { $0 < 0x80 }, "a claim word must be plain ASCII")
      return word
    }
  }

  /// False when no sentence of the block can make a claim. A word that is not all ASCII is compared by
  /// `String` (canonical equivalence) in phrase lists, so it is taken as a possible claim word.
  ///
  /// Reads the block's bytes and builds no scan unless a word is not ASCII.
  func mayClaim(_ block: Block) -> Bool {
    var text = block.text
    let screened: Bool? = text.withUTF8 { bytes in
      if Self.containsHundred(bytes) { return true }  // "100", "100%" and "100 percent"
      return ASCIIWordReader.forEachWord(in: bytes) { !hashes.contains($0.hash) }
    }
    return screened ?? mayClaim(block.wordScan.words, text: block.text[...])
  }

  /// False when the sentence whose scan and text these are can make no claim.
  func mayClaim(_ scan: WordScan, text: Substring) -> Bool { mayClaim(scan.words, text: text) }

  private func mayClaim(_ words: [WordScan.Word], text: Substring) -> Bool {
    var bytes = text
    if bytes.withUTF8(Self.containsHundred) { return true }  // "100", "100%" and "100 percent"
    for word in words {
      guard let hash = word.asciiHash else { return true }
      if table.value(for: word.key, hash: hash) != nil { return true }
    }
    return false
  }

  private static func containsHundred(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 3 else { return false }
    var index = 0
    while index < bytes.count - 2 {
      if bytes[index] == 0x31 && bytes[index + 1] == 0x30 && bytes[index + 2] == 0x30 { return true }
      index += 1
    }
    return false
  }
}
