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
    let bytes = utf8
    let looked = bytes.count > limit ? limit + 1 : bytes.count
    var text = self
    guard text.withUTF8({ $0.prefix(looked).allSatisfy { $0 < 0x80 && ($0 < 0x0A || $0 > 0x0D) } }) else { return nil }
    guard bytes.count > limit else { return self }
    return String(decoding: bytes.prefix(limit - 1), as: UTF8.self).trimmingTrailingSpaces() + "…"
  }

  private func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
