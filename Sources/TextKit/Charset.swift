internal import CICU

/// Charset detection and conversion through ICU's converters.
public enum Charset {
  /// ICU's best guess at the charset of `bytes`, with its confidence 0...100.
  public static func detect(_ bytes: [UInt8]) -> (name: String, confidence: Int)? {
    guard !bytes.isEmpty else { return nil }
    var confidence: Int32 = -1
    let name = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        cString(capacity: 64) { out, capacity in
          confidence = cicu_detect_charset(chars.baseAddress, Int32(min(bytes.count, 65_536)), out, capacity)
          return confidence
        }
      }
    }
    guard let name, confidence >= 0 else { return nil }
    return (name, Int(confidence))
  }

  /// Whether ICU has a converter for `name` (an IANA or ICU alias).
  public static func isKnown(_ name: String) -> Bool {
    decode([0x41], charset: name) != nil
  }

  /// Decodes `bytes` written in `charset`. Nil when the charset is unknown or the bytes are not valid in it.
  public static func decode(_ bytes: [UInt8], charset: String) -> String? {
    guard !bytes.isEmpty else { return isKnownName(charset) ? "" : nil }
    let result: [UInt16]? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        withGrowingBuffer(initialCapacity: bytes.count + 16) { out, capacity in
          cicu_convert_to_utf16(charset, chars.baseAddress, Int32(bytes.count), out, capacity)
        }
      }
    }
    return result.map(String.init(utf16Units:))
  }

  private static func isKnownName(_ charset: String) -> Bool {
    var unit: UInt16 = 0
    return [UInt8(0x41)].withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { cicu_convert_to_utf16(charset, $0.baseAddress, 1, &unit, 1) >= 0 }
    }
  }
}
