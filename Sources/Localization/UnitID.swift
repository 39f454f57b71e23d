import TextKit

/// Unit ids that survive edits elsewhere in the post.
///
/// An id is a hash of the unit's role, its nearest heading and its text reduced to words (NFKC, case
/// folded, punctuation dropped). Line numbers never enter it, so inserting or moving a paragraph changes
/// no other id, and editing a paragraph changes that paragraph's id only. Because the id follows from the
/// unit's own source, a bundle can be checked for ids it was never given.
public enum UnitID {
  /// The id for a unit; `ordinal` tells apart identical texts under the same heading (2, 3, …).
  public static func make(role: String, heading: String?, text: String, ordinal: Int = 1) -> String {
    let key = [role, ComparisonText(heading ?? "").key, ComparisonText(text).key].joined(separator: "\u{1F}")
    let hash = MinHasher.hash(key)
    let hex = String(hash >> 16, radix: 16)
    let base = "u" + String(repeating: "0", count: max(0, 12 - hex.count)) + hex
    return ordinal > 1 ? "\(base)-\(ordinal)" : base
  }

  /// True when `id` is what `make` gives for this unit's role, heading and source text.
  public static func matches(_ unit: TranslationUnit) -> Bool {
    if unit.isMessage { return MessageCatalog.ids.contains(unit.id) }
    let base = unit.id.split(separator: "-", maxSplits: 1).first.map(String.init) ?? unit.id
    return base == make(role: unit.role, heading: unit.headingPath.last, text: unit.sourceText)
  }
}
