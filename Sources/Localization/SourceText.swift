public import ContentModel

/// A post's source as scalars, with line starts, so that line/column positions become offsets.
public struct SourceText: Sendable {
  public let scalars: [Unicode.Scalar]
  private let lineStarts: [Int]

  public init(_ source: String) {
    var all: [Unicode.Scalar] = []
    all.reserveCapacity(source.utf8.count)
    var starts = [0]
    for scalar in source.unicodeScalars {
      all.append(scalar)
      if scalar == "\n" { starts.append(all.count) }
    }
    scalars = all
    lineStarts = starts
  }

  /// The scalar offset of a 1-based line and column, clamped into the text.
  public func offset(of position: SourcePosition) -> Int {
    let line = min(max(position.line, 1), lineStarts.count)
    return min(lineStarts[line - 1] + max(position.column - 1, 0), scalars.count)
  }

  public func text(_ range: Range<Int>) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[max(0, range.lowerBound)..<min(range.upperBound, scalars.count)])
    return String(result)
  }

  /// True when `literal` stands at `offset`, compared without ASCII case (tag and attribute names).
  public func matches(_ literal: String, at offset: Int) -> Bool {
    var index = offset
    for scalar in literal.unicodeScalars {
      guard index < scalars.count, Self.asciiLowercase(scalars[index]) == Self.asciiLowercase(scalar) else {
        return false
      }
      index += 1
    }
    return true
  }

  private static func asciiLowercase(_ scalar: Unicode.Scalar) -> UInt32 {
    (65...90).contains(scalar.value) ? scalar.value + 32 : scalar.value
  }

  /// The first offset at or after `start` where `literal` stands (case-insensitive), below `limit`.
  public func firstOffset(of literal: String, from start: Int, before limit: Int? = nil) -> Int? {
    let end = min(limit ?? scalars.count, scalars.count)
    var index = max(start, 0)
    while index < end {
      if matches(literal, at: index) { return index }
      index += 1
    }
    return nil
  }
}
