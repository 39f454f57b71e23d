/// Escaping for XML and HTML text and attribute values.
public enum XMLText {
  /// Escapes `&`, `<`, `>` and, for attributes, `"`. Characters XML 1.0 forbids are dropped.
  public static func escape(_ text: String, attribute: Bool = false) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where attribute: result += "&quot;"
      case "\n" where attribute: result += "&#10;"
      case "\t" where attribute: result += "&#9;"
      default:
        let value = scalar.value
        if value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D { continue }
        if value == 0xFFFE || value == 0xFFFF { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Decodes the five predefined entities and numeric character references.
  public static func unescape(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") {
        let name = text[text.index(after: index)..<semicolon]
        if let decoded = decode(entity: name) {
          result.unicodeScalars.append(decoded)
          index = text.index(after: semicolon)
          continue
        }
      }
      result.append(character)
      index = text.index(after: index)
    }
    return result
  }

  private static func decode(entity name: Substring) -> Unicode.Scalar? {
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    case "nbsp": return "\u{A0}"
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value =
        digits.hasPrefix("x") || digits.hasPrefix("X")
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      return value.flatMap(Unicode.Scalar.init)
    }
  }
}
