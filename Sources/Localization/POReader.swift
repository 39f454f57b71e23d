import TextKit

/// Reads PO bundles back, as `POWriter` writes them and as PO editors return them.
struct POReader {
  let path: String

  private struct Entry {
    var line = 0
    var notes: [String] = []
    var fuzzy = false
    var previousID: String?
    var context: String?
    var id: String?
    var translation: String?
    var obsolete = false
    var keyword: String?
  }

  func read(_ text: String) throws(BundleError) -> TranslationBundle {
    let entries = try parse(text)
    guard let header = entries.first, header.id == "", header.context == nil else {
      throw BundleError(path: path, line: 1, message: "no PO header entry (msgid \"\")")
    }
    var fields: [String: String] = [:]
    for line in (header.translation ?? "").split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimming(" ")
    }
    guard let language = fields["Language"], !language.isEmpty else {
      throw BundleError(path: path, line: header.line, message: "the header has no Language field")
    }
    var bundle = TranslationBundle(
      original: fields["X-Original"] ?? "", sourceLocale: fields["X-Source-Language"] ?? "en",
      targetLocale: language, units: [])
    for key in POWriter.translatorFieldNames {
      if let value = fields[key], !value.isEmpty { bundle.translatorFields[key] = value }
    }
    var order: [String] = []
    var grouped: [String: (entries: [Entry], obsolete: Bool)] = [:]
    for entry in entries.dropFirst() {
      guard let context = entry.context, let dot = context.lastIndex(of: ".") else {
        throw BundleError(
          path: path, line: entry.line, message: "an entry without a contentlint msgctxt (unit.segment)")
      }
      let unitID = String(context[..<dot])
      if grouped[unitID] == nil { order.append(unitID) }
      grouped[unitID, default: ([], entry.obsolete)].entries.append(entry)
    }
    for unitID in order {
      guard let group = grouped[unitID] else { continue }
      let unit = try self.unit(unitID, group.entries)
      if group.obsolete { bundle.obsolete.append(unit) } else { bundle.units.append(unit) }
    }
    return bundle
  }

  private func unit(_ id: String, _ entries: [Entry]) throws(BundleError) -> TranslationUnit {
    var notes: [TranslationNote] = []
    var openings: [Int: (kind: String, markup: String)] = [:]
    var closings: [Int: String] = [:]
    var role = "paragraph"
    var segments: [TranslationSegment] = []
    for entry in entries {
      for note in entry.notes {
        guard let colon = note.firstIndex(of: ":") else { continue }
        let key = String(note[..<colon])
        let value = String(note[note.index(note.startIndex, offsetBy: key.count + 1)...]).trimming(" ")
        let parts = key.split(separator: "-")
        if parts.count == 3, parts[0] == "code", let number = Int(parts[1]) {
          if parts[2] == "end" { closings[number] = value } else { openings[number] = (String(parts[2]), value) }
        } else if let category = TranslationNote.Category(rawValue: key) {
          if category == .role { role = value.split(separator: ":").first.map(String.init) ?? value }
          notes.append(TranslationNote(category: category, text: value))
        }
      }
      let context = entry.context ?? ""
      let segmentID = String(context[context.index(after: context.lastIndex(of: ".") ?? context.startIndex)...])
      if let previous = entry.previousID {
        notes.append(TranslationNote(category: .previousSource, segment: segmentID, text: previous))
      }
      let source = try pieces(entry.id ?? "", line: entry.line)
      let translation = entry.translation ?? ""
      let target = translation.isEmpty ? nil : try pieces(translation, line: entry.line)
      segments.append(
        TranslationSegment(
          id: segmentID, source: source, target: target, state: entry.fuzzy ? .initial : .translated, line: entry.line))
    }
    let codes = openings.keys.sorted().map { number in
      var code = XLIFFReader.code(
        number, opening: openings[number]?.markup ?? "", closing: closings[number], display: nil)
      if let kind = InlineCode.Kind(rawValue: openings[number]?.kind ?? "") { code.kind = kind }
      if !code.isPaired { code.display = Self.display(of: code.opening) }
      return code
    }
    return XLIFFReader.assemble(id: id, role: role, notes: notes, codes: codes, segments: segments)
  }

  /// The text a placeholder's markup shows (`<code>x</code>` → `x`).
  private static func display(of markup: String) -> String {
    var out = ""
    var inTag = false
    for character in markup {
      if character == "<" {
        inTag = true
      } else if character == ">" {
        inTag = false
      } else if !inTag {
        out.append(character)
      }
    }
    return XMLText.unescape(out)
  }

  /// Splits `{1}`, `{/1}` and `{2/}` out of a PO string.
  func pieces(_ text: String, line: Int) throws(BundleError) -> [InlinePiece] {
    var pieces: [InlinePiece] = []
    var run = ""
    var index = text.startIndex
    while index < text.endIndex {
      if text[index] == "{", let close = text[index...].prefix(12).firstIndex(of: "}") {
        let inner = text[text.index(after: index)..<close]
        let closing = inner.hasPrefix("/")
        let standalone = inner.hasSuffix("/") && !closing
        let digits = inner.drop { $0 == "/" }.prefix { $0.isASCII && $0.isNumber }
        let rest = inner.drop { $0 == "/" }.dropFirst(digits.count)
        if let number = Int(digits), rest.isEmpty || (standalone && rest == "/") {
          if !run.isEmpty { pieces.append(.text(run)) }
          run = ""
          pieces.append(closing ? .close(number) : standalone ? .standalone(number) : .open(number))
          index = text.index(after: close)
          continue
        }
      }
      run.append(text[index])
      index = text.index(after: index)
    }
    if !run.isEmpty { pieces.append(.text(run)) }
    return InlinePiece.composed(pieces)
  }

  // MARK: - Syntax

  private func parse(_ text: String) throws(BundleError) -> [Entry] {
    var entries: [Entry] = []
    var current = Entry()
    var started = false
    func finish() {
      if current.id != nil { entries.append(current) }
      current = Entry()
      started = false
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, rawLine) in lines.enumerated() {
      let number = index + 1
      var line = Substring(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
      if String(line).trimming(" \t").isEmpty {
        finish()
        continue
      }
      var obsolete = false
      if line.hasPrefix("#~") {
        obsolete = true
        line = line.dropFirst(2).drop { $0 == " " }
        if line.hasPrefix("|") { continue }
      } else if line.hasPrefix("#") {
        if current.translation != nil { finish() }
        if !started {
          current.line = number
          started = true
        }
        if line.hasPrefix("#.") {
          current.notes.append(String(line.dropFirst(2).drop { $0 == " " }))
        } else if line.hasPrefix("#,") {
          if line.contains("fuzzy") { current.fuzzy = true }
        } else if line.hasPrefix("#| msgid ") {
          current.previousID = try string(line.dropFirst(9), line: number)
        }
        continue
      }
      if line.hasPrefix("\"") {
        let value = try string(line, line: number)
        switch current.keyword {
        case "msgctxt": current.context = (current.context ?? "") + value
        case "msgid": current.id = (current.id ?? "") + value
        case "msgstr": current.translation = (current.translation ?? "") + value
        default: throw BundleError(path: path, line: number, message: "a string with no keyword before it")
        }
        continue
      }
      let keyword = String(line.prefix { $0 != " " && $0 != "\t" })
      let rest = line.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
      switch keyword {
      case "msgctxt", "msgid":
        if current.translation != nil || (keyword == "msgctxt" && current.id != nil) { finish() }
        if !started { current.line = number }
        started = true
        current.obsolete = obsolete
      case "msgstr":
        guard current.id != nil else {
          throw BundleError(path: path, line: number, message: "msgstr without a msgid before it")
        }
      case "msgid_plural", "msgstr[0]":
        throw BundleError(
          path: path, line: number,
          message: "plural entries are not used in contentlint bundles (write ICU plural syntax in msgstr)")
      default:
        throw BundleError(path: path, line: number, message: "unexpected '\(keyword.prefix(30))' (not PO syntax)")
      }
      if !started { current.line = number }
      current.keyword = keyword
      let value = try string(rest, line: number)
      switch keyword {
      case "msgctxt": current.context = value
      case "msgid": current.id = value
      default: current.translation = value
      }
    }
    finish()
    return entries
  }

  /// A quoted PO string with its escapes decoded.
  private func string(_ text: Substring, line: Int) throws(BundleError) -> String {
    let trimmed = String(text).trimming(" \t")
    guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else {
      throw BundleError(path: path, line: line, message: "expected a quoted string, found '\(trimmed.prefix(30))'")
    }
    var out = ""
    var escaping = false
    for character in trimmed.dropFirst().dropLast() {
      if escaping {
        switch character {
        case "n": out += "\n"
        case "t": out += "\t"
        case "r": out += "\r"
        case "\\": out += "\\"
        case "\"": out += "\""
        default: throw BundleError(path: path, line: line, message: "unknown escape \\\(character)")
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else if character == "\"" {
        throw BundleError(path: path, line: line, message: "an unescaped quote inside a string")
      } else {
        out.append(character)
      }
    }
    if escaping { throw BundleError(path: path, line: line, message: "the string ends in a lone backslash") }
    return out
  }
}
