public import ContentModel
import Reporting

/// Prints documents the way `contentlint ingest` shows them.
public enum IngestFormatter {
  /// One JSON object per document, as the contract describes.
  public static func jsonLine(_ document: Document) -> String {
    let writer = JSONWriter()
    writer.object {
      writer.field("path", document.path)
      writer.field("title", document.metadata.title)
      writer.field("byline", document.metadata.byline)
      writer.field("date", document.metadata.date)
      writer.field("lang", document.metadata.lang)
      writer.field("text", document.articleText)
      writer.key("blocks") {
        writer.array(document.blocks) { block in
          writer.object {
            writer.field("kind", block.kind.rawValue)
            if let level = block.level { writer.field("level", level) }
            writer.field("text", block.text)
            writer.field("line", block.start.line)
            writer.field("column", block.start.column)
            if block.role != .content { writer.field("role", block.role.rawValue) }
          }
        }
      }
      writer.field("canonical", document.metadata.canonicalURL)
      writer.field("description", document.metadata.description)
      if !document.notes.isEmpty { writer.key("notes") { writer.array(document.notes) { writer.value($0) } } }
    }
    return writer.output
  }

  /// The article as a reader would see it, after a header naming the file.
  public static func text(_ document: Document) -> String {
    var output = "==> \(TerminalText.safe(document.path)) <==\n"
    if let title = document.metadata.title { output += "# " + TerminalText.safe(title) + "\n" }
    if let byline = document.metadata.byline { output += "by " + TerminalText.safe(byline) + "\n" }
    output += "\n" + TerminalText.safe(document.articleText) + "\n"
    return output
  }

  /// The document tree: metadata, then blocks nested under their headings, each with its position.
  public static func tree(_ document: Document) -> String {
    var output = "Document \(TerminalText.safe(document.path)) (\(document.format.rawValue))\n"
    let metadata: [(String, String?)] = [
      ("title", document.metadata.title), ("byline", document.metadata.byline), ("date", document.metadata.date),
      ("lang", document.metadata.lang), ("canonical", document.metadata.canonicalURL),
      ("description", document.metadata.description),
    ]
    for (name, value) in metadata {
      if let value { output += "├─ \(name): \(TerminalText.safe(value.excerpt(limit: 70)))\n" }
    }
    for note in document.notes { output += "├─ note: \(TerminalText.safe(note))\n" }
    var depth = 0
    for block in document.blocks {
      if block.kind == .heading { depth = max(0, (block.level ?? 1) - 1) }
      let indent = String(repeating: "│  ", count: block.kind == .heading ? depth : depth + 1)
      var label = block.kind.rawValue
      if let level = block.level { label += block.kind == .heading ? " h\(level)" : " \(level)" }
      if block.role != .content { label += " [\(block.role.rawValue)]" }
      output += "\(indent)├─ \(label) \(block.start): \(TerminalText.safe(block.text.excerpt(limit: 60)))\n"
    }
    return output
  }
}
