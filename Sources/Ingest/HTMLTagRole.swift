/// What a tag's name says about how its element's text is read: looked up once, when the element is copied, rather
/// than hashed into a set by every walk that asks.
struct HTMLTagRole: Sendable {
  /// 1 to 6 for `h1` to `h6`; nil for every other element.
  let headingLevel: Int?
  /// An element whose text makes one block (`p`, `li`, `td`, …), headings included.
  let isLeafBlock: Bool
  /// An element that starts a new block when met inside running text.
  let isBlock: Bool
  /// An element whose content libxml2 keeps verbatim, character references included.
  let isRawText: Bool
  /// An element that never holds article text (`ContentExtractor.droppedElements`).
  let isDropped: Bool

  static let inline = HTMLTagRole(headingLevel: nil, isLeafBlock: false, isBlock: false, isRawText: false, isDropped: false)

  static func of(_ name: String) -> HTMLTagRole { table[name] ?? .inline }

  static let headingLevels: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]
  static let leafBlocks: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td", "th", "dt", "dd", "figcaption", "caption",
    "address", "summary", "blockquote",
  ]
  static let blockElements: Set<String> = leafBlocks.union([
    "div", "section", "article", "main", "header", "footer", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot",
    "tr", "figure", "hr", "details", "body", "html", "center", "fieldset", "hgroup",
  ])
  static let rawTextElements: Set<String> = ["script", "style", "xmp", "plaintext", "noscript", "iframe"]

  private static let table: [String: HTMLTagRole] = {
    var table: [String: HTMLTagRole] = [:]
    for name in blockElements.union(rawTextElements).union(ContentExtractor.droppedElements) {
      table[name] = HTMLTagRole(
        headingLevel: headingLevels[name], isLeafBlock: leafBlocks.contains(name), isBlock: blockElements.contains(name),
        isRawText: rawTextElements.contains(name), isDropped: ContentExtractor.droppedElements.contains(name))
    }
    return table
  }()
}
