import ContentModel
import TextKit

/// The `alt` and `title` text of images inside a page's article, which ingest leaves out of blocks but a
/// translated page needs.
struct ImageText {
  /// One attribute value: its text, where the value stands in the source, the heading above it.
  struct Attribute {
    var role: String
    var text: String
    var valueRange: Range<Int>
    var headingPath: [String]
  }

  let document: Document
  let source: SourceText

  /// Attributes of `<img>` tags between the first and the last content block, in source order.
  func attributes() -> [Attribute] {
    let content = document.blocksWithContext.filter { $0.block.role == .content }
    guard document.format == .html, let first = content.first, let last = content.last else { return [] }
    let start = source.offset(of: first.block.extent.start)
    let end = source.offset(of: last.block.extent.end)
    var found: [Attribute] = []
    var cursor = start
    while let tag = source.firstOffset(of: "<img", from: cursor, before: end) {
      guard let close = source.firstOffset(of: ">", from: tag, before: end) else { break }
      cursor = close + 1
      let after = tag + 4
      guard after < close, !source.scalars[after].properties.isAlphabetic else { continue }
      // The heading path of the last block that starts before the image.
      let context = document.blocksWithContext.last { source.offset(of: $0.block.extent.start) < tag }
      var path = context?.context.headingPath ?? []
      if let block = context?.block, block.kind == .heading { path.append(block.text) }
      for (name, role) in [("alt", "image-alt"), ("title", "image-title")] {
        guard let range = valueRange(of: name, in: (tag + 4)..<close) else { continue }
        let text = XMLText.unescape(source.text(range)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
          ResidueClassifier.classify(text) == nil
        else { continue }
        found.append(Attribute(role: role, text: text, valueRange: range, headingPath: path))
      }
    }
    return found
  }

  /// Where the quoted value of attribute `name` stands inside a start tag.
  private func valueRange(of name: String, in tag: Range<Int>) -> Range<Int>? {
    var index = tag.lowerBound
    while index < tag.upperBound {
      let isStart = source.scalars[index - 1].properties.isWhitespace
      if isStart, source.matches(name, at: index) {
        var cursor = index + name.unicodeScalars.count
        while cursor < tag.upperBound, source.scalars[cursor] == " " { cursor += 1 }
        if cursor < tag.upperBound, source.scalars[cursor] == "=" {
          cursor += 1
          while cursor < tag.upperBound, source.scalars[cursor] == " " { cursor += 1 }
          guard cursor < tag.upperBound else { return nil }
          let quote = source.scalars[cursor]
          guard quote == "\"" || quote == "'" else { return nil }
          var end = cursor + 1
          while end < tag.upperBound, source.scalars[end] != quote { end += 1 }
          return (cursor + 1)..<end
        }
      }
      index += 1
    }
    return nil
  }
}
