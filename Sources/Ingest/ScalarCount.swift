/// The number of Unicode scalars in a string, counted eight UTF-8 bytes at a time: the trimmer measures every
/// block several times, and a byte-by-byte count of each paragraph added up.
enum ScalarCount {
  static func of(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes -> Int in
      guard let base = bytes.baseAddress else { return 0 }
      let raw = UnsafeRawPointer(base)
      var continuations = 0
      var index = 0
      let high: UInt64 = 0x8080_8080_8080_8080
      while index + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // A continuation byte is 10xxxxxx: bit 7 set, bit 6 (shifted up into bit 7's place) clear.
        continuations += ((word & ~(word << 1)) & high).nonzeroBitCount
        index += 8
      }
      while index < bytes.count {
        if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
        index += 1
      }
      return bytes.count - continuations
    }
  }
}
