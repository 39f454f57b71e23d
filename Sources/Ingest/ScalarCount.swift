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
      let lowBytes: UInt64 = 0x00FF_00FF_00FF_00FF
      while index + 8 <= bytes.count {
        // Each byte lane counts the continuation bytes (10xxxxxx: bit 7 set, bit 6 clear) seen in it, up to 255
        // words at a time so that no lane overflows; the lanes are summed once per stretch, not once per word.
        var lanes: UInt64 = 0
        let lastStart = min(bytes.count - 8, index + 8 * 254)
        while index <= lastStart {
          let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          lanes &+= ((word & ~(word << 1)) & high) >> 7
          index &+= 8
        }
        let pairs = (lanes & lowBytes) &+ ((lanes >> 8) & lowBytes)
        continuations += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
      }
      while index < bytes.count {
        if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
        index += 1
      }
      return bytes.count - continuations
    }
  }
}
