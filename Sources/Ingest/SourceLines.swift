/// The lines of a decoded file, with `\r\n` and lone `\r` line ends understood.
struct SourceLines {
  struct Line {
    /// 1-based line number.
    var number: Int
    /// The line without its line end.
    var text: Substring.UnicodeScalarView
  }

  let lines: [Line]

  init(_ source: String) {
    var lines: [Line] = []
    let scalars = Substring(source).unicodeScalars
    // Line ends are found on the bytes: "\n" and "\r" never occur inside a longer UTF-8 sequence, so every
    // index met here is also a scalar boundary.
    let utf8 = source.utf8
    var start = utf8.startIndex
    var index = start
    var number = 1
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte == 0x0A || byte == 0x0D {
        lines.append(Line(number: number, text: scalars[start..<index]))
        number += 1
        var next = utf8.index(after: index)
        if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
        index = next
        start = next
      } else {
        index = utf8.index(after: index)
      }
    }
    if start < utf8.endIndex {
      lines.append(Line(number: number, text: scalars[start..<utf8.endIndex]))
    }
    self.lines = lines
  }
}
