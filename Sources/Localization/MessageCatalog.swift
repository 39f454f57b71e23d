import TextKit

/// Counted messages every post's bundle carries, written in ICU MessageFormat so that each locale gives
/// the plural forms its CLDR rules need.
public enum MessageCatalog {
  /// The reading time a site shows above a post ("4 min read").
  public static let readingTimeID = "reading-time"
  public static let readingTime = "{minutes, plural, one {# min read} other {# min read}}"
  /// The comment count a site shows below a post.
  public static let commentCountID = "comment-count"
  public static let commentCount = "{count, plural, =0 {No comments} one {# comment} other {# comments}}"

  public static let ids: Set<String> = [readingTimeID, commentCountID]

  /// The message units for a post, with notes naming the plural categories the target locale needs.
  public static func units(targetLocale: String) -> [TranslationUnit] {
    let categories = LanguageTag.pluralCategories(targetLocale).joined(separator: ", ")
    let format = TranslationNote(
      category: .format,
      text: "ICU MessageFormat: keep {…} syntax and #; give one branch per plural category of \(targetLocale): "
        + categories + ".")
    return [
      TranslationUnit(
        id: readingTimeID, role: UnitRole.message,
        notes: [
          TranslationNote(category: .role, text: "message: reading time shown above the post"), format,
        ], segments: [TranslationSegment(id: "s1", source: [.text(readingTime)])]),
      TranslationUnit(
        id: commentCountID, role: UnitRole.message,
        notes: [
          TranslationNote(category: .role, text: "message: comment count shown below the post"), format,
        ], segments: [TranslationSegment(id: "s1", source: [.text(commentCount)])]),
    ]
  }
}
