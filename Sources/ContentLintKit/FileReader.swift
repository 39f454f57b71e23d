import Foundation
import Glibc
import Ingest

/// Reads a file's bytes, turning every way that can fail into an ingest error.
enum FileReader {
  /// Posts larger than this are not read whole into memory.
  static let sizeLimit = 256 * 1024 * 1024

  static func read(_ path: String) throws(IngestError) -> [UInt8] {
    var status = stat()
    return try read(path, status: &status)
  }

  /// Reads the file and gives its status as it was when opened. The file is opened first and asked with
  /// `fstat`, one path lookup instead of two; without blocking, so that a named pipe is refused, not waited on.
  static func read(_ path: String, status: inout stat) throws(IngestError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      let failure = errno
      // A socket cannot be opened at all: say what it is, as for any other file that is not regular.
      if stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG { try refuseIrregular(status) }
      throw .unreadable(reason: String(cString: strerror(failure)).lowercased())
    }
    defer { close(descriptor) }
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadable(reason: String(cString: strerror(errno)).lowercased())
    }
    try refuseIrregular(status)
    guard Int(status.st_size) <= sizeLimit else { throw .tooLarge(bytes: Int(status.st_size), limit: sizeLimit) }
    // Straight into an array of the size the file has: no zeroed buffer, no copy. A file that grows while it
    // is read is read on in chunks.
    let expected = Int(status.st_size)
    var failure: Int32 = 0
    // Never asked for no capacity: that writes a count into the empty-array singleton every thread shares.
    var bytes = expected == 0 ? [] : [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
      while count < expected {
        let read = Glibc.read(descriptor, buffer.baseAddress! + count, expected - count)
        if read < 0 && errno == EINTR { continue }
        if read < 0 { failure = errno }
        if read <= 0 { break }
        count += read
      }
    }
    if failure != 0 { throw .unreadable(reason: String(cString: strerror(failure)).lowercased()) }
    var tailFailure: IngestError?
    withUnsafeTemporaryAllocation(byteCount: 1 << 16, alignment: 1) { chunk in
      while true {
        let count = Glibc.read(descriptor, chunk.baseAddress, chunk.count)
        if count < 0 && errno == EINTR { continue }
        if count < 0 { tailFailure = .unreadable(reason: String(cString: strerror(errno)).lowercased()) }
        if count <= 0 { return }
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        if bytes.count > sizeLimit {
          tailFailure = .tooLarge(bytes: bytes.count, limit: sizeLimit)
          return
        }
      }
    }
    if let tailFailure { throw tailFailure }
    return bytes
  }

  private static func refuseIrregular(_ status: stat) throws(IngestError) {
    let type = status.st_mode & S_IFMT
    guard type == S_IFREG else {
      throw .unreadable(reason: type == S_IFIFO ? "it is a named pipe, not a regular file" : "it is not a regular file")
    }
  }

  static func readStandardInput() -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }
}
