/// One post's strings for one target locale: what extract writes, translators fill in and render reads.
public struct TranslationBundle: Hashable, Sendable {
  /// The post's path as given on the command line (XLIFF `original`).
  public var original: String
  public var sourceLocale: String
  public var targetLocale: String
  public var units: [TranslationUnit]
  /// Units whose source vanished from the post but that carry a translator's work.
  public var obsolete: [TranslationUnit]
  /// What a translation tool records about the translator, kept across extracts (PO's `Last-Translator`,
  /// `Language-Team`, `PO-Revision-Date`).
  public var translatorFields: [String: String] = [:]

  public init(
    original: String, sourceLocale: String, targetLocale: String, units: [TranslationUnit],
    obsolete: [TranslationUnit] = []
  ) {
    self.original = original
    self.sourceLocale = sourceLocale
    self.targetLocale = targetLocale
    self.units = units
    self.obsolete = obsolete
  }
}

/// A block of the post (or a metadata field, or a counted message): the unit a translator sees.
public struct TranslationUnit: Hashable, Sendable {
  /// Stable id derived from content, role and nearest heading (see `UnitID`).
  public var id: String
  /// What the text is: title, description, heading, paragraph, list-item, quote, table-cell, message.
  public var role: String
  /// The headings above the block, outermost first.
  public var headingPath: [String]
  public var notes: [TranslationNote]
  /// The inline codes the segments refer to, by id.
  public var codes: [InlineCode]
  public var segments: [TranslationSegment]

  public init(
    id: String, role: String, headingPath: [String] = [], notes: [TranslationNote] = [], codes: [InlineCode] = [],
    segments: [TranslationSegment]
  ) {
    self.id = id
    self.role = role
    self.headingPath = headingPath
    self.notes = notes
    self.codes = codes
    self.segments = segments
  }

  /// True for ICU MessageFormat units (counted messages such as the reading time).
  public var isMessage: Bool { role == UnitRole.message }

  public func code(_ id: Int) -> InlineCode? { codes.first { $0.id == id } }

  /// The source text of every segment, joined as a reader sees it.
  public var sourceText: String { segments.map { InlinePiece.plainText($0.source) }.joined(separator: " ") }

  /// True when at least one segment has a target: the unit carries a translator's work.
  public var hasTranslation: Bool { segments.contains { $0.target != nil } }
}

/// The role names units use, shared by extract and the readers.
public enum UnitRole {
  public static let title = "title"
  public static let description = "description"
  public static let message = "message"
}

/// A sentence (or several, when inline markup spans them) of a unit.
public struct TranslationSegment: Hashable, Sendable {
  public var id: String
  public var source: [InlinePiece]
  public var target: [InlinePiece]?
  public var state: SegmentState
  /// The line of the segment in the bundle it was read from, for messages; nil for fresh segments.
  public var line: Int?

  public init(
    id: String, source: [InlinePiece], target: [InlinePiece]? = nil, state: SegmentState = .initial,
    line: Int? = nil
  ) {
    self.id = id
    self.source = source
    self.target = target
    self.state = state
    self.line = line
  }

  /// A translation that counts as done: present and past the `initial` state.
  public var isTranslated: Bool { target != nil && state != .initial }
  /// A translation kept from an older source, waiting for a translator to look again.
  public var needsReview: Bool { target != nil && state == .initial }
}

/// XLIFF 2 segment states; PO maps `initial` with a target to `fuzzy`.
public enum SegmentState: String, Hashable, Sendable, CaseIterable {
  case initial, translated, reviewed, final
}

/// A note for translators: role and context, lint findings, the previous source of a changed segment.
public struct TranslationNote: Hashable, Sendable {
  public enum Category: String, Hashable, Sendable {
    case role
    case context
    case lint
    case previousSource = "previous-source"
    case format
  }

  public var category: Category
  /// For `previousSource`, the segment the note is about.
  public var segment: String?
  public var text: String

  public init(category: Category, segment: String? = nil, text: String) {
    self.category = category
    self.segment = segment
    self.text = text
  }
}
