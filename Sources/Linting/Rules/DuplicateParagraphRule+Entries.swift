import ContentModel
import TextKit

/// The details of a compared block that only a report or a near comparison needs. They are written to the
/// rule's spill store as each post is read, and read back for the few posts that have something to report.
extension DuplicateParagraphRule {
  struct Entry: Sendable {
    var range: SourceRange
    var extent: SourceRange
    var excerpt: String
    /// The normalised text: the finding's fingerprint, and the words a near comparison shingles again
    /// (cheaper to keep than the shingles, and needed only for the few blocks with candidates).
    var key: String

    /// Stands in for details that could not be read back (the spill file failed): its block is still
    /// counted, and reports nothing of its own.
    static let unreadable = Entry(
      range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1)),
      extent: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1)),
      excerpt: "", key: "")

    func write(to writer: inout BinaryWriter) {
      Self.write(range: range, extent: extent, to: &writer)
      writer.write(excerpt)
      writer.write(key)
    }

    /// The start of an entry: where its block lies. `summarize` writes the excerpt and the key after it
    /// straight from the block's text.
    static func write(range: SourceRange, extent: SourceRange, to writer: inout BinaryWriter) {
      writer.write(range.start.line)
      writer.write(range.start.column)
      writer.write(range.end.line)
      writer.write(range.end.column)
      writer.write(extent.start.line)
      writer.write(extent.start.column)
      writer.write(extent.end.line)
      writer.write(extent.end.column)
    }

    init(range: SourceRange, extent: SourceRange, excerpt: String, key: String) {
      self.range = range
      self.extent = extent
      self.excerpt = excerpt
      self.key = key
    }

    /// The words of the normalised text: the key joins them with single spaces and no word holds one.
    var words: [String] { key.split(separator: " ").map(String.init) }

    init?(from reader: inout BinaryReader) {
      var positions: [SourcePosition] = []
      for _ in 0..<4 {
        guard let line = reader.readInt(), let column = reader.readInt() else { return nil }
        positions.append(SourcePosition(line: line, column: column))
      }
      guard let excerpt = reader.readString(), let key = reader.readString() else { return nil }
      self.init(
        range: SourceRange(start: positions[0], end: positions[1]), extent: SourceRange(start: positions[2], end: positions[3]),
        excerpt: excerpt, key: key)
    }
  }

  /// Writes the excerpt of a block's text as `Entry.write` writes `excerpt`, without making it a String
  /// when it is plain ASCII.
  static func writeExcerpt(of text: String, to writer: inout BinaryWriter) {
    let written = text.withASCIIExcerpt { kept, shortened in
      writer.writeInPlace(maximumCount: kept.count + 3) { excerpt in
        UnsafeMutableRawBufferPointer(excerpt).copyMemory(from: UnsafeRawBufferPointer(kept))
        guard shortened else { return kept.count }
        // "…" in UTF-8.
        (excerpt[kept.count], excerpt[kept.count + 1], excerpt[kept.count + 2]) = (0xE2, 0x80, 0xA6)
        return kept.count + 3
      }
    }
    if written == nil { writer.write(text.excerpt()) }
  }

  /// Writes the normalised text of a block's text (`ComparisonKey.text`) as `Entry.write` writes `key`, and
  /// returns its digest (`digest(_:)`) and word count, with the words' hashes at the start of `wordHashes`.
  /// ASCII text is normalised, hashed and digested in one pass, straight into the record.
  static func writeKey(of text: String, to writer: inout BinaryWriter, wordHashes: inout [UInt64]) -> (digest: UInt128, words: Int) {
    var text = text
    let ascii = text.withUTF8 { bytes -> (digest: UInt128, words: Int)? in
      let room = max(1, ComparisonKey.maximumWordCount(ofASCII: bytes.count))
      if wordHashes.count < room { wordHashes = [UInt64](repeating: 0, count: max(room, 2 * wordHashes.count)) }
      var digest = FNV1a128()
      var words = 0
      let written = wordHashes.withUnsafeMutableBufferPointer { hashes in
        writer.writeInPlace(maximumCount: bytes.count) { key in
          guard let scanned = ComparisonKey.scanASCII(bytes, key: key.baseAddress!, wordHashes: hashes.baseAddress!, digest: &digest)
          else { return nil }
          words = scanned.wordCount
          return scanned.keyLength
        }
      }
      return written == nil ? nil : (digest.value, words)
    }
    if let ascii { return ascii }
    let key = ComparisonKey(text)
    writer.write(key.text)
    wordHashes = key.wordHashes
    return (digest(key.text), key.wordCount)
  }

  /// Reads entries back during one check, each one alone (a finding needs one or two entries of a post, not
  /// its forty paragraphs), keeping those it read: many posts repeat the first post to hold a text.
  struct EntryReader {
    let rule: DuplicateParagraphRule
    let summaries: [Summary]
    private var known: [Seen: Entry] = [:]
    private let capacity = 1 << 16

    init(rule: DuplicateParagraphRule, summaries: [Summary]) {
      self.rule = rule
      self.summaries = summaries
    }

    mutating func entry(_ seen: Seen) -> Entry {
      if let entry = known[seen] { return entry }
      let summary = summaries[seen.document]
      let starts = summary.entryStarts
      var entry = Entry.unreadable
      if starts.indices.contains(seen.entry) {
        let end = seen.entry + 1 < starts.count ? starts[seen.entry + 1] : summary.details.count
        var reader = BinaryReader(rule.details.read(summary.details, bytes: starts[seen.entry]..<end))
        if let read = Entry(from: &reader), reader.isAtEnd { entry = read }
      }
      if known.count >= capacity { known.removeAll(keepingCapacity: true) }
      known[seen] = entry
      return entry
    }
  }

  /// FNV-1a, 128 bits, over the normalised text's UTF-8: stable on every machine, and wide enough that
  /// two different texts of a corpus never share one.
  static func digest(_ key: String) -> UInt128 {
    FNV1a128.hash(key)
  }

  /// A digest as 32 hex digits, as signatures and corpus facts carry it.
  static func hex(_ digest: UInt128) -> String {
    let hex = String(digest, radix: 16)
    return String(repeating: "0", count: 32 - hex.count) + hex
  }
}
