/// Reads XLIFF 2.x and 1.2 bundles back, as `XLIFF2Writer` and `XLIFF12Writer` write them (and as
/// translation tools return them: extra notes, `<mrk>`, `<sc>`/`<ec>`, `<bx>`/`<ex>` are understood).
struct XLIFFReader {
  let path: String

  private static let namespace2 = "urn:oasis:names:tc:xliff:document:2.0"
  private static let namespace12 = "urn:oasis:names:tc:xliff:document:1.2"

  func read(_ text: String, expecting format: BundleFormat) throws(BundleError) -> TranslationBundle {
    let root = try XMLNode.parse(text, path: path)
    guard root.name == "xliff" else { throw error(root, "the root element is <\(root.name)>, not <xliff>") }
    let version = root.attributes["version"] ?? "?"
    switch format {
    case .xliff2:
      guard version.hasPrefix("2."), root.namespace == Self.namespace2 else {
        throw error(root, "XLIFF version \(version) where 2.1 is expected (namespace \(Self.namespace2))")
      }
      return try read2(root)
    case .xliff12:
      guard version == "1.2", root.namespace == Self.namespace12 else {
        throw error(root, "XLIFF version \(version) where 1.2 is expected")
      }
      return try read12(root)
    case .po:
      throw error(root, "an XLIFF file where a PO file is expected")
    }
  }

  private func error(_ node: XMLNode, _ message: String) -> BundleError {
    BundleError(path: path, line: node.line, message: message)
  }

  private func required(_ node: XMLNode, _ attribute: String) throws(BundleError) -> String {
    guard let value = node.attributes[attribute], !value.isEmpty else {
      throw error(node, "<\(node.name)> has no \(attribute) attribute")
    }
    return value
  }

  // MARK: - XLIFF 2

  private func read2(_ root: XMLNode) throws(BundleError) -> TranslationBundle {
    let source = try required(root, "srcLang")
    let target = try required(root, "trgLang")
    let files = root.elements("file")
    guard let file = files.first else { throw error(root, "no <file> element") }
    guard files.count == 1 else { throw error(files[1], "more than one <file>; a bundle holds one post") }
    var bundle = TranslationBundle(
      original: file.attributes["original"] ?? "", sourceLocale: source, targetLocale: target, units: [])
    try collect2(file, into: &bundle, obsolete: false)
    return bundle
  }

  private func collect2(_ node: XMLNode, into bundle: inout TranslationBundle, obsolete: Bool) throws(BundleError) {
    for child in node.elements {
      switch child.name {
      case "unit":
        let unit = try unit2(child, targetLocale: bundle.targetLocale)
        if obsolete { bundle.obsolete.append(unit) } else { bundle.units.append(unit) }
      case "group":
        try collect2(child, into: &bundle, obsolete: obsolete || child.attributes["name"] == "obsolete")
      default: continue
      }
    }
  }

  private func unit2(_ node: XMLNode, targetLocale: String) throws(BundleError) -> TranslationUnit {
    let id = try required(node, "id")
    var notes: [TranslationNote] = []
    for note in node.first("notes")?.elements("note") ?? [] {
      let category = TranslationNote.Category(rawValue: note.attributes["category"] ?? "") ?? .context
      let segment = note.attributes["id"].flatMap { $0.hasSuffix("-previous") ? String($0.dropLast(9)) : nil }
      notes.append(TranslationNote(category: category, segment: segment, text: note.text))
    }
    var data: [String: String] = [:]
    for item in node.first("originalData")?.elements("data") ?? [] {
      data[try required(item, "id")] = item.text
    }
    var displays: [Int: String] = [:]
    var segments: [TranslationSegment] = []
    for segmentNode in node.elements where segmentNode.name == "segment" || segmentNode.name == "ignorable" {
      guard segmentNode.name == "segment" else { continue }
      guard let sourceNode = segmentNode.first("source") else { throw error(segmentNode, "a segment without <source>") }
      let source = try pieces(sourceNode, .version2, displays: &displays)
      var target: [InlinePiece]?
      if let targetNode = segmentNode.first("target") {
        try checkLanguage(targetNode, expected: targetLocale)
        target = try pieces(targetNode, .version2, displays: &displays)
      }
      let stateName = segmentNode.attributes["state"] ?? (target == nil ? "initial" : "translated")
      guard let state = SegmentState(rawValue: stateName) else {
        throw error(segmentNode, "unknown segment state '\(stateName)'")
      }
      segments.append(
        TranslationSegment(
          id: segmentNode.attributes["id"] ?? "s\(segments.count + 1)", source: source, target: target, state: state,
          line: segmentNode.line))
    }
    var codes: [InlineCode] = []
    for (key, opening) in data where key.hasPrefix("d") && !key.hasSuffix("e") {
      guard let number = Int(key.dropFirst()) else { continue }
      codes.append(Self.code(number, opening: opening, closing: data[key + "e"], display: displays[number]))
    }
    codes.sort { $0.id < $1.id }
    return Self.assemble(
      id: id, role: node.attributes["name"] ?? "paragraph", notes: notes, codes: codes,
      segments: segments)
  }

  /// The inline elements of one XLIFF version.
  private struct InlineVocabulary {
    var paired: String
    var standalone: String
    var display: String
    var start: String
    var end: String
    var endReference: String
    var transparent: Set<String>

    static let version2 = InlineVocabulary(
      paired: "pc", standalone: "ph", display: "disp", start: "sc", end: "ec", endReference: "startRef",
      transparent: ["mrk", "sm", "em"])
    static let version12 = InlineVocabulary(
      paired: "g", standalone: "x", display: "equiv-text", start: "bx", end: "ex", endReference: "rid",
      transparent: ["mrk"])
  }

  private func pieces(_ node: XMLNode, _ vocabulary: InlineVocabulary, displays: inout [Int: String])
    throws(BundleError) -> [InlinePiece]
  {
    var pieces: [InlinePiece] = []
    for child in node.children {
      switch child {
      case .text(let text): pieces.append(.text(text))
      case .element(let element):
        switch element.name {
        case vocabulary.paired:
          let id = try codeID(element)
          pieces.append(.open(id))
          pieces += try self.pieces(element, vocabulary, displays: &displays)
          pieces.append(.close(id))
        case vocabulary.standalone:
          let id = try codeID(element)
          if let display = element.attributes[vocabulary.display] { displays[id] = display }
          pieces.append(.standalone(id))
        case vocabulary.start: pieces.append(.open(try codeID(element)))
        case vocabulary.end:
          let reference = element.attributes[vocabulary.endReference] ?? element.attributes["id"] ?? ""
          guard let id = Int(reference) else {
            throw error(element, "<\(element.name)> without a numeric \(vocabulary.endReference)")
          }
          pieces.append(.close(id))
        case "cp" where vocabulary.paired == "pc":
          let hex = element.attributes["hex"] ?? ""
          guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw error(element, "<cp> with a bad hex value '\(hex)'")
          }
          pieces.append(.text(String(Character(scalar))))
        case let name where vocabulary.transparent.contains(name):
          pieces += try self.pieces(element, vocabulary, displays: &displays)
        default: throw error(element, "unexpected <\(element.name)> inside <\(node.name)>")
        }
      }
    }
    return InlinePiece.composed(Self.mergeText(pieces))
  }

  private func codeID(_ node: XMLNode) throws(BundleError) -> Int {
    let raw = node.attributes["id"] ?? ""
    guard let id = Int(raw) else { throw error(node, "inline code <\(node.name)> has id '\(raw)', not a number") }
    return id
  }

  private func checkLanguage(_ node: XMLNode, expected: String) throws(BundleError) {
    guard let lang = node.attributes["lang"], !lang.isEmpty else { return }
    if lang.lowercased() != expected.lowercased() {
      throw error(node, "a target in '\(lang)' in a bundle for '\(expected)'")
    }
  }

  // MARK: - XLIFF 1.2

  private func read12(_ root: XMLNode) throws(BundleError) -> TranslationBundle {
    let files = root.elements("file")
    guard let file = files.first else { throw error(root, "no <file> element") }
    guard files.count == 1 else { throw error(files[1], "more than one <file>; a bundle holds one post") }
    var bundle = TranslationBundle(
      original: file.attributes["original"] ?? "", sourceLocale: try required(file, "source-language"),
      targetLocale: try required(file, "target-language"), units: [])
    guard let body = file.first("body") else { throw error(file, "no <body> element") }
    try collect12(body, into: &bundle, obsolete: false)
    return bundle
  }

  private func collect12(_ node: XMLNode, into bundle: inout TranslationBundle, obsolete: Bool) throws(BundleError) {
    for group in node.elements("group") {
      if group.attributes["id"] == "obsolete" {
        try collect12(group, into: &bundle, obsolete: true)
        continue
      }
      let unit = try unit12(group, targetLocale: bundle.targetLocale)
      if obsolete { bundle.obsolete.append(unit) } else { bundle.units.append(unit) }
    }
    if let stray = node.first("trans-unit") {
      throw error(stray, "a <trans-unit> outside a unit's <group>")
    }
  }

  private func unit12(_ group: XMLNode, targetLocale: String) throws(BundleError) -> TranslationUnit {
    let id = try required(group, "id")
    var notes: [TranslationNote] = []
    var openings: [Int: (kind: String, markup: String)] = [:]
    var closings: [Int: String] = [:]
    for note in group.elements("note") {
      let from = note.attributes["from"] ?? ""
      let parts = from.split(separator: "-")
      if parts.count == 3, parts[0] == "code", let number = Int(parts[1]) {
        if parts[2] == "end" { closings[number] = note.text } else { openings[number] = (String(parts[2]), note.text) }
        continue
      }
      let pieces = from.split(separator: ":", maxSplits: 1).map(String.init)
      let category = TranslationNote.Category(rawValue: pieces.first ?? "") ?? .context
      notes.append(TranslationNote(category: category, segment: pieces.count > 1 ? pieces[1] : nil, text: note.text))
    }
    var displays: [Int: String] = [:]
    var segments: [TranslationSegment] = []
    for transUnit in group.elements("trans-unit") {
      let fullID = try required(transUnit, "id")
      guard fullID.hasPrefix(id + ".") else {
        throw error(transUnit, "trans-unit '\(fullID)' does not belong to unit '\(id)'")
      }
      guard let sourceNode = transUnit.first("source") else { throw error(transUnit, "a trans-unit without <source>") }
      let source = try pieces(sourceNode, .version12, displays: &displays)
      var target: [InlinePiece]?
      var state = SegmentState.initial
      if let targetNode = transUnit.first("target") {
        try checkLanguage(targetNode, expected: targetLocale)
        target = try pieces(targetNode, .version12, displays: &displays)
        switch targetNode.attributes["state"] ?? "translated" {
        case "final": state = .final
        case "signed-off": state = .reviewed
        case "translated": state = .translated
        default: state = .initial
        }
        if target == [] && state == .initial { target = nil }
      }
      segments.append(
        TranslationSegment(
          id: String(fullID.dropFirst(id.count + 1)), source: source, target: target, state: state,
          line: transUnit.line))
    }
    let codes = openings.keys.sorted().map { number in
      var code = Self.code(
        number, opening: openings[number]?.markup ?? "", closing: closings[number],
        display: displays[number])
      if let kind = InlineCode.Kind(rawValue: openings[number]?.kind ?? "") { code.kind = kind }
      return code
    }
    return Self.assemble(
      id: id, role: group.attributes["resname"] ?? "paragraph", notes: notes, codes: codes,
      segments: segments)
  }

  // MARK: - Shared

  static func code(_ id: Int, opening: String, closing: String?, display: String?) -> InlineCode {
    let kind = InlineCodeBuilder.kind(ofMarkup: opening, paired: closing != nil)
    return InlineCode(id: id, kind: kind, opening: opening, closing: closing, display: display)
  }

  static func assemble(
    id: String, role: String, notes: [TranslationNote], codes: [InlineCode], segments: [TranslationSegment]
  ) -> TranslationUnit {
    let heading = notes.first { $0.category == .context }?.text
    let path = heading.map(HeadingPath.split) ?? []
    return TranslationUnit(id: id, role: role, headingPath: path, notes: notes, codes: codes, segments: segments)
  }

  static func mergeText(_ pieces: [InlinePiece]) -> [InlinePiece] {
    var result: [InlinePiece] = []
    for piece in pieces {
      if case .text(let text) = piece, case .text(let previous)? = result.last {
        result[result.count - 1] = .text(previous + text)
      } else {
        result.append(piece)
      }
    }
    return result.filter { $0 != .text("") }
  }
}
