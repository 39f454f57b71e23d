public import ContentModel
import TextKit

/// Reads plain-text posts: blank-line paragraphs, bulleted and numbered lists, short title-like lines
/// as headings, the first such line as the title, bylines and other scrape residue kept as residue.
public struct TextIngester: Ingester {
  public let fileExtensions: Set<String> = ["txt", "text"]

  public init() {}

  public func ingest(_ bytes: [UInt8], path: String) throws(IngestError) -> Document {
    let (source, _) = try TextDecoder.decode(bytes)
    var directives: [SourceComment] = []
    var groups: [[SourceLines.Line]] = [[]]
    for line in SourceLines(source).lines {
      // Most lines start with a word: only a blank line or one whose text starts with "c" needs trimming.
      let firstKept = line.text.first { !Self.isTrimmed($0) }
      let trimmed = firstKept == "c" ? String(line.text).trimming() : ""
      if trimmed.hasPrefix("contentlint-") {
        directives.append(SourceComment(line: line.number, text: trimmed))
        if !groups[groups.count - 1].isEmpty { groups.append([]) }
      } else if firstKept == nil {
        if !groups[groups.count - 1].isEmpty { groups.append([]) }
      } else {
        groups[groups.count - 1].append(line)
      }
    }
    var blocks: [Block] = []
    for group in groups where !group.isEmpty {
      Self.appendBlocks(in: group, to: &blocks)
    }
    var metadata = Metadata()
    Self.assignTitle(&blocks, metadata: &metadata)
    metadata.byline = blocks.lazy.filter { $0.role == .residue }.compactMap { Self.name(inByline: $0.text) }.first
    return Document(path: path, format: .text, metadata: metadata, blocks: blocks, source: source, comments: directives)
  }

  /// The scalars `trimming()` takes off a line's ends.
  private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0D, 0xA0: true
    default: false
    }
  }

  // MARK: - Blocks

  private struct Pending {
    var kind: BlockKind
    var level: Int?
    var text = ""
    var map = SourceMap()
    var firstLine: Int
    var lastLine: Int
    var lastLineLength: Int
    /// Whether the text is page furniture, while the block is one line whose verdict is known.
    var isFurniture: Bool?

    /// Appends `content`, which runs from `column` to the end of the line's text at `lineLength`.
    mutating func append(_ content: String, line: Int, column: Int, lineLength: Int) {
      if text.isEmpty {
        // Most blocks are one line: the line's text becomes the block's without another copy.
        text = content
      } else {
        text.unicodeScalars.append(" ")
        map.append(SourcePosition(line: lastLine, column: lastLineLength + 1))
        text.append(content)
      }
      // One run of columns along the line, as `SourceMap(text:startingAt:)` would map it.
      map.append(run: SourcePosition(line: line, column: column), count: max(0, lineLength - column + 1))
      lastLine = line
      lastLineLength = lineLength
      isFurniture = nil
    }

    func block() -> Block {
      Block(
        kind: kind, level: level, text: text, sourceMap: map,
        extent: SourceRange(
          start: SourcePosition(line: firstLine, column: 1),
          end: SourcePosition(line: lastLine, column: lastLineLength + 1)))
    }
  }

  /// Appends the blocks of `group` to `result` itself: a block made here is moved into the post's list, not
  /// copied from a list of the group's own.
  private static func appendBlocks(in group: [SourceLines.Line], to result: inout [Block]) {
    var pending: Pending?
    // Nesting is read from indentation relative to the group's first item; a tab counts as four columns.
    var listIndent: Int?
    func flush() {
      if let done = pending { result.append(classify(done.block(), isFurniture: done.isFurniture)) }
      pending = nil
    }
    for (position, line) in group.enumerated() {
      let scalars = line.text
      let indentEnd = scalars.firstIndex { $0 != " " && $0 != "\t" && $0 != "\u{A0}" } ?? scalars.endIndex
      let indent = scalars.distance(from: scalars.startIndex, to: indentEnd)
      let indentWidth = scalars[scalars.startIndex..<indentEnd].reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
      var contentEnd = scalars.endIndex
      while contentEnd > indentEnd, [" ", "\t", "\u{A0}"].contains(scalars[scalars.index(before: contentEnd)]) {
        contentEnd = scalars.index(before: contentEnd)
      }
      let lineLength = UTF8Scalar.count(in: Substring(scalars[scalars.startIndex..<contentEnd]))
      let content = scalars[indentEnd..<contentEnd]
      if let markerLength = BulletMarker.length(in: content) {
        flush()
        let textStart = content.index(content.startIndex, offsetBy: markerLength)
        let base = listIndent ?? indentWidth
        listIndent = base
        let step = scalars[scalars.startIndex..<indentEnd].contains("\t") ? 4 : 2
        let level = min(6, 1 + max(0, indentWidth - base) / step)
        var item = Pending(
          kind: .listItem, level: level, firstLine: line.number, lastLine: line.number,
          lastLineLength: lineLength)
        item.append(String(content[textStart...]), line: line.number, column: indent + markerLength + 1, lineLength: lineLength)
        item.lastLineLength = lineLength
        pending = item
        continue
      }
      let text = String(content)
      let lineIsFurniture = TextFurniture.isFurniture(text)
      let continuesItem = pending?.kind == .listItem && (indent >= 2 || (pending?.lastLineLength ?? 0) >= 60)
      if !continuesItem { listIndent = nil }
      let continuesParagraph = pending?.kind == .paragraph && !lineIsFurniture
      if continuesItem || continuesParagraph, var current = pending {
        current.append(text, line: line.number, column: indent + 1, lineLength: lineLength)
        pending = current
      } else {
        flush()
        var paragraph = Pending(kind: .paragraph, firstLine: line.number, lastLine: line.number, lastLineLength: lineLength)
        paragraph.append(text, line: line.number, column: indent + 1, lineLength: lineLength)
        paragraph.isFurniture = lineIsFurniture
        pending = paragraph
      }
      // A heading or a residue line stands alone even without a blank line after it.
      if let current = pending, current.firstLine == line.number,
        lineIsFurniture
          || (position + 1 < group.count && isTitleLike(text) && lineLength < 60
            && group[position + 1].text.count > lineLength + 20)
      {
        flush()
      }
    }
    flush()
  }

  /// Single short lines that read like titles become headings; furniture lines become residue.
  /// `isFurniture` is the verdict on the block's text when it is already known.
  private static func classify(_ block: consuming Block, isFurniture: Bool?) -> Block {
    if isFurniture ?? TextFurniture.isFurniture(block.text) {
      block.role = .residue
      return block
    }
    if block.kind == .paragraph, block.extent.start.line == block.extent.end.line, isTitleLike(block.text) {
      block.kind = .heading
      block.level = 2
    }
    return block
  }

  static func isTitleLike(_ text: String) -> Bool {
    // A line of prose is turned away at its fifteenth word, before the words are built.
    guard SpaceSeparatedWords.count(in: text, upTo: 14) <= 14 else { return false }
    let words = text.split(separator: " ")
    guard (1...14).contains(words.count), text.count <= 100, let first = text.first else { return false }
    guard first.isUppercase || first.isNumber || first == "#" else { return false }
    if let last = text.last, ".,;:!…\"”)".contains(last) { return false }
    let capitalised = words.count { $0.first?.isUppercase == true || $0.first?.isNumber == true }
    return words.count <= 3 || capitalised * 2 >= words.count || text.hasSuffix("?")
  }

  // MARK: - Metadata

  /// The first heading-like block near the top is the title (level 1); the others are level 2.
  private static func assignTitle(_ blocks: inout [Block], metadata: inout Metadata) {
    let candidates = blocks.indices.filter { blocks[$0].role == .content }.prefix(2)
    guard let index = candidates.first(where: { blocks[$0].kind == .heading }), index == candidates.first else { return }
    blocks[index].level = 1
    metadata.title = blocks[index].text
    metadata.titleRange = blocks[index].textRange
  }

  /// "· John Smith  · 2 min read" → "John Smith"; "By Jane Doe | May 2024" → "Jane Doe".
  static func name(inByline text: String) -> String? {
    let parts = text.split { "·|•—–".contains($0) }.map { String($0).trimming() }.filter { !$0.isEmpty }
    for part in parts {
      let lower = part.lowercased()
      if lower.contains("read") || lower.contains("min") || part.first?.isNumber == true { continue }
      var name = part
      for prefix in ["By ", "by ", "Written by ", "Posted by ", "Author: "] where name.hasPrefix(prefix) {
        name = String(name.dropFirst(prefix.count))
      }
      let words = name.split(separator: " ")
      if (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) { return name }
    }
    return nil
  }
}
