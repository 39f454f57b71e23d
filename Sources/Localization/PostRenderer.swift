public import ContentModel
import TextKit

/// Why a unit was not rendered from its translation.
public struct RenderProblem: Hashable, Sendable, CustomStringConvertible {
  public var unit: String
  public var message: String
  /// True when the problem should fail the run (a broken target), false for a note (a fallback).
  public var isError: Bool

  public var description: String { "unit \(unit): \(message)" }
}

/// Writes a translated post: every translated block's text replaced in the original file, every other
/// byte left as it was. HTML gets `lang` and `dir` on `<html>`, its inline markup restored from the codes,
/// and left-to-right placeholders isolated (`<bdi>`) inside right-to-left text.
public struct PostRenderer: Sendable {
  /// What to do with a unit that has no usable translation.
  public enum Fallback: String, Sendable, CaseIterable {
    /// Keep the source text (the default).
    case source
    /// Keep the source text but report each such unit as an error, for runs that must be complete.
    case fail
  }

  public var fallback: Fallback

  public init(fallback: Fallback = .source) {
    self.fallback = fallback
  }

  /// The translated file and the problems met; `units` are the post's units as extract makes them now.
  public func render(_ document: Document, units: [ExtractedUnit], bundle: TranslationBundle?, locale: String)
    -> (text: String, problems: [RenderProblem])
  {
    let source = SourceText(document.source)
    let rightToLeft = LanguageTag.isRightToLeft(locale)
    let joiner = TranslationChecker.isCJK(locale) ? "" : " "
    var replacements: [(range: Range<Int>, text: String)] = []
    var problems: [RenderProblem] = []
    var translatedTitle: String?
    let pageTitle = UnitBuilder.pageTitle(of: document, source: source)
    let translated = Dictionary(bundle?.units.map { ($0.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })

    for extracted in units where !extracted.unit.isMessage {
      let unit = extracted.unit
      var pieces: [InlinePiece] = []
      var complete = true
      var usesTranslation = false
      for (index, segment) in unit.segments.enumerated() {
        var chosen = segment.source
        if let target = translated[unit.id]?.segments.first(where: { $0.id == segment.id }), let text = target.target,
          target.isTranslated
        {
          if let problem = InlinePiece.balanceProblem(text, codes: unit.codes) {
            problems.append(
              RenderProblem(unit: unit.id, message: "segment \(segment.id) refused: \(problem)", isError: true))
            complete = false
          } else {
            chosen = text
            usesTranslation = true
          }
        } else {
          complete = false
        }
        if index > 0 { pieces.append(.text(joiner)) }
        pieces += chosen
      }
      if !complete, fallback == .fail {
        problems.append(
          RenderProblem(unit: unit.id, message: "not translated; the source text was kept", isError: true))
      }
      // A unit with nothing translated keeps its source bytes exactly as they were.
      guard usesTranslation else { continue }
      let markup: String
      switch document.format {
      case .html: markup = html(pieces, unit: unit, rightToLeft: rightToLeft)
      case .markdown: markup = markdown(pieces, unit: unit, rightToLeft: rightToLeft)
      case .text: markup = plain(pieces, unit: unit, rightToLeft: rightToLeft)
      }
      if let blockIndex = extracted.blockIndex {
        let block = document.blocks[blockIndex]
        if block.text == pageTitle { translatedTitle = plain(pieces, unit: unit, rightToLeft: false) }
        let range: Range<Int>
        switch document.format {
        case .html: range = innerRange(of: block, in: source)
        case .markdown: range = markdownRange(of: block, in: source)
        case .text: range = textRange(of: block, in: source)
        }
        replacements.append((range, markup))
      } else if let range = extracted.attributeRange {
        replacements.append((range, XMLText.escape(plain(pieces, unit: unit, rightToLeft: false), attribute: true)))
      } else if document.format == .html {
        let text = plain(pieces, unit: unit, rightToLeft: false)
        if unit.role == UnitRole.title { translatedTitle = text }
        if unit.role == UnitRole.description, let range = metaDescriptionRange(in: source) {
          replacements.append((range, XMLText.escape(text, attribute: true)))
        }
      }
    }
    if document.format == .html {
      if let title = translatedTitle, let range = HTMLHead.titleRange(in: source) {
        replacements.append((range, XMLText.escape(title)))
      }
      if let edit = languageAttributes(in: source, locale: locale, rightToLeft: rightToLeft) {
        replacements.append(edit)
      }
    }
    return (apply(replacements, to: source, problems: &problems), problems)
  }

  // MARK: - Markup

  private func html(_ pieces: [InlinePiece], unit: TranslationUnit, rightToLeft: Bool) -> String {
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let text): out += XMLText.escape(text)
      case .open(let id): out += unit.code(id)?.opening ?? ""
      case .close(let id): out += unit.code(id)?.closing ?? ""
      case .standalone(let id):
        guard let code = unit.code(id) else { continue }
        out +=
          rightToLeft && !Self.hasRightToLeftLetters(code.display ?? "") ? "<bdi>\(code.opening)</bdi>" : code.opening
      }
    }
    return out
  }

  /// Inline codes written back as Markdown: `[text](href)`, `*text*`, `**text**`, `` `code` ``.
  private func markdown(_ pieces: [InlinePiece], unit: TranslationUnit, rightToLeft: Bool) -> String {
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let text): out += Self.markdownEscaped(text)
      case .open(let id):
        switch unit.code(id)?.kind {
        case .link: out += "["
        case .emphasis: out += "*"
        case .strong: out += "**"
        default: continue
        }
      case .close(let id):
        guard let code = unit.code(id) else { continue }
        switch code.kind {
        case .link: out += "](" + (Self.href(in: code.opening) ?? "") + ")"
        case .emphasis: out += "*"
        case .strong: out += "**"
        default: continue
        }
      case .standalone(let id):
        guard let code = unit.code(id) else { continue }
        let display = code.display ?? ""
        let written = code.kind == .code ? "`" + display + "`" : display
        out += rightToLeft && !Self.hasRightToLeftLetters(display) ? "\u{2066}\(written)\u{2069}" : written
      }
    }
    return out
  }

  /// Characters a translator typed that Markdown would read as syntax.
  private static func markdownEscaped(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// The `href` of an `<a …>` opening tag.
  private static func href(in opening: String) -> String? {
    guard let start = opening.range(of: "href=\"") else { return nil }
    let rest = opening[start.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
  }

  private func plain(_ pieces: [InlinePiece], unit: TranslationUnit, rightToLeft: Bool) -> String {
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let text): out += text
      case .open, .close: continue
      case .standalone(let id):
        let display = unit.code(id)?.display ?? ""
        out += rightToLeft && !Self.hasRightToLeftLetters(display) ? "\u{2066}\(display)\u{2069}" : display
      }
    }
    return out
  }

  static func hasRightToLeftLetters(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      (0x0590...0x08FF).contains(scalar.value) || (0xFB1D...0xFDFF).contains(scalar.value)
        || (0xFE70...0xFEFF).contains(scalar.value)
    }
  }

  // MARK: - Where text goes

  private func textRange(of block: Block, in source: SourceText) -> Range<Int> {
    let range = block.textRange
    return source.offset(of: range.start)..<source.offset(of: range.end)
  }

  /// The block's text with the Markdown syntax of inline spans that open at its first character or close
  /// after its last (`[`, `*`, `` ` `` before; `*`, `` ` ``, `](…)` after), which the translated markup brings back.
  private func markdownRange(of block: Block, in source: SourceText) -> Range<Int> {
    let text = textRange(of: block, in: source)
    let floor = source.offset(of: block.extent.start)
    var start = text.lowerBound
    while start > floor, "[*_`".unicodeScalars.contains(source.scalars[start - 1]) { start -= 1 }
    var end = text.upperBound
    while end < source.scalars.count {
      let scalar = source.scalars[end]
      if "*_`".unicodeScalars.contains(scalar) {
        end += 1
      } else if scalar == "]", end + 1 < source.scalars.count, source.scalars[end + 1] == "(" {
        var depth = 0
        var index = end + 1
        while index < source.scalars.count, source.scalars[index] != "\n" {
          if source.scalars[index] == "(" { depth += 1 }
          if source.scalars[index] == ")" {
            depth -= 1
            if depth == 0 { break }
          }
          index += 1
        }
        guard index < source.scalars.count, source.scalars[index] == ")" else { break }
        end = index + 1
      } else {
        break
      }
    }
    return start..<end
  }

  /// The block's text with the start tags of the inline spans that open at its first character and the end
  /// tags of those that close after its last, which the translated markup brings back. Everything else in the
  /// element (a leading `<br>`, white space, the element's own tags) stays as it was.
  private func innerRange(of block: Block, in source: SourceText) -> Range<Int> {
    let text = textRange(of: block, in: source)
    let floor = source.offset(of: block.extent.start)
    let ceiling = source.offset(of: block.extent.end)
    let length = block.text.unicodeScalars.count
    var lower = text.lowerBound
    var opening = block.inlines.count { $0.range.lowerBound == 0 }
    while opening > 0 {
      var cursor = lower
      while cursor > floor, source.scalars[cursor - 1].properties.isWhitespace { cursor -= 1 }
      guard cursor > floor, source.scalars[cursor - 1] == ">",
        let tagStart = lastOffset(of: "<", in: source, before: cursor, after: max(floor, cursor - 1024) - 1),
        Self.inlineTags.contains(InlineCodeBuilder.tagName(source.text(tagStart..<cursor)))
      else { break }
      lower = tagStart
      opening -= 1
    }
    var upper = text.upperBound
    var closing = block.inlines.count { $0.range.upperBound == length }
    while closing > 0 {
      var cursor = upper
      while cursor < ceiling, source.scalars[cursor].properties.isWhitespace { cursor += 1 }
      guard source.matches("</", at: cursor), let tagEnd = source.firstOffset(of: ">", from: cursor, before: ceiling),
        Self.inlineTags.contains(InlineCodeBuilder.tagName("<" + source.text((cursor + 2)..<tagEnd)))
      else { break }
      upper = tagEnd + 1
      closing -= 1
    }
    return lower..<upper
  }

  /// The inline elements whose tags the codes carry (see `InlineCodeBuilder`).
  private static let inlineTags: Set<String> = [
    "a", "em", "i", "cite", "dfn", "strong", "b", "code", "kbd", "samp", "tt", "var",
  ]

  private func lastOffset(of literal: String, in source: SourceText, before end: Int, after floor: Int) -> Int? {
    var index = end - 1
    while index > floor {
      if source.matches(literal, at: index) { return index }
      index -= 1
    }
    return nil
  }

  private func metaDescriptionRange(in source: SourceText) -> Range<Int>? {
    var from = 0
    while let meta = source.firstOffset(of: "<meta", from: from) {
      guard let end = source.firstOffset(of: ">", from: meta) else { return nil }
      let tag = source.text(meta..<end).lowercased()
      if tag.contains("name=\"description\"") || tag.contains("name='description'") || tag.contains("name=description"),
        let content = source.firstOffset(of: "content=", from: meta, before: end),
        content + 8 < end
      {
        let quote = source.scalars[content + 8]
        guard quote == "\"" || quote == "'" else { return nil }
        var close = content + 9
        while close < end, source.scalars[close] != quote { close += 1 }
        return (content + 9)..<close
      }
      from = end
    }
    return nil
  }

  /// `lang` and `dir` written on the `<html>` start tag (added, or replacing what was there).
  private func languageAttributes(in source: SourceText, locale: String, rightToLeft: Bool) -> (Range<Int>, String)? {
    guard let open = source.firstOffset(of: "<html", from: 0),
      let end = source.firstOffset(of: ">", from: open)
    else { return nil }
    var tag = source.text(open..<end)
    let selfClosing = tag.hasSuffix("/")
    if selfClosing { tag.removeLast() }
    tag = Self.removingAttribute("lang", from: tag)
    tag = Self.removingAttribute("dir", from: tag)
    tag = Self.removingAttribute("xml:lang", from: tag)
    while tag.last?.isWhitespace == true { tag.removeLast() }
    tag += " lang=\"\(XMLText.escape(locale, attribute: true))\" dir=\"\(rightToLeft ? "rtl" : "ltr")\""
    return (open..<end, tag)
  }

  static func removingAttribute(_ name: String, from tag: String) -> String {
    let scalars = Array(tag.unicodeScalars)
    let lowered = tag.lowercased()
    let needle = Array((" " + name + "=").unicodeScalars)
    let loweredScalars = Array(lowered.unicodeScalars)
    var index = 0
    while index + needle.count <= loweredScalars.count {
      let isSpace = loweredScalars[index].properties.isWhitespace
      if isSpace, Array(loweredScalars[(index + 1)..<(index + needle.count)]) == Array(needle.dropFirst()) {
        var end = index + needle.count
        if end < scalars.count, scalars[end] == "\"" || scalars[end] == "'" {
          let quote = scalars[end]
          end += 1
          while end < scalars.count, scalars[end] != quote { end += 1 }
          end = min(end + 1, scalars.count)
        } else {
          while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
        }
        var result = String.UnicodeScalarView(scalars[..<index])
        result.append(contentsOf: scalars[end...])
        return String(result)
      }
      index += 1
    }
    return tag
  }

  private func apply(
    _ replacements: [(range: Range<Int>, text: String)], to source: SourceText,
    problems: inout [RenderProblem]
  ) -> String {
    var accepted: [(range: Range<Int>, text: String)] = []
    for replacement in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      if let last = accepted.last, last.range.upperBound > replacement.range.lowerBound {
        problems.append(
          RenderProblem(unit: "-", message: "overlapping text ranges; one block kept its source", isError: false))
        continue
      }
      accepted.append(replacement)
    }
    var out = String.UnicodeScalarView()
    var cursor = 0
    for replacement in accepted {
      out.append(contentsOf: source.scalars[cursor..<replacement.range.lowerBound])
      out.append(contentsOf: replacement.text.unicodeScalars)
      cursor = replacement.range.upperBound
    }
    out.append(contentsOf: source.scalars[cursor...])
    return String(out)
  }
}
