/// A mistake in a rule pack or a configuration file: where it is and what is wrong.
///
/// A run stops on one of these (exit status 2) rather than lint with rules the user did not mean.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file holding the mistake, as it was found.
  public var file: String
  /// 1-based line of the mistake, nil when the whole file is at fault (it cannot be read).
  public var line: Int?
  public var message: String

  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `FILE:LINE: message`, the shape editors and terminals turn into a link.
  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }
}
