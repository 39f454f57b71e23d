/// A small JSON writer that keeps keys in the order they are written and escapes every string fully.
public final class JSONWriter {
  /// The document as UTF-8: appended to in place, where a String built by `+=` and per-value strings would
  /// allocate for every key and value of a 10,000-file report.
  private var bytes: [UInt8] = []
  /// Whether the next value of the current object or array follows another. One flag serves every level:
  /// entering a level clears it, and leaving one always sets it, since the closed value was written.
  private var needsComma = false

  public var output: String { String(decoding: bytes, as: UTF8.self) }

  public init() {}

  public func object(_ body: () -> Void) {
    separate()
    bytes.append(0x7B)
    needsComma = false
    body()
    bytes.append(0x7D)
    needsComma = true
  }

  public func array<Element>(_ elements: [Element], _ body: (Element) -> Void) {
    separate()
    bytes.append(0x5B)
    needsComma = false
    for element in elements { body(element) }
    bytes.append(0x5D)
    needsComma = true
  }

  public func key(_ name: String, _ body: () -> Void) {
    separate()
    Self.appendQuoted(name, to: &bytes)
    bytes.append(0x3A)
    needsComma = false
    body()
    needsComma = true
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
    separate()
    Self.appendQuoted(string, to: &bytes)
    needsComma = true
  }

  public func raw(_ text: String) {
    separate()
    bytes.append(contentsOf: text.utf8)
    needsComma = true
  }

  private func separate() {
    if needsComma { bytes.append(0x2C) }
  }

  public static func quoted(_ string: String) -> String {
    var result: [UInt8] = []
    appendQuoted(string, to: &result)
    return String(decoding: result, as: UTF8.self)
  }

  /// Whether a byte is copied as it stands: printable ASCII other than the quote and the backslash, and
  /// UTF-8 bytes other than the lead byte E2 (of U+2028 and U+2029, which JSON readers in JavaScript reject).
  @inline(__always)
  private static func isPlain(_ byte: UInt8) -> Bool {
    byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F && byte != 0xE2
  }

  private static func appendQuoted(_ string: String, to result: inout [UInt8]) {
    // Every character JSON needs escaped is ASCII, apart from U+2028 and U+2029 (E2 80 A8/A9),
    // so the rest of the UTF-8 is copied as it stands, without walking scalars.
    var source = string
    source.withUTF8 { bytes in
      result.reserveCapacity(result.count + bytes.count + 2)
      result.append(0x22)
      var index = 0
      while index < bytes.count {
        // Most text needs no escape: a run of such bytes is copied at once, not appended byte by byte.
        let runStart = index
        while index < bytes.count, Self.isPlain(bytes[index]) { index += 1 }
        if index > runStart { result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
        guard index < bytes.count else { break }
        let byte = bytes[index]
        switch byte {
        case 0x22: result.append(contentsOf: [0x5C, 0x22])
        case 0x5C: result.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: result.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: result.append(contentsOf: [0x5C, 0x72])
        case 0x09: result.append(contentsOf: [0x5C, 0x74])
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
          result.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
          index += 2
        case 0..<0x20, 0x7F:
          let hex = String(byte, radix: 16)
          result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        default: result.append(byte)
        }
        index += 1
      }
      result.append(0x22)
    }
  }
}
