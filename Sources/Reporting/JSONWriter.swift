/// A small JSON writer that keeps keys in the order they are written and escapes every string fully.
public final class JSONWriter {
  public private(set) var output = ""
  private var needsComma = [false]

  public init() {}

  public func object(_ body: () -> Void) {
    separate()
    output += "{"
    needsComma.append(false)
    body()
    needsComma.removeLast()
    output += "}"
    needsComma[needsComma.count - 1] = true
  }

  public func array<Element>(_ elements: [Element], _ body: (Element) -> Void) {
    separate()
    output += "["
    needsComma.append(false)
    for element in elements { body(element) }
    needsComma.removeLast()
    output += "]"
    needsComma[needsComma.count - 1] = true
  }

  public func key(_ name: String, _ body: () -> Void) {
    separate()
    output += Self.quoted(name) + ":"
    needsComma[needsComma.count - 1] = false
    body()
    needsComma[needsComma.count - 1] = true
  }

  public func field(_ name: String, _ value: String) {
    key(name) { self.value(value) }
  }

  public func field(_ name: String, _ value: Int) {
    key(name) { self.raw(String(value)) }
  }

  public func field(_ name: String, _ value: Double) {
    key(name) { self.raw(value.isFinite ? String(value) : "null") }
  }

  public func field(_ name: String, _ value: Bool) {
    key(name) { self.raw(value ? "true" : "false") }
  }

  public func field(_ name: String, _ value: String?) {
    key(name) {
      if let value { self.value(value) } else { self.raw("null") }
    }
  }

  public func value(_ string: String) {
    raw(Self.quoted(string))
  }

  public func raw(_ text: String) {
    separate()
    output += text
    needsComma[needsComma.count - 1] = true
  }

  private func separate() {
    if needsComma[needsComma.count - 1] { output += "," }
  }

  public static func quoted(_ string: String) -> String {
    var result = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{2028}": result += "\\u2028"
      case "\u{2029}": result += "\\u2029"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
