extension String {
  /// The text on one line, shortened to at most `limit` characters with an ellipsis.
  public func excerpt(limit: Int = 80) -> String {
    // Most texts are ASCII on one line: there a Character is a byte and nothing needs flattening, so the
    // whole paragraph is not walked Character by Character only to keep its first eighty.
    if utf8.allSatisfy({ $0 < 0x80 && ($0 < 0x0A || $0 > 0x0D) }) {
      guard utf8.count > limit else { return self }
      return String(decoding: utf8.prefix(limit - 1), as: UTF8.self).trimmingTrailingSpaces() + "…"
    }
    let flattened = split(whereSeparator: \.isNewline).joined(separator: " ")
    guard flattened.count > limit else { return flattened }
    return String(flattened.prefix(limit - 1)).trimmingTrailingSpaces() + "…"
  }

  private func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
