import Foundation

/// Finds the posts to lint under the paths given on the command line, in a deterministic order.
public struct FileDiscovery: Sendable {
  /// Extensions linted when a folder is walked (a file named explicitly is always read).
  public let extensions: Set<String>
  /// Folder names never entered.
  public static let skippedFolders: Set<String> = ["node_modules", ".build", ".git", ".svn", ".hg"]

  public init(extensions: Set<String>) {
    self.extensions = extensions
  }

  public struct Result: Sendable {
    /// Files to read, sorted by path.
    public var files: [String]
    /// Paths given that do not exist.
    public var missing: [String]
  }

  public func discover(_ paths: [String]) -> Result {
    var files: Set<String> = []
    var missing: [String] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        // A dangling symlink or a name that does not exist: a usage error, not a crash.
        missing.append(path)
        continue
      }
      if isDirectory.boolValue {
        var visited: Set<String> = []
        walk(path, into: &files, visited: &visited)
      } else {
        files.insert(path)
      }
    }
    return Result(files: files.sorted(by: Self.pathOrder), missing: missing)
  }

  /// Byte order of the paths' UTF-8, the same on every machine and locale.
  public static func pathOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }

  // MARK: - Private

  private func walk(_ directory: String, into files: inout Set<String>, visited: inout Set<String>) {
    // Symlinked folders are followed once: the resolved path guards against loops.
    let resolved = (try? FileManager.default.destinationOfSymbolicLink(atPath: directory)).map {
      URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: directory).deletingLastPathComponent()).standardizedFileURL.path
    } ?? URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
    guard visited.insert(URL(fileURLWithPath: resolved).resolvingSymlinksInPath().path).inserted else { return }
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    for name in entries.sorted() {
      if name.hasPrefix(".") || Self.skippedFolders.contains(name) { continue }
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        walk(path, into: &files, visited: &visited)
      } else if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
        files.insert(path)
      }
    }
  }
}
