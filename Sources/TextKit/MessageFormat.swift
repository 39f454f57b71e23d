internal import CICU

/// ICU MessageFormat syntax checks.
public enum MessageFormat {
  /// A syntax error: the 1-based offset in UTF-16 units and ICU's error name.
  public struct SyntaxError: Error, Hashable, Sendable {
    public var offset: Int
    public var name: String
  }

  /// Nil when `pattern` parses as an ICU MessageFormat pattern for the locale.
  public static func check(_ pattern: String, locale: String = "en") -> SyntaxError? {
    let units = Array(pattern.utf16)
    var errorName = [CChar](repeating: 0, count: 64)
    let result = units.withUnsafeBufferPointer { text in
      errorName.withUnsafeMutableBufferPointer { name in
        cicu_message_format_check(text.baseAddress, Int32(units.count), locale, name.baseAddress, 64)
      }
    }
    guard result != 0 else { return nil }
    let name = String(decoding: errorName.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return SyntaxError(offset: Int(result), name: name)
  }
}
