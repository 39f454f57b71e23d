import TextKit

/// Progress of one target locale over every bundle found for it.
public struct LocaleStatus: Hashable, Sendable {
  public var locale: String
  public var files = 0
  public var units = 0
  public var segments = 0
  /// Source words (ICU word break) of every segment.
  public var words = 0
  public var translatedWords = 0
  /// Segments whose translation was kept from an older source and waits for review.
  public var needsReview = 0
  public var untranslated = 0
  /// Units in the obsolete sections.
  public var obsolete = 0

  public init(locale: String) {
    self.locale = locale
  }

  /// Translated share of the source words, 0...100, one decimal.
  public var translatedPercent: Double {
    guard words > 0 else { return 0 }
    return (Double(translatedWords) * 1000 / Double(words)).rounded() / 10
  }

  /// The status of each locale found in `bundles`, sorted by locale.
  public static func summarize(_ bundles: [TranslationBundle]) -> [LocaleStatus] {
    var byLocale: [String: LocaleStatus] = [:]
    for bundle in bundles {
      var status = byLocale[bundle.targetLocale] ?? LocaleStatus(locale: bundle.targetLocale)
      status.files += 1
      status.units += bundle.units.count
      status.obsolete += bundle.obsolete.count
      let language = UnitBuilder.language(of: bundle.sourceLocale)
      for unit in bundle.units {
        for segment in unit.segments {
          let text = InlinePiece.plainText(segment.source)
          let count = Segmenter.wordCount(unit.isMessage ? PluralMessage.literalText(text) : text, locale: language)
          status.segments += 1
          status.words += count
          if segment.isTranslated { status.translatedWords += count }
          if segment.needsReview { status.needsReview += 1 }
          if segment.target == nil { status.untranslated += 1 }
        }
      }
      byLocale[bundle.targetLocale] = status
    }
    return byLocale.keys.sorted().compactMap { byLocale[$0] }
  }
}
