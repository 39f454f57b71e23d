/// A place in an original file: 1-based line and 1-based column counted in Unicode scalars of that line.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// The position one scalar further along the same line.
  public func advanced(by columns: Int) -> SourcePosition {
    SourcePosition(line: line, column: column + columns)
  }

  public var description: String { "\(line):\(column)" }
}

/// A span of an original file; `end` points just past the last scalar of the span.
public struct SourceRange: Hashable, Sendable, Codable, CustomStringConvertible {
  public var start: SourcePosition
  public var end: SourcePosition

  public init(start: SourcePosition, end: SourcePosition) {
    self.start = start
    self.end = end
  }

  public var description: String { "\(start)-\(end)" }
}
