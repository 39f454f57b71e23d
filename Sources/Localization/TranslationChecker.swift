public import ContentModel
import TextKit

/// Translation QA over a bundle: inline codes, URLs, numbers, untranslated or identical text, white space,
/// end punctuation, length, plural forms, MessageFormat syntax and assistant boilerplate left in a target.
public struct TranslationChecker: Sendable {
  /// Target length over source length outside this range is suspicious (for sources of 20+ characters).
  public var lengthRatio: ClosedRange<Double> = 0.35...3.0

  /// Phrases an assistant or machine-translation tool leaves around its output.
  public static let boilerplate = [
    "as an ai", "as a language model", "here is the translation", "here's the translation", "translated text:",
    "translation:", "let me know if", "i hope this helps", "certainly!", "sure! here", "voici la traduction",
    "hier ist die übersetzung", "hier ist die uebersetzung", "以下是翻译", "这是翻译", "إليك الترجمة",
  ]

  public init() {}

  public func check(_ bundle: TranslationBundle, path: String) -> [TranslationIssue] {
    var issues: [TranslationIssue] = []
    for unit in bundle.units {
      if !UnitID.matches(unit) {
        issues.append(
          TranslationIssue(
            check: "unknown-unit", severity: .error, path: path, line: unit.segments.first?.line, unit: unit.id,
            segment: nil,
            message: "unit id does not match its source: not an id contentlint issued, or the source was edited"))
      }
      for segment in unit.segments {
        func issue(_ check: String, _ severity: Severity, _ message: String) {
          issues.append(
            TranslationIssue(
              check: check, severity: severity, path: path, line: segment.line, unit: unit.id, segment: segment.id,
              message: message))
        }
        guard let target = segment.target else {
          issue("untranslated", .suggestion, "not translated yet")
          continue
        }
        if segment.state == .initial {
          issue("needs-review", .suggestion, "the source changed; review the translation")
        }
        for (check, severity, message) in problems(
          source: segment.source, target: target, unit: unit,
          locale: bundle.targetLocale, sourceLocale: bundle.sourceLocale)
        {
          issue(check, severity, message)
        }
      }
    }
    return issues
  }

  /// The problems of one target against its source.
  public func problems(
    source: [InlinePiece], target: [InlinePiece], unit: TranslationUnit, locale: String, sourceLocale: String = "en"
  ) -> [(check: String, severity: Severity, message: String)] {
    var found: [(String, Severity, String)] = []
    let sourceText = InlinePiece.plainText(source)
    let targetText = InlinePiece.plainText(target)

    // Inline codes.
    let sourceCodes = InlinePiece.codeSequence(source)
    let targetCodes = InlinePiece.codeSequence(target)
    let missing = sourceCodes.filter { !targetCodes.contains($0) }
    let extra = targetCodes.filter { !sourceCodes.contains($0) }
    if !missing.isEmpty { found.append(("codes", .error, "inline codes missing: " + missing.joined(separator: " "))) }
    if !extra.isEmpty {
      found.append(("codes", .error, "inline codes not in the source: " + extra.joined(separator: " ")))
    }
    if let problem = InlinePiece.balanceProblem(target, codes: unit.codes) {
      found.append(("codes", .error, "unbalanced inline codes: \(problem)"))
    } else if missing.isEmpty, extra.isEmpty, sourceCodes != targetCodes, Set(sourceCodes) == Set(targetCodes) {
      found.append(
        ("codes", .warning, "inline codes reordered: \(targetCodes.joined()) (source \(sourceCodes.joined()))"))
    }

    if unit.isMessage {
      if let error = MessageFormat.check(targetText, locale: locale) {
        found.append(("messageformat", .error, "not valid ICU MessageFormat: \(error.name) at offset \(error.offset)"))
      } else {
        found += pluralProblems(targetText, locale: locale)
      }
    } else {
      for url in Self.urls(in: sourceText) where !targetText.contains(url) {
        found.append(("urls", .error, "URL \(url) missing from the translation"))
      }
      let sourceNumbers = Self.numbers(in: sourceText)
      var targetNumbers = Self.numbers(in: targetText)
      for number in sourceNumbers {
        if let index = targetNumbers.firstIndex(of: number) {
          targetNumbers.remove(at: index)
        } else {
          found.append(("numbers", .warning, "number \(number) missing from the translation"))
        }
      }
      let words = ComparisonText(sourceText).words
      if targetText == sourceText, words.count >= 2, words.contains(where: { $0.count > 2 }) {
        found.append(("identical", .warning, "the translation is identical to the source"))
      }
      if sourceText.count >= 20, !targetText.isEmpty {
        let ratio = Double(targetText.count) / Double(sourceText.count)
        let lower = Self.isCJK(locale) ? lengthRatio.lowerBound / 2.5 : lengthRatio.lowerBound
        if ratio < lower || ratio > lengthRatio.upperBound {
          found.append(
            ("length", .warning, "the translation is \(Int((ratio * 100).rounded()))% of the source's length"))
        }
      }
      let sourceEnd = Self.endPunctuation(sourceText)
      let targetEnd = Self.endPunctuation(targetText)
      if sourceEnd != targetEnd {
        found.append(
          (
            "punctuation", .warning,
            "ends with \(targetEnd.map { "'\($0)'" } ?? "no punctuation") where the source ends with \(sourceEnd.map { "'\($0)'" } ?? "none")"
          ))
      }
    }
    if Self.edgeSpace(source) != Self.edgeSpace(target) {
      found.append(("whitespace", .warning, "leading or trailing white space differs from the source"))
    }
    let lower = targetText.lowercased()
    if let phrase = Self.boilerplate.first(where: { lower.contains($0) && !sourceText.lowercased().contains($0) }) {
      found.append(("ai-boilerplate", .error, "assistant or tool boilerplate in the translation: \"\(phrase)\""))
    }
    if targetText.isEmpty, !sourceText.isEmpty, !sourceCodes.isEmpty || !targetCodes.isEmpty {
      found.append(("untranslated", .warning, "the translation has codes but no text"))
    }
    return found
  }

  /// Plural arguments that lack a category the target locale's CLDR rules use, or give one it never selects.
  public func pluralProblems(_ message: String, locale: String) -> [(
    check: String, severity: Severity, message: String
  )] {
    guard let parts = PluralMessage.parse(message) else { return [] }
    let categories = LanguageTag.pluralCategories(locale)
    var found: [(String, Severity, String)] = []
    for (name, keys) in PluralMessage.pluralKeys(parts) {
      let missing = categories.filter { !keys.contains($0) }
      if !missing.isEmpty {
        found.append(
          (
            "plurals", .error,
            "plural argument '\(name)' is missing \(missing.joined(separator: ", ")) (\(locale) uses \(categories.joined(separator: ", ")))"
          ))
      }
      let unused = keys.filter { !$0.hasPrefix("=") && !categories.contains($0) }
      if !unused.isEmpty {
        found.append(
          (
            "plurals", .warning,
            "plural argument '\(name)' has \(unused.joined(separator: ", ")), never selected in \(locale)"
          ))
      }
    }
    return found
  }

  // MARK: - Text features

  static func urls(in text: String) -> [String] {
    text.split(whereSeparator: \.isWhitespace).compactMap { token in
      guard token.contains("://") || token.hasPrefix("www.") else { return nil }
      return String(token.trimmingTrailing(".,;:!?)]\"'»”"))
    }
  }

  /// Digit runs (Arabic-Indic and full-width digits read as ASCII), separators inside numbers kept.
  static func numbers(in text: String) -> [String] {
    var found: [String] = []
    var current = ""
    for scalar in text.unicodeScalars {
      if let digit = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil {
        current += String(Int(digit))
      } else if !current.isEmpty, scalar == "." || scalar == "," {
        current += "."
      } else if !current.isEmpty {
        found.append(current.trimmingTrailing("."))
        current = ""
      }
    }
    if !current.isEmpty { found.append(current.trimmingTrailing(".")) }
    return found
  }

  static func endPunctuation(_ text: String) -> Character? {
    let closers: Set<Character> = ["]", ")", "\"", "'", "”", "’", "»", "」", "』", "）", "\u{202C}", "\u{200F}"]
    var trimmed = Substring(text)
    while let last = trimmed.last, last.isWhitespace || closers.contains(last) { trimmed = trimmed.dropLast() }
    // A pseudo-locale's padding words follow the sentence: look at the last punctuation before them.
    guard let last = trimmed.last else { return nil }
    switch last {
    case ".", "。", "۔", "।", "．": return "."
    case "?", "？", "؟": return "?"
    case "!", "！": return "!"
    case ":", "：": return ":"
    case "…": return "…"
    default: return nil
    }
  }

  private static func edgeSpace(_ pieces: [InlinePiece]) -> (Bool, Bool) {
    let text = InlinePiece.plainText(pieces)
    return (text.first?.isWhitespace ?? false, text.last?.isWhitespace ?? false)
  }

  static func isCJK(_ locale: String) -> Bool {
    ["zh", "ja", "ko"].contains(UnitBuilder.language(of: locale))
  }
}

extension StringProtocol {
  fileprivate func trimmingTrailing(_ characters: String) -> String {
    var result = Substring(self)
    while let last = result.last, characters.contains(last) { result = result.dropLast() }
    return String(result)
  }
}
