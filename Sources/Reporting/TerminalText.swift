/// Text from files made safe to print on a terminal: control characters and escape sequences from a
/// hostile page must never reach it.
public enum TerminalText {
  public static func safe(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09: result.append(" ")
      case 0x00..<0x20, 0x7F:
        result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
      case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069:  // C1 controls and bidi overrides
        result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}
