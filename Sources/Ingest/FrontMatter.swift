import ContentModel
import Foundation
import Yams

/// YAML front matter at the top of a Markdown post (`---` … `---`): metadata, never prose.
struct FrontMatter {
  /// Lines the front matter takes, fences included (0 when there is none).
  let lineCount: Int
  let metadata: Metadata

  init(_ lines: [SourceLines.Line]) {
    guard let first = lines.first, String(first.text).trimming() == "---" else {
      self.lineCount = 0
      self.metadata = Metadata()
      return
    }
    guard let closing = lines.dropFirst().firstIndex(where: { ["---", "..."].contains(String($0.text).trimming()) }) else {
      self.lineCount = 0
      self.metadata = Metadata()
      return
    }
    self.lineCount = closing + 1
    let yaml = lines[1..<closing].map { String($0.text) }.joined(separator: "\n")
    var metadata = Metadata()
    // Hand-written front matter is often not valid YAML ("title: Sleep: a guide"): read it line by line then.
    let values = ((try? Yams.load(yaml: yaml)) as? [String: Any]) ?? Self.looseKeyValues(lines[1..<closing])
    do {
      func string(_ keys: String...) -> String? {
        for key in keys {
          switch values[key] {
          case let text as String: if let value = text.nonEmpty { return value }
          case let list as [Any]: if let name = list.first.map({ "\($0)" })?.nonEmpty { return name }
          case let date as Date: return ISO8601Date.format(date)
          case .some(let value): return "\(value)".nonEmpty
          case .none: continue
          }
        }
        return nil
      }
      metadata.title = string("title")
      metadata.byline = string("author", "authors", "byline")
      metadata.date = string("date", "published", "pubDate")
      metadata.lang = string("lang", "language", "locale").flatMap { LanguageTagReader.canonical($0) }
      metadata.description = string("description", "summary", "excerpt")
      metadata.canonicalURL = string("canonical_url", "canonicalURL", "canonical")
    }
    self.metadata = metadata
  }

  private static func looseKeyValues(_ lines: ArraySlice<SourceLines.Line>) -> [String: Any] {
    var values: [String: Any] = [:]
    for line in lines {
      let text = String(line.text)
      guard let colon = text.firstIndex(of: ":"), !text.hasPrefix(" "), !text.hasPrefix("-") else { continue }
      var value = String(text[text.index(after: colon)...]).trimming()
      if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
        value = String(value.dropFirst().dropLast())
      }
      values[String(text[..<colon]).trimming()] = value
    }
    return values
  }
}
