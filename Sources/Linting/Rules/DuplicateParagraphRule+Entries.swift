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
      for position in [range.start, range.end, extent.start, extent.end] {
        writer.write(position.line)
        writer.write(position.column)
      }
      writer.write(excerpt)
      writer.write(key)
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
    // 128-bit FNV-1a. The prime is 2^88 + 0x13B, so each step is a 64-bit multiply by 0x13B plus a shift:
    // the generic UInt128 multiply costs several times more per byte.
    var low: UInt64 = 0x62B8_2175_6295_C58D
    var high: UInt64 = 0x6C62_272E_07BB_0142
    var key = key
    key.withUTF8 { bytes in
      for byte in bytes {
        low ^= UInt64(byte)
        let product = low.multipliedFullWidth(by: 0x13B)
        high = high &* 0x13B &+ product.high &+ (low << 24)
        low = product.low
      }
    }
    return UInt128(high) << 64 | UInt128(low)
  }

  /// A digest as 32 hex digits, as signatures and corpus facts carry it.
  static func hex(_ digest: UInt128) -> String {
    let hex = String(digest, radix: 16)
    return String(repeating: "0", count: 32 - hex.count) + hex
  }
}
