public import ContentModel

/// Applies findings' fixes to a file's text: the flagged range is removed and, when that leaves a line
/// with nothing but white space, the whole line goes with it. Every other character stays as it was.
public enum FixApplier {
  /// The text with every non-overlapping fix applied, and how many were applied.
  public static func apply(_ fixes: [Fix], to source: String) -> (text: String, applied: Int) {
    let scalars = Array(source.unicodeScalars)
    let lineStarts = Self.lineStarts(scalars)
    var edits: [(range: Range<Int>, replacement: String)] = []
    for fix in fixes {
      guard var range = offsets(of: fix.range, lineStarts: lineStarts, count: scalars.count), !range.isEmpty
        || !fix.replacement.isEmpty
      else { continue }
      if fix.kind == .delete { range = widenedToWholeLines(range, scalars) }
      edits.append((range, fix.kind == .delete ? "" : fix.replacement))
    }
    edits.sort { $0.range.lowerBound < $1.range.lowerBound }
    var result = String.UnicodeScalarView()
    var cursor = 0
    var applied = 0
    for edit in edits where edit.range.lowerBound >= cursor {
      result.append(contentsOf: scalars[cursor..<edit.range.lowerBound])
      result.append(contentsOf: edit.replacement.unicodeScalars)
      cursor = edit.range.upperBound
      applied += 1
    }
    result.append(contentsOf: scalars[cursor...])
    return (String(result), applied)
  }

  // MARK: - Private

  private static func lineStarts(_ scalars: [Unicode.Scalar]) -> [Int] {
    var starts = [0]
    var index = 0
    while index < scalars.count {
      if scalars[index] == "\n" {
        starts.append(index + 1)
      } else if scalars[index] == "\r" {
        if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
        starts.append(index + 1)
      }
      index += 1
    }
    return starts
  }

  private static func offsets(of range: SourceRange, lineStarts: [Int], count: Int) -> Range<Int>? {
    func offset(_ position: SourcePosition) -> Int? {
      guard position.line >= 1, position.line <= lineStarts.count else { return nil }
      return min(count, lineStarts[position.line - 1] + position.column - 1)
    }
    guard let start = offset(range.start), let end = offset(range.end), start <= end else { return nil }
    return start..<end
  }

  /// Grows a deletion that leaves only white space on its lines to the whole lines, and drops one of two
  /// blank lines it would leave side by side, so deleting a paragraph leaves the text as if it was never there.
  private static func widenedToWholeLines(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int> {
    var start = range.lowerBound
    while start > 0, isSpace(scalars[start - 1]) { start -= 1 }
    guard start == 0 || isNewline(scalars[start - 1]) else { return range }
    var end = range.upperBound
    while end < scalars.count, isSpace(scalars[end]) { end += 1 }
    guard end == scalars.count || isNewline(scalars[end]) else { return range }
    let endsWithLineEnd = end < scalars.count
    end = afterLineEnd(end, scalars)
    let blankBefore = start == 0 || isBlankLine(endingAt: start, scalars)
    let blankAfter = end == scalars.count || isBlankLine(startingAt: end, scalars)
    if blankBefore && blankAfter && end < scalars.count {
      var next = end
      while next < scalars.count, isSpace(scalars[next]) { next += 1 }
      end = afterLineEnd(next, scalars)
    } else if blankBefore && end == scalars.count && start > 0 {
      // The last block of the file: the blank line before it goes too. When the file had no final line
      // end, the line end of the text before goes as well, so the file still ends the way it did.
      start = startOfPreviousLine(start, scalars)
      if !endsWithLineEnd, start > 0, isNewline(scalars[start - 1]) {
        start -= 1
        if start > 0, scalars[start] == "\n", scalars[start - 1] == "\r" { start -= 1 }
      }
    }
    return start..<end
  }

  /// The start of the line before the one starting at `index`.
  private static func startOfPreviousLine(_ index: Int, _ scalars: [Unicode.Scalar]) -> Int {
    var position = index - 1
    if position > 0, scalars[position] == "\n", scalars[position - 1] == "\r" { position -= 1 }
    while position > 0, !isNewline(scalars[position - 1]) { position -= 1 }
    return max(0, position)
  }

  private static func afterLineEnd(_ index: Int, _ scalars: [Unicode.Scalar]) -> Int {
    guard index < scalars.count else { return index }
    if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { return index + 2 }
    return isNewline(scalars[index]) ? index + 1 : index
  }

  /// True when the line that ends just before `index` (a line start) holds only white space.
  private static func isBlankLine(endingAt index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
    var position = index - 1
    if position >= 0, scalars[position] == "\n" { position -= 1 }
    if position >= 0, scalars[position] == "\r" { position -= 1 }
    while position >= 0, isSpace(scalars[position]) { position -= 1 }
    return position < 0 || isNewline(scalars[position])
  }

  private static func isBlankLine(startingAt index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
    var position = index
    while position < scalars.count, isSpace(scalars[position]) { position += 1 }
    return position < scalars.count && isNewline(scalars[position])
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
  private static func isNewline(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }
}
