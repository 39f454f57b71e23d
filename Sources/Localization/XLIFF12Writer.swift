/// Writes XLIFF 1.2 (strict): a `<group>` per unit, a `<trans-unit>` per segment, inline markup as `<g>`
/// (paired) and `<x>` (standalone); the markup itself is kept in `code-N` notes of the group.
public struct XLIFF12Writer: Sendable {
  public init() {}

  public func write(_ bundle: TranslationBundle) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
    out += "  <file original=\"\(attr(bundle.original))\" source-language=\"\(attr(bundle.sourceLocale))\""
    out += " target-language=\"\(attr(bundle.targetLocale))\" datatype=\"plaintext\">\n"
    out += "    <body>\n"
    for unit in bundle.units { out += group(unit, indent: "      ") }
    if !bundle.obsolete.isEmpty {
      out += "      <group id=\"obsolete\" resname=\"obsolete\" translate=\"no\">\n"
      for unit in bundle.obsolete { out += group(unit, indent: "        ") }
      out += "      </group>\n"
    }
    out += "    </body>\n  </file>\n</xliff>\n"
    return out
  }

  static func state(_ state: SegmentState) -> String {
    switch state {
    case .initial: "needs-review-translation"
    case .translated: "translated"
    case .reviewed: "signed-off"
    case .final: "final"
    }
  }

  private func group(_ unit: TranslationUnit, indent: String) -> String {
    var out = "\(indent)<group id=\"\(attr(unit.id))\" resname=\"\(attr(unit.role))\">\n"
    for note in unit.notes {
      let from = note.segment.map { "\(note.category.rawValue):\($0)" } ?? note.category.rawValue
      out += "\(indent)  <note from=\"\(attr(from))\">\(text(note.text))</note>\n"
    }
    for code in unit.codes {
      out += "\(indent)  <note from=\"code-\(code.id)-\(code.kind.rawValue)\">\(text(code.opening))</note>\n"
      if let closing = code.closing { out += "\(indent)  <note from=\"code-\(code.id)-end\">\(text(closing))</note>\n" }
    }
    for segment in unit.segments {
      out += "\(indent)  <trans-unit id=\"\(attr(unit.id)).\(attr(segment.id))\">\n"
      out += "\(indent)    <source>\(inline(segment.source, unit: unit))</source>\n"
      if let target = segment.target {
        out += "\(indent)    <target state=\"\(Self.state(segment.state))\">\(inline(target, unit: unit))</target>\n"
      }
      out += "\(indent)  </trans-unit>\n"
    }
    out += "\(indent)</group>\n"
    return out
  }

  private func inline(_ pieces: [InlinePiece], unit: TranslationUnit) -> String {
    let nested = InlinePiece.balanceProblem(pieces, codes: unit.codes) == nil
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let value): out += text(value)
      case .open(let id) where !nested: out += "<bx id=\"\(id)\"/>"
      case .close(let id) where !nested: out += "<ex id=\"\(id)\"/>"
      case .open(let id):
        let kind = unit.code(id)?.kind
        let ctype = kind == .link ? "link" : kind == .strong ? "bold" : "italic"
        out += "<g id=\"\(id)\" ctype=\"\(ctype)\">"
      case .close: out += "</g>"
      case .standalone(let id):
        out += "<x id=\"\(id)\" ctype=\"x-code\""
        if let display = unit.code(id)?.display { out += " equiv-text=\"\(attr(display))\"" }
        out += "/>"
      }
    }
    return out
  }

  private func attr(_ value: String) -> String { XMLText.escape(value, attribute: true) }
  private func text(_ value: String) -> String { XMLText.escape(value) }
}
