import TextKit

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
    // Line ends are found on the bytes: "\n" and "\r" never occur inside a longer UTF-8 sequence, so every
    // offset met here is also a scalar boundary. Offsets become indices only once per line.
    var bounds: [(start: Int, end: Int)] = []
    var copy = source
    copy.withUTF8 { bytes in
      var start = 0
      var index = 0
      while index < bytes.count {
        // Most of a line is text: eight bytes with no line end in them are passed over at once.
        if let base = bytes.baseAddress, index &+ 8 <= bytes.count {
          let chunk = ByteLanes.load(base, at: index)
          if ByteLanes.equal(chunk, 0x0A) | ByteLanes.equal(chunk, 0x0D) == 0 {
            index &+= 8
            continue
          }
        }
        let byte = bytes[index]
        if byte == 0x0A || byte == 0x0D {
          bounds.append((start, index))
          index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
          start = index
        } else {
          index += 1
        }
      }
      if start < bytes.count { bounds.append((start, bytes.count)) }
    }
    let scalars = Substring(copy).unicodeScalars
    let utf8 = copy.utf8
    var lines: [Line] = []
    lines.reserveCapacity(bounds.count)
    for (number, bound) in bounds.enumerated() {
      let start = utf8.index(utf8.startIndex, offsetBy: bound.start)
      let end = utf8.index(start, offsetBy: bound.end - bound.start)
      lines.append(Line(number: number + 1, text: scalars[start..<end]))
    }
    self.lines = lines
  }
}
