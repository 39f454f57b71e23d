/// Why a file could not be turned into a document. Reported as an `ingest-error` finding.
public enum IngestError: Error, Hashable, Sendable, CustomStringConvertible {
  case unreadable(reason: String)
  case binary(detail: String)
  case undecodable(detail: String)
  case tooLarge(bytes: Int, limit: Int)
  /// UTF-8 text damaged at a byte: `line` and `column` say where, counted in the text before it.
  case invalidUTF8(byteOffset: Int, line: Int, column: Int, truncated: Bool)

  /// Where in the file the problem is, when it has a place.
  public var line: Int { if case .invalidUTF8(_, let line, _, _) = self { line } else { 1 } }
  public var column: Int { if case .invalidUTF8(_, _, let column, _) = self { column } else { 1 } }

  public var description: String {
    switch self {
    case .unreadable(let reason): "File could not be read: \(reason)."
    case .binary(let detail): "File is not text (\(detail))."
    case .undecodable(let detail): "File could not be decoded as text: \(detail)."
    case .tooLarge(let bytes, let limit): "File is \(bytes) bytes, over the limit of \(limit) bytes."
    case .invalidUTF8(let offset, _, _, let truncated):
      truncated
        ? "File ends in a truncated UTF-8 sequence at byte \(offset): it was probably cut off."
        : "File is UTF-8 but has invalid UTF-8 at byte \(offset); fix or re-save it as UTF-8."
    }
  }
}
