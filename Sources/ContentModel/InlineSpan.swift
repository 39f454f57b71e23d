/// Inline markup inside a block, over a range of the block's text in Unicode scalar offsets.
public struct InlineSpan: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case link(href: String)
    case emphasis
    case strong
    case code
    /// Something with no text of its own that must survive translation (an image, a line break).
    case placeholder(name: String, original: String)
  }

  public var kind: Kind
  public var range: Range<Int>
  /// The markup as written, for formats that must restore it (`<a href="…" class="…">`).
  public var originalOpening: String?

  public init(kind: Kind, range: Range<Int>, originalOpening: String? = nil) {
    self.kind = kind
    self.range = range
    self.originalOpening = originalOpening
  }
}
