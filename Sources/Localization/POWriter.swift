/// Writes GNU gettext PO: one entry per segment (`msgctxt` = unit id and segment id), inline codes as
/// numbered placeholders `{1}…{/1}` and `{2/}`, what each stands for in a `#.` note, previous sources as
/// `#|` lines of fuzzy entries and obsolete units as `#~` entries.
public struct POWriter: Sendable {
  public init() {}

  public func write(_ bundle: TranslationBundle) -> String {
    var out = "# contentlint translation bundle: \(bundle.original) (\(bundle.sourceLocale) → \(bundle.targetLocale))\n"
    out += "msgid \"\"\nmsgstr \"\"\n"
    let header = [
      "Project-Id-Version: contentlint", "Report-Msgid-Bugs-To: ",
      "PO-Revision-Date: " + (bundle.translatorFields["PO-Revision-Date"] ?? "YEAR-MO-DA HO:MI+ZONE"),
      "Last-Translator: " + (bundle.translatorFields["Last-Translator"] ?? ""),
      "Language-Team: " + (bundle.translatorFields["Language-Team"] ?? ""), "Language: \(bundle.targetLocale)",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit",
      "X-Source-Language: \(bundle.sourceLocale)", "X-Original: \(bundle.original)",
    ]
    for field in header { out += "\"\(Self.escape(field))\\n\"\n" }
    for unit in bundle.units { out += entries(unit, obsolete: false) }
    for unit in bundle.obsolete { out += entries(unit, obsolete: true) }
    return out
  }

  private func entries(_ unit: TranslationUnit, obsolete: Bool) -> String {
    var out = ""
    for (index, segment) in unit.segments.enumerated() {
      out += "\n"
      if index == 0 {
        for note in unit.notes where note.category != .previousSource {
          out += comment(".", "\(note.category.rawValue): \(note.text)")
        }
        for code in unit.codes {
          out += comment(".", "code-\(code.id)-\(code.kind.rawValue): \(code.opening)")
          if let closing = code.closing { out += comment(".", "code-\(code.id)-end: \(closing)") }
        }
      }
      let used = Set(InlinePiece.codeSequence(segment.source))
      let legend = unit.codes.filter { used.contains("{\($0.id)}") || used.contains("{\($0.id)/}") }.map { code in
        code.isPaired
          ? "{\(code.id)}…{/\(code.id)} = \(code.kind.rawValue)" : "{\(code.id)/} = \(code.display ?? code.opening)"
      }
      if !legend.isEmpty {
        out += comment(
          ".", "placeholders: " + legend.joined(separator: "; ") + " (keep each one, in an order that reads well)")
      }
      let context = "\(unit.id).\(segment.id)"
      let prefix = obsolete ? "#~ " : ""
      if segment.needsReview, !obsolete {
        out += "#, fuzzy\n"
        if let previous = unit.notes.first(where: { $0.category == .previousSource && $0.segment == segment.id }) {
          out += "#| msgctxt \"\(Self.escape(context))\"\n"
          out += "#| msgid \"\(Self.escape(previous.text))\"\n"
        }
      }
      out += "\(prefix)msgctxt \"\(Self.escape(context))\"\n"
      out += "\(prefix)msgid \"\(Self.escape(Self.placeholders(segment.source)))\"\n"
      out += "\(prefix)msgstr \"\(Self.escape(segment.target.map(Self.placeholders) ?? ""))\"\n"
    }
    return out
  }

  private func comment(_ kind: String, _ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "#\(kind) \($0)\n" }.joined()
  }

  /// Header fields that belong to the translator, kept from the bundle that was there.
  static let translatorFieldNames = ["PO-Revision-Date", "Last-Translator", "Language-Team"]

  /// Text with codes as `{1}`, `{/1}`, `{2/}`.
  static func placeholders(_ pieces: [InlinePiece]) -> String {
    pieces.reduce(into: "") { out, piece in
      switch piece {
      case .text(let text): out += text
      case .open(let id): out += "{\(id)}"
      case .close(let id): out += "{/\(id)}"
      case .standalone(let id): out += "{\(id)/}"
      }
    }
  }

  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
