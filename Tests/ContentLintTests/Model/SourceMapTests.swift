import ContentModel
import Testing

@Suite struct SourceMapTests {
  @Test func straightTextMapsColumnByColumn() {
    let map = SourceMap(text: "héllo", startingAt: SourcePosition(line: 3, column: 5))
    #expect(map.position(at: 0) == SourcePosition(line: 3, column: 5))
    #expect(map.position(at: 4) == SourcePosition(line: 3, column: 9))
    #expect(map.anchors.count == 1)
    #expect(map.range(of: 1..<3) == SourceRange(start: SourcePosition(line: 3, column: 6), end: SourcePosition(line: 3, column: 8)))
  }

  @Test func breaksInTheRunBecomeAnchors() {
    var map = SourceMap()
    map.append(SourcePosition(line: 1, column: 1))
    map.append(SourcePosition(line: 1, column: 2))
    map.append(SourcePosition(line: 1, column: 8))  // after "&amp;"
    map.append(SourcePosition(line: 2, column: 3))
    #expect(map.anchors.count == 3)
    #expect(map.position(at: 1) == SourcePosition(line: 1, column: 2))
    #expect(map.position(at: 2) == SourcePosition(line: 1, column: 8))
    #expect(map.position(at: 3) == SourcePosition(line: 2, column: 3))
  }

  @Test func appendingMapsJoinsRunsThatContinue() {
    var first = SourceMap(text: "ab", startingAt: SourcePosition(line: 1, column: 1))
    first.append(contentsOf: SourceMap(text: "cd", startingAt: SourcePosition(line: 1, column: 3)))
    #expect(first.anchors.count == 1)
    first.append(contentsOf: SourceMap(text: "ef", startingAt: SourcePosition(line: 4, column: 1)))
    #expect(first.anchors.count == 2)
    #expect(first.position(at: 5) == SourcePosition(line: 4, column: 2))
  }

  @Test func multiLineTextMovesToTheNextLine() {
    let map = SourceMap(text: "ab\ncd", startingAt: SourcePosition(line: 1, column: 1))
    #expect(map.position(at: 3) == SourcePosition(line: 2, column: 1))
  }
  @Test func appendingARunMapsLikeAppendingEachScalar() {
    let positions = [
      (SourcePosition(line: 1, column: 1), 3), (SourcePosition(line: 1, column: 4), 2),
      (SourcePosition(line: 1, column: 9), 1), (SourcePosition(line: 2, column: 1), 0), (SourcePosition(line: 2, column: 2), 4),
    ]
    var byRuns = SourceMap()
    var byScalars = SourceMap()
    for (start, count) in positions {
      byRuns.append(run: start, count: count)
      for step in 0..<count { byScalars.append(start.advanced(by: step)) }
    }
    #expect(byRuns == byScalars)
    #expect(byRuns.anchors.count == 3)
    #expect(byRuns.length == 10)
  }

  @Test func textWithLineEndsMapsLikeScalarByScalar() {
    let start = SourcePosition(line: 2, column: 4)
    let text = "ab\ncd\n\nxyz\n"
    var expected = SourceMap()
    var line = start.line
    var column = start.column
    for scalar in text.unicodeScalars {
      expected.append(SourcePosition(line: line, column: column))
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    #expect(SourceMap(text: text, startingAt: start) == expected)
  }
}
