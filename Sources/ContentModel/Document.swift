/// The markup a post was written in.
public enum SourceFormat: String, Hashable, Sendable, Codable {
  case html
  case text
  case markdown
}

/// One post after ingest: the model every later stage reads.
public struct Document: Hashable, Sendable {
  /// The path as given on the command line or found under a given folder.
  public var path: String
  public var format: SourceFormat
  public var metadata: Metadata
  public var blocks: [Block]
  /// The decoded text of the original file, so that reports can quote the lines findings point at.
  public var source: String
  /// Notes from ingest that a reader of the document should know (an undetected charset, a listing
  /// page rather than an article).
  public var notes: [String]
  /// Comments and directive lines, in source order (suppressions are read from these).
  public var comments: [SourceComment]

  public init(
    path: String, format: SourceFormat, metadata: Metadata = Metadata(), blocks: [Block] = [], source: String,
    notes: [String] = [], comments: [SourceComment] = []
  ) {
    self.comments = comments
    self.path = path
    self.format = format
    self.metadata = metadata
    self.blocks = blocks
    self.source = source
    self.notes = notes
  }

  /// The blocks an author wrote, without residue kept for the rules.
  public var contentBlocks: [Block] { blocks.filter { $0.role == .content } }

  /// The article text: content blocks separated by blank lines, the title left out.
  public var articleText: String {
    var titleSkipped = false
    return contentBlocks.filter { block in
      if !titleSkipped, block.kind == .heading,
        block.text == metadata.title || (metadata.titleRange != nil && block.textRange == metadata.titleRange)
      {
        titleSkipped = true
        return false
      }
      return true
    }.map(\.text).joined(separator: "\n\n")
  }
}

/// A comment or directive in the source (`<!-- contentlint-disable … -->`, a `contentlint-…` line in text).
public struct SourceComment: Hashable, Sendable {
  public var line: Int
  public var text: String

  public init(line: Int, text: String) {
    self.line = line
    self.text = text
  }
}
