import Foundation
import Glibc

/// An exclusive advisory lock on a folder that contentlint rewrites (the translation bundles), so that two
/// runs at once take turns: each reads, merges and writes the bundles whole, and neither merges from a state
/// the other is about to replace.
///
/// The lock is `flock` on the folder itself, so no lock file appears among the translator's files, and the
/// kernel releases it when the process ends in any way, `kill -9` included.
final class FolderLock {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private let descriptor: Int32

  /// Locks `folder`, creating it when missing; calls `waiting` once if another process holds the lock.
  init(_ folder: String, waiting: () -> Void = {}) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw Failure(description: "cannot lock \(folder): \(String(cString: strerror(errno)))")
    }
    if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
    waiting()
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        throw Failure(description: "cannot lock \(folder): \(reason)")
      }
    }
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
