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
    // Byte by byte: every character JSON needs escaped is ASCII, apart from U+2028 and U+2029 (E2 80 A8/A9),
    // so the rest of the UTF-8 is copied as it stands, without walking scalars.
    var source = string
    return source.withUTF8 { bytes in
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count + 2)
      result.append(0x22)
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case 0x22: result.append(contentsOf: [0x5C, 0x22])
        case 0x5C: result.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: result.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: result.append(contentsOf: [0x5C, 0x72])
        case 0x09: result.append(contentsOf: [0x5C, 0x74])
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
          result.append(contentsOf: Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
          index += 2
        case 0..<0x20, 0x7F:
          let hex = String(byte, radix: 16)
          result.append(contentsOf: Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8))
        default: result.append(byte)
        }
        index += 1
      }
      result.append(0x22)
      return String(decoding: result, as: UTF8.self)
    }
  }
}
