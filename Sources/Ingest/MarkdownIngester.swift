internal import CCMark
public import ContentModel
import TextKit

/// Reads Markdown posts with cmark-gfm: front matter as metadata, headings, paragraphs, list items,
/// quotes and table cells as blocks with exact source positions; code blocks kept as code (never linted
/// as prose), inline code as code spans.
public struct MarkdownIngester: Ingester {
  public let fileExtensions: Set<String> = ["md", "markdown", "mdown", "mkd"]

  public init() {}

  private static let extensionsRegistered: Bool = {
    cmark_gfm_core_extensions_ensure_registered()
    return true
  }()

  public func ingest(_ bytes: [UInt8], path: String) throws(IngestError) -> Document {
    _ = Self.extensionsRegistered
    let (source, _) = try TextDecoder.decode(bytes)
    let lines = SourceLines(source).lines
    let frontMatter = FrontMatter(lines)
    // The front matter's lines are handed to cmark empty, so line numbers stay those of the file.
    var markdown = String(repeating: "\n", count: frontMatter.lineCount)
    for line in lines.dropFirst(frontMatter.lineCount) {
      markdown += String(line.text) + "\n"
    }
    let index = SourceIndex(source)
    let parser = cmark_parser_new(CMARK_OPT_DEFAULT)
    defer { cmark_parser_free(parser) }
    for name in ["table", "strikethrough", "autolink", "tasklist"] {
      if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
    }
    let utf8 = Array(markdown.utf8)
    utf8.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, buffer.count) }
    }
    guard let root = cmark_parser_finish(parser) else { return Document(path: path, format: .markdown, source: source) }
    defer { cmark_node_free(root) }
    var builder = MarkdownBlockBuilder(source: index, lines: lines)
    builder.walkBlocks(root, context: .paragraph, depth: 0)
    var metadata = frontMatter.metadata
    if metadata.title == nil, let heading = builder.blocks.first(where: { $0.kind == .heading && $0.level == 1 }) {
      metadata.title = heading.text
    }
    if let title = metadata.title, let heading = builder.blocks.first(where: { $0.kind == .heading && $0.text == title }) {
      metadata.titleRange = heading.textRange
    }
    return Document(
      path: path, format: .markdown, metadata: metadata, blocks: builder.blocks, source: source,
      comments: builder.comments)
  }
}

/// Turns cmark's tree into blocks, placing every text scalar in the source by matching it forward from
/// the block's first line (cmark reports block positions, not the positions of inline text).
private struct MarkdownBlockBuilder {
  let source: SourceIndex
  let lineOffsets: [Int]
  private(set) var blocks: [Block] = []
  private(set) var comments: [SourceComment] = []
  private var cursor = 0
  private var blockEnd = 0
  private var text = String.UnicodeScalarView()
  private var map = SourceMap()
  private var inlines: [InlineSpan] = []
  private var pendingSpace: Int?
  private var textLength = 0

  init(source: SourceIndex, lines: [SourceLines.Line]) {
    self.source = source
    var offsets: [Int] = []
    var offset = 0
    for line in lines {
      offsets.append(offset)
      offset += line.text.count + 1
    }
    // Line ends may be \r\n: recompute from the index so offsets are exact.
    self.lineOffsets = (1...max(lines.count, 1)).map { line in source.offset(ofLine: line) }
  }

  mutating func walkBlocks(_ node: OpaquePointer, context: BlockKind, depth: Int) {
    var child = cmark_node_first_child(node)
    var listDepth = depth
    while let current = child {
      let type = String(cString: cmark_node_get_type_string(current))
      switch type {
      case "paragraph": leafBlock(current, kind: context, level: context == .listItem ? listDepth : nil)
      case "heading": leafBlock(current, kind: .heading, level: Int(cmark_node_get_heading_level(current)))
      case "code_block": codeBlock(current)
      case "html_block": htmlComments(current)
      case "table_cell": leafBlock(current, kind: .tableCell, level: nil)
      case "item":
        listDepth = depth + 1
        walkBlocks(current, context: .listItem, depth: depth + 1)
      case "block_quote": walkBlocks(current, context: .quote, depth: depth)
      case "list": walkBlocks(current, context: context, depth: depth)
      default:
        if depth < 64 { walkBlocks(current, context: context, depth: depth) }
      }
      child = cmark_node_next(current)
    }
  }

  // MARK: - Blocks

  private mutating func leafBlock(_ node: OpaquePointer, kind: BlockKind, level: Int?) {
    let startLine = Int(cmark_node_get_start_line(node))
    let endLine = Int(cmark_node_get_end_line(node))
    guard startLine >= 1 else { return }
    cursor = max(cursor, offset(line: startLine, byteColumn: Int(cmark_node_get_start_column(node))))
    blockEnd = offset(line: endLine + 1, byteColumn: 1)
    text = String.UnicodeScalarView()
    map = SourceMap()
    inlines = []
    pendingSpace = nil
    textLength = 0
    walkInlines(node, depth: 0)
    guard textLength > 0 else { return }
    let blockText = String(text)
    var extentNode = node
    // A list item's only paragraph is deleted with its marker.
    if kind == .listItem, let parent = cmark_node_parent(node), String(cString: cmark_node_get_type_string(parent)) == "item",
      cmark_node_first_child(parent) == node, cmark_node_next(node) == nil
    {
      extentNode = parent
    }
    var block = Block(
      kind: kind, level: level, text: blockText, inlines: inlines, sourceMap: map, extent: extent(of: extentNode))
    if ResidueClassifier.classify(blockText) != nil { block.role = .residue }
    blocks.append(block)
  }

  private mutating func codeBlock(_ node: OpaquePointer) {
    let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    let startLine = Int(cmark_node_get_start_line(node))
    guard !literal.trimming().isEmpty, startLine >= 1 else { return }
    // The code starts on the line after an opening fence; indented code starts on its first line.
    let fenced = source.scalars.indices.contains(offset(line: startLine, byteColumn: Int(cmark_node_get_start_column(node))))
      && ["`", "~"].contains(source.scalars[offset(line: startLine, byteColumn: Int(cmark_node_get_start_column(node)))])
    let firstLine = fenced ? startLine + 1 : startLine
    var codeMap = SourceMap()
    var line = firstLine
    var column = 1
    for scalar in literal.trimming("\n").unicodeScalars {
      codeMap.append(SourcePosition(line: line, column: column))
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    blocks.append(
      Block(kind: .code, text: literal.trimming("\n"), sourceMap: codeMap, extent: extent(of: node), isTranslatable: false))
  }

  private mutating func htmlComments(_ node: OpaquePointer) {
    let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    var line = Int(cmark_node_get_start_line(node))
    for text in literal.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = String(text).trimming()
      if trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") {
        comments.append(SourceComment(line: line, text: String(trimmed.dropFirst(4).dropLast(3)).trimming()))
      }
      line += 1
    }
  }

  // MARK: - Inlines

  private mutating func walkInlines(_ node: OpaquePointer, depth: Int) {
    var child = cmark_node_first_child(node)
    while let current = child {
      let type = String(cString: cmark_node_get_type_string(current))
      switch type {
      case "text": appendLiteral(current)
      case "code":
        let start = nextOffset
        appendLiteral(current)
        if textLength > start { inlines.append(InlineSpan(kind: .code, range: start..<textLength)) }
      case "softbreak", "linebreak":
        if textLength > 0, pendingSpace == nil { pendingSpace = cursor }
      case "html_inline":
        let literal = cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
        if literal.hasPrefix("<!--") {
          comments.append(SourceComment(line: source.position(of: cursor).line, text: String(literal.dropFirst(4).dropLast(3)).trimming()))
        }
        skip(literal)
      case "image":
        skipLinkTail(afterText: true)
      case "emph", "strong", "link", "strikethrough":
        let start = nextOffset
        if depth < 32 { walkInlines(current, depth: depth + 1) }
        if type == "link" { skipLinkTail(afterText: false) }
        if textLength > start {
          let kind: InlineSpan.Kind? =
            switch type {
            case "emph": .emphasis
            case "strong": .strong
            case "link": .link(href: cmark_node_get_url(current).map { String(cString: $0) } ?? "")
            default: nil
            }
          if let kind { inlines.append(InlineSpan(kind: kind, range: start..<textLength)) }
        }
      default:
        if depth < 32 { walkInlines(current, depth: depth + 1) }
      }
      child = cmark_node_next(current)
    }
  }

  private var nextOffset: Int { textLength + (pendingSpace != nil && textLength > 0 ? 1 : 0) }

  private mutating func appendLiteral(_ node: OpaquePointer) {
    guard let literal = cmark_node_get_literal(node) else { return }
    for scalar in String(cString: literal).unicodeScalars {
      if scalar == " " || scalar == "\t" || scalar == "\n" {
        if textLength > 0, pendingSpace == nil { pendingSpace = locate(scalar) ?? cursor }
        continue
      }
      let offset = locate(scalar) ?? max(0, min(cursor, source.count - 1))
      if let space = pendingSpace, textLength > 0 {
        text.append(" ")
        map.append(source.position(of: space))
        textLength += 1
      }
      pendingSpace = nil
      text.append(scalar)
      map.append(source.position(of: offset))
      textLength += 1
    }
  }

  /// Finds `scalar` at or after the cursor within the block, stepping over Markdown syntax, and moves past it.
  private mutating func locate(_ scalar: Unicode.Scalar) -> Int? {
    var index = cursor
    while index < min(blockEnd, source.count) {
      if source.scalars[index] == scalar {
        cursor = index + 1
        return index
      }
      index += 1
    }
    return nil
  }

  /// Steps over `](destination "title")` or `][label]` after a link's text, and over a whole image.
  private mutating func skipLinkTail(afterText: Bool) {
    var index = cursor
    let limit = min(blockEnd, source.count)
    if afterText {
      while index < limit, source.scalars[index] != "]" { index += 1 }
    }
    guard index < limit, source.scalars[index] == "]" else { return }
    index += 1
    guard index < limit else {
      cursor = index
      return
    }
    let open = source.scalars[index]
    guard open == "(" || open == "[" else {
      cursor = index
      return
    }
    let close: Unicode.Scalar = open == "(" ? ")" : "]"
    var depth = 0
    while index < limit {
      let scalar = source.scalars[index]
      if scalar == open { depth += 1 }
      if scalar == close {
        depth -= 1
        if depth == 0 {
          cursor = index + 1
          return
        }
      }
      index += 1
    }
  }

  private mutating func skip(_ literal: String) {
    guard let first = literal.unicodeScalars.first, let start = locate(first) else { return }
    cursor = min(blockEnd, start + literal.unicodeScalars.count)
  }

  // MARK: - Positions

  /// The scalar offset of a cmark position (1-based line, 1-based byte column).
  private func offset(line: Int, byteColumn: Int) -> Int {
    guard line >= 1, line <= lineOffsets.count else { return source.count }
    var index = lineOffsets[line - 1]
    var bytes = 1
    while bytes < byteColumn, index < source.count, source.scalars[index] != "\n" {
      bytes += UTF8.width(source.scalars[index])
      index += 1
    }
    return index
  }

  private func extent(of node: OpaquePointer) -> SourceRange {
    let start = offset(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
    let end = offset(line: Int(cmark_node_get_end_line(node)), byteColumn: Int(cmark_node_get_end_column(node)))
    return SourceRange(start: source.position(of: start), end: source.position(of: min(source.count, end + 1)))
  }
}
