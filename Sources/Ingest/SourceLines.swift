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
    let scalars = source.unicodeScalars
    var start = scalars.startIndex
    var index = start
    var number = 1
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if scalar == "\n" || scalar == "\r" {
        lines.append(Line(number: number, text: Substring(source).unicodeScalars[start..<index]))
        number += 1
        var next = scalars.index(after: index)
        if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
        index = next
        start = next
      } else {
        index = scalars.index(after: index)
      }
    }
    if start < scalars.endIndex {
      lines.append(Line(number: number, text: Substring(source).unicodeScalars[start..<scalars.endIndex]))
    }
    self.lines = lines
  }
}
