import Foundation

/// Files' standardised absolute paths (`URL.standardizedFileURL`) and folders, worked out once per folder as
/// written: a run over 10,000 posts in twenty folders asks Foundation twenty times, not 20,000, and a
/// standardised path is its folder's plus its name.
struct StandardizedPaths {
  private var folders: [Substring: String] = [:]

  /// The standardised absolute folder that holds `path`.
  mutating func folder(of path: String) -> String {
    guard let (written, _) = Self.split(path) else { return Self.standardized(path).deletingLastPathComponent().path }
    if let known = folders[written] { return known }
    let folder = Self.standardized(path).deletingLastPathComponent().path
    folders[written] = folder
    return folder
  }

  /// `path` made absolute against the current folder, with `.` and `..` resolved.
  mutating func absolute(_ path: String) -> String {
    guard let (_, name) = Self.split(path) else { return Self.standardized(path).path }
    let folder = folder(of: path)
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// The folder as written and the file's name; nil when the name is not a plain one (`..`, `.`, a
  /// trailing slash), whose standardisation depends on more than the folder.
  private static func split(_ path: String) -> (Substring, Substring)? {
    let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
    let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
    guard !name.isEmpty, name != ".", name != ".." else { return nil }
    return (slash.map { path[...$0] } ?? "", name)
  }

  private static func standardized(_ path: String) -> URL {
    URL(fileURLWithPath: path).standardizedFileURL
  }
}
