extension String {
  /// The text on one line, shortened to at most `limit` characters with an ellipsis.
  public func excerpt(limit: Int = 80) -> String {
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
