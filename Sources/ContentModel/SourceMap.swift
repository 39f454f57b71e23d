/// Maps offsets in a block's text (in Unicode scalars) back to positions in the original file.
///
/// Text usually maps to the file in long straight runs (same line, consecutive columns). The map stores
/// only the points where that straight run breaks: a new line, a collapsed stretch of white space, a
/// character reference such as `&amp;`, a tag between two inline runs. Every other offset is found from
/// the nearest anchor before it.
public struct SourceMap: Hashable, Sendable {
  /// A text offset whose position does not follow from the scalar before it.
  public struct Anchor: Hashable, Sendable {
    public var offset: Int
    public var position: SourcePosition
  }

  public private(set) var anchors: [Anchor] = []
  /// Number of scalars mapped so far.
  public private(set) var length = 0
  /// Where the scalar after the last one mapped would be if the run went on.
  private var nextInRun: SourcePosition?

  public init() {}

  /// A map for text that stands in the file exactly as it is, starting at `start`.
  public init(text: String, startingAt start: SourcePosition) {
    var line = start.line
    var column = start.column
    // Each line's scalars, its line feed included, are one run.
    var runStart = column
    for scalar in text.unicodeScalars {
      column += 1
      if scalar == "\n" {
        append(run: SourcePosition(line: line, column: runStart), count: column - runStart)
        line += 1
        column = 1
        runStart = 1
      }
    }
    append(run: SourcePosition(line: line, column: runStart), count: column - runStart)
  }

  /// Records that the next scalar of the text stands at `position` in the file.
  public mutating func append(_ position: SourcePosition) {
    if position != nextInRun {
      anchors.append(Anchor(offset: length, position: position))
    }
    nextInRun = position.advanced(by: 1)
    length += 1
  }

  /// Records that the next `count` scalars of the text stand one after another on one line, the first at
  /// `start`: the same map as `count` calls of `append(_:)` with consecutive columns, in one step.
  public mutating func append(run start: SourcePosition, count: Int) {
    guard count > 0 else { return }
    if start != nextInRun {
      anchors.append(Anchor(offset: length, position: start))
    }
    nextInRun = start.advanced(by: count)
    length += count
  }

  /// Appends another map's scalars after this one's.
  public mutating func append(contentsOf other: SourceMap) {
    guard other.length > 0 else { return }
    for anchor in other.anchors where !(anchor.offset == 0 && anchor.position == nextInRun) {
      anchors.append(Anchor(offset: length + anchor.offset, position: anchor.position))
    }
    length += other.length
    nextInRun = other.nextInRun
  }

  /// The file position of the scalar at `offset` (clamped into the text).
  public func position(at offset: Int) -> SourcePosition {
    guard !anchors.isEmpty else { return SourcePosition(line: 1, column: 1) }
    let clamped = max(0, min(offset, max(length - 1, 0)))
    let anchor = anchors[anchors.lastIndex(withKeyAtMost: clamped, key: \.offset)]
    return anchor.position.advanced(by: clamped - anchor.offset)
  }

  /// The file range covering the scalars `offsets` of the text; its end is just past the last scalar.
  public func range(of offsets: Range<Int>) -> SourceRange {
    let start = position(at: offsets.lowerBound)
    let lastOffset = max(offsets.lowerBound, offsets.upperBound - 1)
    return SourceRange(start: start, end: position(at: lastOffset).advanced(by: 1))
  }
}
