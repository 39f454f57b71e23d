/// What a post says about itself.
public struct Metadata: Hashable, Sendable {
  public var title: String?
  public var byline: String?
  /// Publication date as written in the page's machine-readable form (ISO 8601 when available).
  public var date: String?
  /// BCP 47 language tag.
  public var lang: String?
  public var canonicalURL: String?
  public var description: String?
  /// Where the title came from in the file, when it is part of the post's text.
  public var titleRange: SourceRange?

  public init(
    title: String? = nil, byline: String? = nil, date: String? = nil, lang: String? = nil,
    canonicalURL: String? = nil, description: String? = nil, titleRange: SourceRange? = nil
  ) {
    self.title = title
    self.byline = byline
    self.date = date
    self.lang = lang
    self.canonicalURL = canonicalURL
    self.description = description
    self.titleRange = titleRange
  }
}
