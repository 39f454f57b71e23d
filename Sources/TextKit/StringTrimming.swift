extension String {
  /// The string without leading and trailing characters from `set`.
  public func trimming(_ set: String = " \t\n\r\u{A0}") -> String {
    let characters = Set(set.unicodeScalars)
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !characters.contains($0) }),
      let last = scalars.lastIndex(where: { !characters.contains($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
