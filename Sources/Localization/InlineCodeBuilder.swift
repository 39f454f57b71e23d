import ContentModel

/// An inline span of a block with the code id it became.
struct CodedSpan: Sendable {
  var code: Int
  var range: Range<Int>
  var isPaired: Bool
}

/// Turns a block's inline spans into codes, recovering the markup as written from the source when it can.
struct InlineCodeBuilder {
  let block: Block
  let source: SourceText

  private static let tagNames: [InlineCode.Kind: Set<String>] = [
    .link: ["a"], .emphasis: ["em", "i", "cite", "dfn"], .strong: ["strong", "b"],
    .code: ["code", "kbd", "samp", "tt", "var"],
  ]

  /// The codes, numbered in document order, and the spans that refer to them.
  func codes() -> (codes: [InlineCode], spans: [CodedSpan]) {
    let sorted = block.inlines.sorted {
      ($0.range.lowerBound, -$0.range.upperBound) < ($1.range.lowerBound, -$1.range.upperBound)
    }
    var codes: [InlineCode] = []
    var spans: [CodedSpan] = []
    var protected: [Range<Int>] = []
    let scalars = Array(block.text.unicodeScalars)
    for span in sorted {
      // Markup inside a code span is part of the protected text, not a code of its own.
      if protected.contains(where: { $0.contains(span.range.lowerBound) }) { continue }
      let id = codes.count + 1
      let text = String(String.UnicodeScalarView(scalars[span.range.clamped(to: 0..<scalars.count)]))
      switch span.kind {
      case .link(let href):
        let opening =
          recovered(span, kind: .link).flatMap { $0.contains("href") ? $0 : nil }
          ?? "<a href=\"\(XMLText.escape(href, attribute: true))\">"
        codes.append(InlineCode(id: id, kind: .link, opening: opening, closing: "</a>"))
        spans.append(CodedSpan(code: id, range: span.range, isPaired: true))
      case .emphasis, .strong:
        let kind: InlineCode.Kind = span.kind == .emphasis ? .emphasis : .strong
        let opening = recovered(span, kind: kind) ?? (kind == .emphasis ? "<em>" : "<strong>")
        codes.append(InlineCode(id: id, kind: kind, opening: opening, closing: "</\(Self.tagName(opening))>"))
        spans.append(CodedSpan(code: id, range: span.range, isPaired: true))
      case .code:
        let opening = recovered(span, kind: .code) ?? "<code>"
        let whole = opening + XMLText.escape(text) + "</\(Self.tagName(opening))>"
        codes.append(InlineCode(id: id, kind: .code, opening: whole, display: text))
        spans.append(CodedSpan(code: id, range: span.range, isPaired: false))
        protected.append(span.range)
      case .placeholder(let name, let original):
        codes.append(InlineCode(id: id, kind: .placeholder, opening: original, display: name))
        spans.append(CodedSpan(code: id, range: span.range, isPaired: false))
        protected.append(span.range)
      }
    }
    return (codes, spans)
  }

  /// The opening tag as written in an HTML source: the nearest start tag of the right kind before the span's
  /// first scalar. Nil for plain-text posts or when it cannot be found.
  private func recovered(_ span: InlineSpan, kind: InlineCode.Kind) -> String? {
    if let original = span.originalOpening { return original }
    guard let names = Self.tagNames[kind], !block.sourceMap.anchors.isEmpty else { return nil }
    let textStart = source.offset(of: block.sourceMap.position(at: span.range.lowerBound))
    var index = textStart - 1
    let floor = max(0, source.offset(of: block.extent.start), textStart - 2048)
    while index >= floor {
      if source.scalars[index] == "<", index + 1 < source.scalars.count, source.scalars[index + 1] != "/" {
        guard let close = source.firstOffset(of: ">", from: index, before: textStart) else { return nil }
        let tag = source.text(index..<(close + 1))
        if names.contains(Self.tagName(tag)) { return tag.replacingNewlines() }
      }
      index -= 1
    }
    return nil
  }

  /// The code kind of markup read back from a bundle, from its tag name.
  static func kind(ofMarkup opening: String, paired: Bool) -> InlineCode.Kind {
    let name = tagName(opening)
    guard let kind = tagNames.first(where: { $0.value.contains(name) })?.key else {
      return paired ? .emphasis : .placeholder
    }
    return kind
  }

  /// The element name of a start tag (`<a href=…>` → `a`).
  static func tagName(_ tag: String) -> String {
    String(tag.dropFirst().prefix { $0.isLetter || $0.isNumber }).lowercased()
  }
}

extension String {
  /// Line breaks inside a tag become spaces, so that a code's markup stays on one line in every format.
  fileprivate func replacingNewlines() -> String {
    String(unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : Character($0) })
  }
}
