public import ContentModel
import TextKit

/// Reads HTML pages: decodes them, parses them with libxml2, finds the article and maps every block
/// back to its place in the raw markup.
public struct HTMLIngester: Ingester {
  public let fileExtensions: Set<String> = ["html", "htm", "xhtml"]

  public init() {}

  public func ingest(_ bytes: [UInt8], path: String) throws(IngestError) -> Document {
    let (source, _) = try TextDecoder.decode(bytes, declaredCharset: CharsetSniffer.declaredCharset(in: bytes))
    let index = SourceIndex(source)
    let root = HTMLParser.parse(index, text: source)
    let jsonLD = JSONLinkedData(root: root)
    let extractor = ContentExtractor(root: root, articleBodyHint: jsonLD.string("articleBody"))
    var container = extractor.container()
    var builder = HTMLBlockBuilder(source: index, extractor: extractor)
    var blocks = builder.build(from: container)
    if !blocks.contains(where: { $0.role == .content }), let body = root.firstDescendant(where: { $0.name == "body" }),
      body !== container
    {
      // The chosen container held nothing readable: take the whole body rather than report an empty post.
      container = body
      var fallback = HTMLBlockBuilder(source: index, extractor: extractor)
      blocks = fallback.build(from: body)
    }
    let reader = HTMLMetadata(root: root, container: container, jsonLD: jsonLD)
    var metadata = reader.read()
    let trimmer = ArticleTrimmer(titleCandidates: reader.titleCandidates(), summary: metadata.description)
    var notes: [String] = []
    // Each block's source map places one position per scalar of its text: its length counts them.
    var scalarCounts = blocks.map(\.sourceMap.length)
    if let teasers = trimmer.teaserCount(in: blocks, scalarCounts: scalarCounts) {
      // A blog index is not one post: say so and hand the rules nothing to lint as if it were.
      notes.append("listing page: \(teasers) post teasers, not one article; no content blocks kept")
      blocks = []
      scalarCounts = []
    }
    let (trimmed, titleIndex) = trimmer.trim(blocks, scalarCounts: scalarCounts)
    blocks = trimmed
    if let titleIndex {
      metadata.titleRange = blocks[titleIndex].textRange
      if metadata.title == nil { metadata.title = blocks[titleIndex].text }
    } else if let title = metadata.title, let heading = blocks.first(where: { $0.kind == .heading && $0.text == title }) {
      metadata.titleRange = heading.textRange
    }
    return Document(
      path: path, format: .html, metadata: metadata, blocks: blocks, source: source, notes: notes,
      comments: comments(in: root, index))
  }

  private func comments(in root: HTMLElement, _ index: SourceIndex) -> [SourceComment] {
    var found: [SourceComment] = []
    var stack: [HTMLNode] = root.children.reversed()
    while let node = stack.popLast() {
      switch node {
      case .element(let element): stack.append(contentsOf: element.children.reversed())
      case .comment(let text, let offset):
        found.append(SourceComment(line: index.position(of: offset).line, text: text.trimming()))
      case .text: break
      }
    }
    return found
  }
}

/// Finds the charset a page declares in its first bytes (`<meta charset>` or `http-equiv`).
enum CharsetSniffer {
  static func declaredCharset(in bytes: [UInt8]) -> String? {
    let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
    guard let metaRange = head.range(of: "charset=") else { return nil }
    var name = ""
    for character in head[metaRange.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " }) {
      guard character.isLetter || character.isNumber || "-_:.".contains(character) else { break }
      name.append(character)
    }
    return name.isEmpty ? nil : name
  }
}
