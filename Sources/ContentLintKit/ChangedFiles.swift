import Foundation

/// The files a pull request touches: what `--changed-since REF` lints.
///
/// A file counts as changed when `git diff --name-only --diff-filter=AMR REF` lists it (added, modified or
/// renamed between REF and the working tree, staged or not) or when it is untracked and not ignored
/// (`git ls-files --others --exclude-standard`). Deleted files have nothing to lint.
public struct ChangedFiles: Sendable {
  /// Why the changed files could not be listed: no git, not a repository, an unknown revision.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  public let revision: String
  /// Absolute paths with symbolic links resolved, so that any spelling of a path on the command line matches.
  private let paths: Set<String>

  /// Asks git in `directory` which files differ from `revision`.
  public static func since(_ revision: String, in directory: String) throws(Failure) -> ChangedFiles {
    guard !revision.hasPrefix("-") else { throw Failure(description: "\(revision) is not a git revision") }
    let root = try git(
      ["rev-parse", "--show-toplevel"], in: directory, failure: "\(directory) is not inside a git repository"
    )
    .trimmingCharacters(in: .newlines)
    _ = try git(
      ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: root,
      failure: "unknown git revision \(revision)")
    let changed = try git(
      ["diff", "--name-only", "-z", "-M", "--diff-filter=AMR", revision, "--"], in: root,
      failure: "git diff against \(revision) failed")
    let untracked = try git(
      ["ls-files", "-z", "--others", "--exclude-standard"], in: root, failure: "git ls-files failed")
    let names = (changed + untracked).split(separator: "\u{0}").map(String.init)
    return ChangedFiles(revision: revision, paths: Set(names.map { resolved(root + "/" + $0, in: root) }))
  }

  /// Whether `path` (relative to `directory`, or absolute) is one of the changed files.
  public func contains(_ path: String, relativeTo directory: String) -> Bool {
    paths.contains(Self.resolved(path, in: directory))
  }

  public var count: Int { paths.count }

  // MARK: - Private

  private static func resolved(_ path: String, in directory: String) -> String {
    let absolute = path.hasPrefix("/") ? path : directory + "/" + path
    return URL(fileURLWithPath: absolute).resolvingSymlinksInPath().standardizedFileURL.path
  }

  private static func git(_ arguments: [String], in directory: String, failure: String) throws(Failure) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", directory] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw Failure(description: "cannot run git: \(error.localizedDescription)")
    }
    // Read before waiting: a large diff would otherwise fill the pipe and block git.
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let detail = message.trimmingCharacters(in: .whitespacesAndNewlines)
      throw Failure(description: failure + (detail.isEmpty ? "" : " (\(detail))"))
    }
    return String(decoding: data, as: UTF8.self)
  }
}
