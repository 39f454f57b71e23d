extension String {
  /// The text on one line, shortened to at most `limit` characters with an ellipsis.
  public func excerpt(limit: Int = 80) -> String {
    if let excerpt = asciiExcerpt(limit: limit) { return excerpt }
    let flattened = split(whereSeparator: \.isNewline).joined(separator: " ")
    guard flattened.count > limit else { return flattened }
    return String(flattened.prefix(limit - 1)).trimmingTrailingSpaces() + "…"
  }

  /// The excerpt when the text starts with more than `limit` ASCII bytes on one line, or is nothing else:
  /// there a Character is a byte (an ASCII byte never joins the cluster before it, and CR LF is excluded),
  /// so only the bytes the excerpt keeps, and the one after them, need looking at.
  private func asciiExcerpt(limit: Int) -> String? {
    withASCIIExcerpt(limit: limit) { kept, shortened in
      guard shortened else { return self }
      // One allocation for the kept bytes and the ellipsis (E2 80 A6).
      return String(unsafeUninitializedCapacity: kept.count + 3) { buffer in
        _ = buffer.initialize(fromContentsOf: kept)
        _ = buffer[kept.count...].initialize(fromContentsOf: [0xE2, 0x80, 0xA6])
        return kept.count + 3
      }
    }
  }

  /// What `excerpt(limit:)` keeps of the text when `asciiExcerpt` applies: the UTF-8 bytes kept and whether
  /// "…" follows them, for a caller that stores the excerpt's bytes without making a String; nil otherwise.
  public func withASCIIExcerpt<Result>(
    limit: Int = 80, _ body: (_ kept: UnsafeBufferPointer<UInt8>, _ shortened: Bool) -> Result
  ) -> Result? {
    var text = self
    return text.withUTF8 { bytes -> Result? in
      let looked = bytes.count > limit ? limit + 1 : bytes.count
      guard Self.isASCIILine(UnsafeBufferPointer(rebasing: bytes[..<looked])) else { return nil }
      guard bytes.count > limit else { return body(bytes, false) }
      // Trailing spaces trimmed: in ASCII without line breaks a byte is a Character.
      var end = limit - 1
      while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
      return body(UnsafeBufferPointer(rebasing: bytes[..<end]), true)
    }
  }

  /// Whether every byte is ASCII and none is a line break (0A-0D), eight bytes a step: every compared
  /// block asks it of up to 81 bytes. (TextKit's `ByteLanes` lies above this module: its `between` test
  /// is spelled out here.)
  private static func isASCIILine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    if let base = bytes.baseAddress {
      let (ones, low, top): (UInt64, UInt64, UInt64) = (0x0101_0101_0101_0101, 0x7F7F_7F7F_7F7F_7F7F, 0x8080_8080_8080_8080)
      while index &+ 8 <= count {
        let lanes = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        let seven = lanes & low
        // Lanes b with 9 < b < 14, as `ByteLanes.between(lanes, 9, 14)`.
        let breaks = (ones &* (127 &+ 14) &- seven) & ~lanes & (seven &+ ones &* (127 &- 9)) & top
        if (lanes & top) | breaks != 0 { return false }
        index &+= 8
      }
    }
    while index < count {
      let byte = bytes[index]
      if byte >= 0x80 || (byte >= 0x0A && byte <= 0x0D) { return false }
      index &+= 1
    }
    return true
  }

  private func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
