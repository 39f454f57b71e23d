/// What a block of a post is.
public enum BlockKind: String, Hashable, Sendable, Codable, CaseIterable {
  case heading
  case paragraph
  case listItem = "list-item"
  case quote
  case code
  case tableCell = "table-cell"
}

/// Why ingest kept a block that is not part of the article proper.
public enum BlockRole: String, Hashable, Sendable, Codable {
  /// The text the author wrote.
  case content
  /// Page furniture found inside the article container ("Back to Blog", share lines, bylines).
  /// Kept so that rules can flag it, left out of the article text.
  case residue
}

/// One block of a post: its plain text, inline markup over that text and where each scalar came from.
public struct Block: Hashable, Sendable {
  public var kind: BlockKind
  /// Heading level 1...6 for headings, nesting depth for list items, otherwise nil.
  public var level: Int?
  /// The text with markup removed and white space collapsed as a reader sees it.
  public var text: String {
    didSet { memo = TextMemo() }
  }
  /// Inline markup, as ranges over `text` in Unicode scalar offsets.
  public var inlines: [InlineSpan]
  /// Where each scalar of `text` stands in the original file.
  public var sourceMap: SourceMap
  /// The whole extent of the block in the file, markup included (what a fix deletes).
  public var extent: SourceRange
  public var role: BlockRole
  /// False when the author marked the block as not to be translated (`translate="no"`).
  public var isTranslatable: Bool
  /// What rules have worked out from `text` so far.
  public private(set) var memo = TextMemo()

  public init(
    kind: BlockKind,
    level: Int? = nil,
    text: String,
    inlines: [InlineSpan] = [],
    sourceMap: SourceMap,
    extent: SourceRange? = nil,
    role: BlockRole = .content,
    isTranslatable: Bool = true
  ) {
    self.kind = kind
    self.level = level
    self.text = text
    self.inlines = inlines
    self.sourceMap = sourceMap
    self.extent = extent ?? sourceMap.range(of: 0..<max(sourceMap.length, 1))
    self.role = role
    self.isTranslatable = isTranslatable
  }

  /// Where the block's text starts in the file.
  public var start: SourcePosition { sourceMap.position(at: 0) }

  /// The file range of a range of scalar offsets in `text`.
  public func sourceRange(ofScalars offsets: Range<Int>) -> SourceRange {
    sourceMap.range(of: offsets)
  }

  /// The file range of a range of `text`.
  public func sourceRange(of range: Range<String.Index>) -> SourceRange {
    sourceMap.range(of: scalarOffsets(of: range))
  }

  /// The file range of the whole text.
  public var textRange: SourceRange { sourceMap.range(of: 0..<max(sourceMap.length, 1)) }

  /// Converts a range of `text` into Unicode scalar offsets.
  public func scalarOffsets(of range: Range<String.Index>) -> Range<Int> {
    let scalars = text.unicodeScalars
    let lower = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
    let upper = lower + scalars.distance(from: range.lowerBound, to: range.upperBound)
    return lower..<upper
  }
}
