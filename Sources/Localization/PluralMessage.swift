import TextKit

/// Just enough of ICU MessageFormat's structure to check plural arguments and rewrite their branches.
/// Syntax errors are `MessageFormat.check`'s business (ICU's own parser); this reads well-formed messages.
public indirect enum MessagePart: Hashable, Sendable {
  case text(String)
  /// A simple argument such as `{name}` or `{count, number}`, kept as written.
  case argument(String)
  /// A `plural` or `selectordinal` (or `select`) argument with its branches in source order.
  case choice(name: String, type: String, offset: String?, branches: [Branch])

  public struct Branch: Hashable, Sendable {
    public var key: String
    public var parts: [MessagePart]
  }
}

public enum PluralMessage {
  /// The parts of `message`, or nil when its braces do not balance.
  public static func parse(_ message: String) -> [MessagePart]? {
    var scalars = Array(message.unicodeScalars)[...]
    return parseParts(&scalars, nested: false)
  }

  /// True when `text` looks like an ICU message with a plural or select argument.
  public static func isCountedMessage(_ text: String) -> Bool {
    guard let parts = parse(text) else { return false }
    return parts.contains { if case .choice = $0 { true } else { false } }
  }

  /// Every plural argument in the message, nested ones included: its name and the keys it gives.
  public static func pluralKeys(_ parts: [MessagePart]) -> [(name: String, keys: [String])] {
    var found: [(String, [String])] = []
    for part in parts {
      guard case .choice(let name, let type, _, let branches) = part else { continue }
      if type == "plural" || type == "selectordinal" { found.append((name, branches.map(\.key))) }
      for branch in branches { found += pluralKeys(branch.parts) }
    }
    return found
  }

  /// Writes parts back as a message; plural branches are completed to `categories` (missing ones copy
  /// `other`) and every literal text run goes through `transform`.
  public static func render(
    _ parts: [MessagePart], categories: [String]? = nil, transform: (String) -> String = { $0 }
  ) -> String {
    var out = ""
    for part in parts {
      switch part {
      case .text(let text): out += transform(text)
      case .argument(let raw): out += "{" + raw + "}"
      case .choice(let name, let type, let offset, var branches):
        if type == "plural", let categories {
          let other = branches.first { $0.key == "other" }
          let exact = branches.filter { $0.key.hasPrefix("=") }
          branches =
            exact
            + categories.compactMap { category in
              branches.first { $0.key == category } ?? other.map { MessagePart.Branch(key: category, parts: $0.parts) }
            }
        }
        out += "{\(name), \(type),"
        if let offset { out += " offset:\(offset)" }
        for branch in branches {
          out += " \(branch.key) {" + render(branch.parts, categories: categories, transform: transform) + "}"
        }
        out += "}"
      }
    }
    return out
  }

  /// The literal text a reader sees in any branch (`#` and argument syntax left out), for word counts.
  public static func literalText(_ message: String) -> String {
    guard let parts = parse(message) else { return message }
    var texts: [String] = []
    _ = render(parts) { text in
      texts.append(text.replacingAll("#", with: " "))
      return text
    }
    return texts.joined(separator: " ")
  }

  // MARK: - Parsing

  private static func parseParts(_ input: inout ArraySlice<Unicode.Scalar>, nested: Bool) -> [MessagePart]? {
    var parts: [MessagePart] = []
    var text = String.UnicodeScalarView()
    while let scalar = input.first {
      if scalar == "}" {
        guard nested else { return nil }
        break
      }
      input.removeFirst()
      if scalar == "{" {
        if !text.isEmpty { parts.append(.text(String(text))) }
        text = String.UnicodeScalarView()
        guard let argument = parseArgument(&input) else { return nil }
        parts.append(argument)
      } else {
        text.append(scalar)
      }
    }
    if !text.isEmpty { parts.append(.text(String(text))) }
    return parts
  }

  private static func parseArgument(_ input: inout ArraySlice<Unicode.Scalar>) -> MessagePart? {
    var header = String.UnicodeScalarView()
    var commas = 0
    while let scalar = input.first, scalar != "}" {
      if scalar == "," {
        commas += 1
        if commas == 2 { break }
      }
      if scalar == "{" { return nil }
      header.append(scalar)
      input.removeFirst()
    }
    guard let stop = input.first else { return nil }
    let fields = String(header).split(separator: ",").map { String($0).trimming() }
    if stop == "}" {
      input.removeFirst()
      return .argument(String(header))
    }
    input.removeFirst()  // the second comma
    guard fields.count == 2 else { return nil }
    var branches: [MessagePart.Branch] = []
    var offset: String?
    while true {
      while let scalar = input.first, scalar.properties.isWhitespace { input.removeFirst() }
      guard let scalar = input.first else { return nil }
      if scalar == "}" {
        input.removeFirst()
        break
      }
      var key = String.UnicodeScalarView()
      while let next = input.first, next != "{", !next.properties.isWhitespace, next != "}" {
        key.append(next)
        input.removeFirst()
      }
      let keyText = String(key)
      if keyText.hasPrefix("offset:") {
        offset = String(keyText.dropFirst(7))
        continue
      }
      while let next = input.first, next.properties.isWhitespace { input.removeFirst() }
      guard input.first == "{", !keyText.isEmpty else { return nil }
      input.removeFirst()
      guard let parts = parseParts(&input, nested: true), input.first == "}" else { return nil }
      input.removeFirst()
      branches.append(MessagePart.Branch(key: keyText, parts: parts))
    }
    return .choice(name: fields[0], type: fields[1], offset: offset, branches: branches)
  }
}

extension String {
  fileprivate func replacingAll(_ character: Character, with replacement: String) -> String {
    split(separator: character, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
