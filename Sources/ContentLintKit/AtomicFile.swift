import Foundation

/// Writes files so that a reader never sees half of one: a temporary file in the same folder, synced,
/// then renamed over the old one, which keeps its permissions. `durable: false` skips the sync, for files
/// that may be lost in a crash but must never be seen half written (cache records).
public enum AtomicFile {
  public struct WriteError: Error, CustomStringConvertible {
    public var description: String
  }

  public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array((folder + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw WriteError(description: String(cString: strerror(errno))) }
    let temporary = String(cString: template.map { $0 })
    var succeeded = false
    defer {
      if !succeeded { unlink(temporary) }
    }
    var existing = stat()
    let mode: mode_t = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
    fchmod(descriptor, mode)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        close(descriptor)
        throw WriteError(description: String(cString: strerror(errno)))
      }
      offset += written
    }
    if durable { fsync(descriptor) }
    close(descriptor)
    guard rename(temporary, path) == 0 else { throw WriteError(description: String(cString: strerror(errno))) }
    succeeded = true
  }
}
