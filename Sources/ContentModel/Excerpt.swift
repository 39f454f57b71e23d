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
  /// The shortened excerpt is built from the bytes in one go: a duplicate summary keeps one for every
  /// paragraph it may cite.
  private func asciiExcerpt(limit: Int) -> String? {
    var text = self
    return text.withUTF8 { bytes -> String? in
      let looked = bytes.count > limit ? limit + 1 : bytes.count
      guard bytes.prefix(looked).allSatisfy({ $0 < 0x80 && ($0 < 0x0A || $0 > 0x0D) }) else { return nil }
      guard bytes.count > limit else { return self }
      var kept = max(0, limit - 1)
      while kept > 0, bytes[kept - 1] == 0x20 { kept -= 1 }
      let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]
      return String(unsafeUninitializedCapacity: kept + ellipsis.count) { buffer in
        _ = buffer.initialize(fromContentsOf: bytes[..<kept])
        _ = buffer[kept...].initialize(fromContentsOf: ellipsis)
        return kept + ellipsis.count
      }
    }
  }

  private func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
