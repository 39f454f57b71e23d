/// Whether a string is all ASCII, where every Character but "\r\n" is one byte and byte-level scans
/// give the same answers as Character-level ones.
public enum ASCIIText {
  public static func isASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isASCII($0) }
  }

  /// Checks eight bytes at a time: this runs on every block of a post before its fast path is taken.
  public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var index = 0
    var highBits: UInt64 = 0
    while index + 8 <= bytes.count {
      highBits |= ByteLanes.load(base, at: index)
      index += 8
    }
    while index < bytes.count {
      highBits |= UInt64(bytes[index])
      index += 1
    }
    return highBits & ByteLanes.top == 0
  }
}
