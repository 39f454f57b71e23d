/// The bundle formats extract writes and every other command reads.
public enum BundleFormat: String, Sendable, CaseIterable {
  case xliff2
  case po
  case xliff12

  /// The file extension of a bundle in this format.
  public var fileExtension: String {
    switch self {
    case .xliff2: "xlf"
    case .po: "po"
    case .xliff12: "xliff"
    }
  }

  /// The format a bundle file is in, from its extension.
  public init?(path: String) {
    guard let format = Self.allCases.first(where: { path.hasSuffix("." + $0.fileExtension) }) else { return nil }
    self = format
  }

  /// Writes a bundle in this format.
  public func write(_ bundle: TranslationBundle) -> String {
    switch self {
    case .xliff2: XLIFF2Writer().write(bundle)
    case .po: POWriter().write(bundle)
    case .xliff12: XLIFF12Writer().write(bundle)
    }
  }

  /// Reads a bundle written in this format; `path` names the file in errors.
  public func read(_ text: String, path: String) throws(BundleError) -> TranslationBundle {
    switch self {
    case .xliff2, .xliff12: try XLIFFReader(path: path).read(text, expecting: self)
    case .po: try POReader(path: path).read(text)
    }
  }
}
