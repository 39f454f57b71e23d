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

extension String {
  /// True when `needle` occurs in the string, byte for byte: the plain substring test, without the
  /// locale-aware Foundation search that `contains` picks up wherever Foundation is imported.
  public func containsText(_ needle: String) -> Bool {
    guard !needle.isEmpty else { return true }
    var haystack = self
    var pattern = needle
    return haystack.withUTF8 { text in
      pattern.withUTF8 { word in
        guard word.count <= text.count else { return false }
        let first = word[0]
        var start = 0
        let last = text.count - word.count
        while start <= last {
          if text[start] == first {
            var offset = 1
            while offset < word.count, text[start + offset] == word[offset] { offset += 1 }
            if offset == word.count { return true }
          }
          start += 1
        }
        return false
      }
    }
  }
}
