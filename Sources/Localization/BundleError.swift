/// Why a bundle that came back from a translator cannot be used. Always names the file and, where the
/// problem sits, its line.
public struct BundleError: Error, Hashable, Sendable, CustomStringConvertible {
  public var path: String
  public var line: Int?
  public var message: String

  public init(path: String, line: Int?, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  public var description: String {
    if let line { return "\(path):\(line): \(message)" }
    return "\(path): \(message)"
  }
}
