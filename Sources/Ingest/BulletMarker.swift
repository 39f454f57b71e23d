/// List markers at the start of a plain-text line: `•`, `-`, `*`, `–`, `◦`, `▪`, `1.`, `1)`, `a)`.
enum BulletMarker {
  /// The number of scalars the marker and the spaces after it take, or nil when the line has no marker.
  static func length(in line: Substring.UnicodeScalarView) -> Int? {
    var index = line.startIndex
    guard index < line.endIndex else { return nil }
    let first = line[index]
    var markerLength = 0
    if "•-*–◦▪●‣".unicodeScalars.contains(first) {
      // "**Bold**" and "---" are not bullets.
      let next = line.index(after: index)
      guard next < line.endIndex, line[next] == " " || line[next] == "\t" else { return nil }
      markerLength = 1
      index = next
    } else if first.properties.numericType != nil && first.isASCII {
      var digits = 0
      while index < line.endIndex, line[index].isASCII, line[index].properties.numericType != nil, digits < 3 {
        index = line.index(after: index)
        digits += 1
      }
      guard index < line.endIndex, line[index] == "." || line[index] == ")" else { return nil }
      index = line.index(after: index)
      guard index < line.endIndex, line[index] == " " || line[index] == "\t" else { return nil }
      markerLength = digits + 1
    } else {
      return nil
    }
    var spaces = 0
    while index < line.endIndex, line[index] == " " || line[index] == "\t" {
      index = line.index(after: index)
      spaces += 1
    }
    guard index < line.endIndex else { return nil }
    return markerLength + spaces
  }
}
