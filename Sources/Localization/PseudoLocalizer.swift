import TextKit

/// Pseudo-translations for testing layouts before real translations arrive, built with ICU
/// transliteration rules (Debian's ICU data has no `en-XA`/`ar-XB` of its own):
/// `en-XA` accents every Latin letter, brackets each segment and pads it about 30% longer;
/// `ar-XB` turns every Latin word into right-to-left text with bidi overrides.
public struct PseudoLocalizer: Sendable {
  public static let locales: Set<String> = ["en-XA", "ar-XB"]

  public static func isPseudoLocale(_ tag: String) -> Bool { locales.contains(tag) }

  public let locale: String
  private let transliterator: Transliterator

  private static let accentRules = zip(
    Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    Array("áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
  ).map { "\($0.0) > \($0.1) ;" }.joined(separator: "\n")

  /// Right-to-left override before each Latin word, pop directional formatting after it.
  private static let rightToLeftRules = "([[:Latin:]]+) > \\u202E $1 \\u202C ;"

  private static let padding = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

  /// Nil for a locale that is not a pseudo-locale.
  public init?(locale: String) {
    guard Self.isPseudoLocale(locale) else { return nil }
    let rules = locale == "en-XA" ? Self.accentRules : Self.rightToLeftRules
    guard let transliterator = try? Transliterator(rules: rules) else { return nil }
    self.locale = locale
    self.transliterator = transliterator
  }

  /// The unit with every segment pseudo-translated (state `translated`).
  public func translate(_ unit: TranslationUnit) -> TranslationUnit {
    var unit = unit
    for index in unit.segments.indices {
      unit.segments[index].target =
        unit.isMessage
        ? [.text(message(InlinePiece.plainText(unit.segments[index].source)))]
        : pieces(unit.segments[index].source)
      unit.segments[index].state = .translated
    }
    return unit
  }

  /// Text pieces transformed, codes kept where they are.
  public func pieces(_ source: [InlinePiece]) -> [InlinePiece] {
    var result = source.map { piece -> InlinePiece in
      if case .text(let text) = piece { return .text(transform(text)) }
      return piece
    }
    guard locale == "en-XA" else { return result }
    let length = InlinePiece.plainText(source).count
    var pad = ""
    var word = 0
    while pad.count < max(1, length * 3 / 10) {
      pad += " " + Self.padding[word % Self.padding.count]
      word += 1
    }
    // The padding goes before the end punctuation, so that the sentence still ends the way the source does,
    // and never inside a link or other code, which would change what the code wraps.
    if let last = result.indices.last, case .text(let text) = result[last] {
      let punctuation = String(text.reversed().prefix { ".?!:…。？！؟\"'”’»)]」』）".contains($0) }.reversed())
      result[last] = .text(String(text.dropLast(punctuation.count)) + pad + punctuation)
    } else {
      // The segment ends with a code: pad at the start instead, keeping the end as the source has it.
      result.insert(.text(pad.dropFirst() + " "), at: 0)
    }
    result.insert(.text("["), at: 0)
    result.append(.text("]"))
    return XLIFFReader.mergeText(result)
  }

  /// An ICU message with its literal text transformed and plural branches for every category of the locale.
  public func message(_ source: String) -> String {
    guard let parts = PluralMessage.parse(source) else { return source }
    let categories = LanguageTag.pluralCategories(locale)
    return PluralMessage.render(parts, categories: categories) { text in
      text.split(separator: "#", omittingEmptySubsequences: false).map { transform(String($0)) }.joined(separator: "#")
    }
  }

  /// Words that are addresses stay as they are, so that links and e-mail addresses keep working.
  func transform(_ text: String) -> String {
    var out = ""
    var word = ""
    func flush() {
      guard !word.isEmpty else { return }
      let isAddress =
        word.contains("://") || word.hasPrefix("www.") || word.contains("@")
        || (word.contains("/") && word.contains("."))
      out += isAddress ? word : transliterator.transliterate(word)
      word = ""
    }
    for character in text {
      if character.isWhitespace {
        flush()
        out.append(character)
      } else {
        word.append(character)
      }
    }
    flush()
    return out
  }
}
