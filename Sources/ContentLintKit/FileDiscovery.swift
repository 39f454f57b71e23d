import Foundation
import Glibc
import TextKit

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
    UTF8Order.precedes(lhs, rhs)
  }

  // MARK: - Private

  private func walk(_ directory: String, into files: inout Set<String>, visited: inout Set<String>) {
    // Symlinked folders are followed once: the resolved path guards against loops.
    let resolved = (try? FileManager.default.destinationOfSymbolicLink(atPath: directory)).map {
      URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: directory).deletingLastPathComponent()).standardizedFileURL.path
    } ?? URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
    guard visited.insert(URL(fileURLWithPath: resolved).resolvingSymlinksInPath().path).inserted else { return }
    guard let entries = Self.entries(of: directory) else { return }
    // Files go into a set, so only the sub-folders' order matters (which of two links to one folder is
    // walked): they alone are sorted, by name as before.
    var folders: [(name: String, path: String)] = []
    for (name, type) in entries {
      if name.hasPrefix(".") || Self.skippedFolders.contains(name) { continue }
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      let isDirectory: Bool
      switch Int32(type) {
      case Int32(DT_DIR): isDirectory = true
      case Int32(DT_LNK), Int32(DT_UNKNOWN):
        // Only a link, or a file system that does not give types, needs a stat (which follows links).
        var status = stat()
        guard stat(path, &status) == 0 else { continue }
        isDirectory = status.st_mode & S_IFMT == S_IFDIR
      default: isDirectory = false
      }
      if isDirectory {
        folders.append((name, path))
      } else if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
        files.insert(path)
      }
    }
    for folder in folders.sorted(by: { $0.name < $1.name }) {
      walk(folder.path, into: &files, visited: &visited)
    }
  }

  /// A folder's entries with the type the directory itself records: most file systems give it, which spares
  /// a stat per file of a 10,000-post corpus.
  private static func entries(of directory: String) -> [(name: String, type: UInt8)]? {
    guard let stream = opendir(directory) else { return nil }
    defer { closedir(stream) }
    var entries: [(name: String, type: UInt8)] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
    }
    return entries
  }
}
