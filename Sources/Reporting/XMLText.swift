/// Text made safe for XML 1.0 attributes and character data.
public enum XMLText {
  /// Escapes markup characters and replaces characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF)
  /// with a visible `\u{…}` form, so a hostile page cannot make the report unreadable.
  public static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      // Kept as references so that attribute values keep their line breaks and tabs.
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      case "\t": result += "&#9;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          result += "\\u{" + String(scalar.value, radix: 16) + "}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
