internal import CICU

/// BCP 47 language tags and the CLDR data ICU keeps for them.
public enum LanguageTag {
  /// The canonical BCP 47 form of `tag` ("en_us" → "en-US", "iw" → "he"), or nil when it is not a tag.
  public static func canonical(_ tag: String) -> String? {
    let trimmed = tag.trimming(" \t\n")
    guard !trimmed.isEmpty, trimmed.count < 100 else { return nil }
    return cString { out, capacity in cicu_canonical_language_tag(trimmed, out, capacity) }
  }

  /// True when the locale's script is written right to left (ar, he, fa, ur, …).
  public static func isRightToLeft(_ tag: String) -> Bool {
    cicu_is_right_to_left(tag) == 1
  }

  /// The CLDR cardinal plural categories of the locale, in CLDR order (zero, one, two, few, many, other).
  public static func pluralCategories(_ tag: String) -> [String] {
    guard let list = cString(capacity: 128, { out, capacity in cicu_plural_keywords(tag, out, capacity) }) else {
      return ["other"]
    }
    let order = ["zero", "one", "two", "few", "many", "other"]
    let found = Set(list.split(separator: " ").map(String.init))
    return order.filter(found.contains) + found.subtracting(order).sorted()
  }

  /// The plural category that `number` selects in the locale.
  public static func pluralCategory(of number: Double, in tag: String) -> String {
    cString(capacity: 32) { out, capacity in cicu_plural_select(tag, number, out, capacity) } ?? "other"
  }
}
