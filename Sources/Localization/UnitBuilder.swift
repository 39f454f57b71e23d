public import ContentModel
import TextKit

/// Turns a post into translation units: one per block worth translating, one segment per sentence,
/// inline markup as codes, translator notes from the block's context and its lint findings.
public struct UnitBuilder: Sendable {
  /// Findings of these rules mark a block as junk: it is left out of bundles so no one pays to translate it.
  public static let excludingRules: Set<String> = ["duplicate-paragraph", "ai-boilerplate", "scrape-residue"]

  public init() {}

  /// The units of `document`, in document order; `findings` are the lint findings on it.
  public func units(for document: Document, findings: [Finding], sourceLocale: String) -> [TranslationUnit] {
    extract(document, findings: findings, sourceLocale: sourceLocale).map(\.unit)
  }

  /// The units of `document` with the index of the block each came from (nil for metadata units).
  public func extract(_ document: Document, findings: [Finding], sourceLocale: String) -> [ExtractedUnit] {
    let source = SourceText(document.source)
    var units: [ExtractedUnit] = []
    let blockTexts = Set(document.blocks.filter(Self.isTranslatable).map(\.text))
    if let title = Self.pageTitle(of: document, source: source), !title.isEmpty, !blockTexts.contains(title) {
      units.append(ExtractedUnit(unit: metadataUnit(role: UnitRole.title, text: title, locale: sourceLocale)))
    }
    if let description = document.metadata.description, !description.isEmpty {
      units.append(
        ExtractedUnit(unit: metadataUnit(role: UnitRole.description, text: description, locale: sourceLocale)))
    }
    for (block, context) in document.blocksWithContext where Self.isTranslatable(block) {
      let onBlock = findings.filter { Self.finding($0, isIn: block) }
      guard !onBlock.contains(where: { Self.excludingRules.contains($0.rule) }) else { continue }
      let unit = unit(for: block, context: context, findings: onBlock, source: source, locale: sourceLocale)
      units.append(ExtractedUnit(unit: unit, blockIndex: context.index))
    }
    for image in ImageText(document: document, source: source).attributes() {
      let segments = sentenceSegments(image.text, locale: sourceLocale)
      var notes = [TranslationNote(category: .role, text: image.role)]
      if !image.headingPath.isEmpty {
        notes.append(
          TranslationNote(category: .context, text: image.headingPath.joined(separator: HeadingPath.separator)))
      }
      let unit = TranslationUnit(
        id: UnitID.make(role: image.role, heading: image.headingPath.last, text: image.text), role: image.role,
        headingPath: image.headingPath, notes: notes, segments: segments)
      units.append(ExtractedUnit(unit: unit, attributeRange: image.valueRange))
    }
    // Document order, so that a translator reads an image's text where the image stands.
    let order = units.map { extracted -> Int in
      if let range = extracted.attributeRange { return range.lowerBound }
      if let index = extracted.blockIndex { return source.offset(of: document.blocks[index].extent.start) }
      return -1
    }
    let sorted = zip(units, order).enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
    return Self.numberingDuplicates(sorted.map(\.element.0))
  }

  /// The title a reader sees in the browser: an HTML page's `<title>`, else the title ingest found when it
  /// is not part of the post's text.
  public static func pageTitle(of document: Document, source: SourceText) -> String? {
    if document.format == .html, let range = HTMLHead.titleRange(in: source) {
      let text = XMLText.unescape(source.text(range)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
      return text.isEmpty ? nil : text
    }
    return document.metadata.titleRange == nil ? document.metadata.title : nil
  }

  /// Residue (bylines, "Back to Blog"), code blocks and `translate="no"` blocks never reach a bundle.
  public static func isTranslatable(_ block: Block) -> Bool {
    block.role == .content && block.isTranslatable && block.kind != .code
      && block.text.unicodeScalars.contains { $0.properties.isAlphabetic }
  }

  /// A finding belongs to the block whose source extent holds its start.
  public static func finding(_ finding: Finding, isIn block: Block) -> Bool {
    let start = finding.range.start
    let textRange = block.textRange
    let inExtent = start >= block.extent.start && start < block.extent.end
    let inText = start >= textRange.start && start < textRange.end
    return inExtent || inText
  }

  // MARK: - Units

  private func metadataUnit(role: String, text: String, locale: String) -> TranslationUnit {
    let segments = sentenceSegments(text, locale: locale)
    return TranslationUnit(
      id: UnitID.make(role: role, heading: nil, text: text), role: role,
      notes: [
        TranslationNote(
          category: .role,
          text: role == UnitRole.title ? "title: the page title" : "description: the page's meta description")
      ],
      segments: segments)
  }

  private func sentenceSegments(_ text: String, locale: String) -> [TranslationSegment] {
    let block = Block(kind: .paragraph, text: text, sourceMap: SourceMap())
    return segments(of: block, codes: [], spans: [], locale: locale)
  }

  private func unit(
    for block: Block, context: BlockContext, findings: [Finding], source: SourceText, locale: String
  ) -> TranslationUnit {
    let role = block.kind.rawValue
    let (codes, spans) = InlineCodeBuilder(block: block, source: source).codes()
    var notes = [TranslationNote(category: .role, text: role)]
    if !context.headingPath.isEmpty {
      notes.append(
        TranslationNote(category: .context, text: context.headingPath.joined(separator: HeadingPath.separator)))
    }
    for finding in findings.sorted(by: Finding.reportOrder) {
      notes.append(TranslationNote(category: .lint, text: Self.translatorNote(for: finding)))
    }
    // The id hashes the text a translator sees (protected code left out), so a bundle can be checked by it.
    let segments = segments(of: block, codes: codes, spans: spans, locale: locale)
    let text = segments.map { InlinePiece.plainText($0.source) }.joined(separator: " ")
    return TranslationUnit(
      id: UnitID.make(role: role, heading: context.headingPath.last, text: text), role: role,
      headingPath: context.headingPath, notes: notes, codes: codes, segments: segments)
  }

  /// What a translator should do about a finding on the source text.
  static func translatorNote(for finding: Finding) -> String {
    switch finding.rule {
    case "clinical-claim":
      "Health claim (\(finding.rule)): keep the hedging; do not strengthen. \(finding.message)"
    default:
      "\(finding.rule): \(finding.message)"
    }
  }

  // MARK: - Segments

  /// Sentence segments over the block's text; sentences that an inline span crosses stay together.
  private func segments(of block: Block, codes: [InlineCode], spans: [CodedSpan], locale: String)
    -> [TranslationSegment]
  {
    let text = block.text
    let scalars = Array(text.unicodeScalars)
    var starts = Segmenter.sentences(in: text, locale: Self.language(of: locale)).map {
      block.scalarOffsets(of: $0).lowerBound
    }
    if starts.isEmpty || starts[0] != 0 { starts.insert(0, at: 0) }
    starts = starts.enumerated().filter { index, start in
      index == 0 || !spans.contains { $0.range.lowerBound < start && start < $0.range.upperBound }
    }.map(\.element)
    var result: [TranslationSegment] = []
    for (index, start) in starts.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1] : scalars.count
      let pieces = Self.trim(Self.pieces(scalars: scalars, range: start..<end, spans: spans))
      guard pieces.contains(where: { if case .text(let t) = $0 { !t.isEmpty } else { true } }) else { continue }
      result.append(TranslationSegment(id: "s\(result.count + 1)", source: pieces))
    }
    return result
  }

  /// The pieces of `range`: text runs with codes opened, closed or standing where the spans say.
  static func pieces(scalars: [Unicode.Scalar], range: Range<Int>, spans: [CodedSpan]) -> [InlinePiece] {
    var pieces: [InlinePiece] = []
    var run = String.UnicodeScalarView()
    func flush() {
      if !run.isEmpty { pieces.append(.text(String(run))) }
      run = String.UnicodeScalarView()
    }
    var offset = range.lowerBound
    var open: [CodedSpan] = []
    var emitted: Set<Int> = []
    while offset <= range.upperBound {
      while let last = open.last, last.range.upperBound == offset {
        flush()
        pieces.append(.close(last.code))
        open.removeLast()
      }
      guard offset < range.upperBound else { break }
      if let standalone = spans.first(where: { !$0.isPaired && $0.range.lowerBound == offset }),
        !emitted.contains(standalone.code)
      {
        flush()
        pieces.append(.standalone(standalone.code))
        emitted.insert(standalone.code)
        if !standalone.range.isEmpty {
          offset = standalone.range.upperBound
          continue
        }
      }
      for span in spans where span.isPaired && span.range.lowerBound == offset {
        flush()
        pieces.append(.open(span.code))
        open.append(span)
      }
      run.append(scalars[offset])
      offset += 1
    }
    flush()
    for span in open.reversed() { pieces.append(.close(span.code)) }
    return pieces
  }

  /// Drops white space at the edges of a segment, which belongs between segments, not to a translation.
  static func trim(_ pieces: [InlinePiece]) -> [InlinePiece] {
    var result = pieces
    if let first = result.firstIndex(where: { if case .text = $0 { true } else { false } }),
      case .text(let text) = result[first]
    {
      result[first] = .text(String(text.drop { $0.isWhitespace }))
    }
    if let last = result.lastIndex(where: { if case .text = $0 { true } else { false } }),
      case .text(let text) = result[last]
    {
      var trimmed = Substring(text)
      while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
      result[last] = .text(String(trimmed))
    }
    return InlinePiece.composed(result.filter { $0 != .text("") })
  }

  /// Identical units under the same heading get `-2`, `-3`, … so every id stays unique.
  private static func numberingDuplicates(_ units: [ExtractedUnit]) -> [ExtractedUnit] {
    var seen: [String: Int] = [:]
    return units.map { extracted in
      var extracted = extracted
      let count = (seen[extracted.unit.id] ?? 0) + 1
      seen[extracted.unit.id] = count
      if count > 1 { extracted.unit.id += "-\(count)" }
      return extracted
    }
  }

  /// The language part of a tag, which is what ICU's break rules are keyed on.
  static func language(of tag: String) -> String {
    String(tag.split(separator: "-").first ?? "en")
  }
}

/// A unit and the block it came from.
public struct ExtractedUnit: Hashable, Sendable {
  public var unit: TranslationUnit
  /// Index into `Document.blocks`; nil for the title and description taken from metadata and for images.
  public var blockIndex: Int?
  /// For an image's `alt` or `title`: where the attribute value stands in the source, in scalar offsets.
  public var attributeRange: Range<Int>?

  public init(unit: TranslationUnit, blockIndex: Int? = nil, attributeRange: Range<Int>? = nil) {
    self.unit = unit
    self.blockIndex = blockIndex
    self.attributeRange = attributeRange
  }
}

/// How heading paths are written in notes, and read back.
public enum HeadingPath {
  public static let separator = " › "

  /// The headings of a path written with `separator`.
  public static func split(_ text: String) -> [String] {
    var parts: [String] = []
    var rest = Substring(text)
    while let range = rest.firstRange(of: separator) {
      parts.append(String(rest[..<range.lowerBound]))
      rest = rest[range.upperBound...]
    }
    parts.append(String(rest))
    return parts
  }
}
