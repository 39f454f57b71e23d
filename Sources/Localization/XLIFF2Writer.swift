/// Writes XLIFF 2.1 core: inline markup as `<pc>`/`<ph>` with the markup itself in `<originalData>`.
public struct XLIFF2Writer: Sendable {
  public init() {}

  public func write(_ bundle: TranslationBundle) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\""
    out += " srcLang=\"\(attr(bundle.sourceLocale))\" trgLang=\"\(attr(bundle.targetLocale))\">\n"
    out += "  <file id=\"f1\" original=\"\(attr(bundle.original))\">\n"
    for unit in bundle.units { out += self.unit(unit, indent: "    ") }
    if !bundle.obsolete.isEmpty || bundle.units.isEmpty {
      out += "    <group id=\"obsolete\" name=\"obsolete\" translate=\"no\">\n"
      for unit in bundle.obsolete { out += self.unit(unit, indent: "      ") }
      out += "    </group>\n"
    }
    out += "  </file>\n</xliff>\n"
    return out
  }

  private func unit(_ unit: TranslationUnit, indent: String) -> String {
    var out = "\(indent)<unit id=\"\(attr(unit.id))\" name=\"\(attr(unit.role))\">\n"
    if !unit.notes.isEmpty {
      out += "\(indent)  <notes>\n"
      for note in unit.notes {
        out += "\(indent)    <note category=\"\(note.category.rawValue)\""
        if let segment = note.segment { out += " id=\"\(attr(segment))-previous\"" }
        out += ">\(text(note.text))</note>\n"
      }
      out += "\(indent)  </notes>\n"
    }
    if !unit.codes.isEmpty {
      out += "\(indent)  <originalData>\n"
      for code in unit.codes {
        out += "\(indent)    <data id=\"d\(code.id)\">\(text(code.opening))</data>\n"
        if let closing = code.closing { out += "\(indent)    <data id=\"d\(code.id)e\">\(text(closing))</data>\n" }
      }
      out += "\(indent)  </originalData>\n"
    }
    for segment in unit.segments {
      out +=
        "\(indent)  <segment id=\"\(attr(segment.id))\" state=\"\(segment.target == nil ? "initial" : segment.state.rawValue)\">\n"
      out += "\(indent)    <source>\(inline(segment.source, unit: unit))</source>\n"
      if let target = segment.target {
        out += "\(indent)    <target>\(inline(target, unit: unit))</target>\n"
      }
      out += "\(indent)  </segment>\n"
    }
    out += "\(indent)</unit>\n"
    return out
  }

  private func inline(_ pieces: [InlinePiece], unit: TranslationUnit) -> String {
    // A translator's target whose codes do not nest cannot be written with <pc>: isolated <sc>/<ec> keep it
    // as it came, for `l10n check` and `render` to report.
    let nested = InlinePiece.balanceProblem(pieces, codes: unit.codes) == nil
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let value): out += text(value)
      case .open(let id) where !nested: out += "<sc id=\"\(id)\" dataRef=\"d\(id)\" isolated=\"yes\"/>"
      case .close(let id) where !nested: out += "<ec id=\"\(id)\" dataRef=\"d\(id)e\" isolated=\"yes\"/>"
      case .open(let id):
        let type = unit.code(id).map(Self.type) ?? "fmt"
        out += "<pc id=\"\(id)\" dataRefStart=\"d\(id)\" dataRefEnd=\"d\(id)e\" type=\"\(type)\">"
      case .close: out += "</pc>"
      case .standalone(let id):
        let code = unit.code(id)
        out += "<ph id=\"\(id)\" dataRef=\"d\(id)\""
        if let display = code?.display { out += " disp=\"\(attr(display))\"" }
        out += " type=\"\(code.map(Self.type) ?? "other")\"/>"
      }
    }
    return out
  }

  /// XLIFF 2 code types: links are `link`, formatting `fmt`, protected code `other` (with subType).
  static func type(_ code: InlineCode) -> String {
    switch code.kind {
    case .link: "link"
    case .emphasis, .strong: "fmt"
    case .code, .placeholder: "other"
    }
  }

  private func attr(_ value: String) -> String { XMLText.escape(value, attribute: true) }
  private func text(_ value: String) -> String { XMLText.escape(value) }
}
