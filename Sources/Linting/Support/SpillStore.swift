import Foundation
import TextKit

/// Bytes a corpus rule writes per post while the run reads posts and reads back only for the few posts it
/// reports on. Up to `memoryLimit` bytes stay in memory; past that they go to an unlinked temporary file,
/// so a run over tens of thousands of posts keeps just its compact summaries resident. The file vanishes
/// with the process, whatever way it ends.
public final class SpillStore: @unchecked Sendable {
  /// Where one appended record lives.
  public struct Record: Sendable, Hashable {
    public let offset: Int
    public let count: Int
  }

  private struct State {
    /// Bytes from `fileSize` on, not yet written out.
    var memory: [UInt8] = []
    var fileSize = 0
    var file: Int32?
    var fileFailed = false
  }

  /// Guarded by `lock`: appends come from every worker thread.
  private var state = State()
  private let lock = Lock()
  private let memoryLimit: Int

  public init(memoryLimit: Int = 16 << 20) {
    self.memoryLimit = memoryLimit
  }

  deinit {
    if let file = state.file { close(file) }
  }

  public func append(_ bytes: [UInt8]) -> Record {
    lock.withLock {
      let record = Record(offset: state.fileSize + state.memory.count, count: bytes.count)
      state.memory.append(contentsOf: bytes)
      if state.memory.count > memoryLimit { spill(&state) }
      return record
    }
  }

  /// The bytes of a record this store returned.
  public func read(_ record: Record) -> [UInt8] {
    lock.withLock {
      if record.offset >= state.fileSize {
        let start = record.offset - state.fileSize
        return Array(state.memory[start..<(start + record.count)])
      }
      var bytes = [UInt8](repeating: 0, count: record.count)
      guard let file = state.file else { return [] }
      var done = 0
      while done < record.count {
        let read = bytes.withUnsafeMutableBytes { buffer in
          pread(file, buffer.baseAddress! + done, record.count - done, off_t(record.offset + done))
        }
        if read < 0 && errno == EINTR { continue }
        // A read error on our own unlinked file leaves no way to report the post; an empty record is
        // refused by the decoder and the rule reports nothing for it rather than something wrong.
        guard read > 0 else { return [] }
        done += read
      }
      return bytes
    }
  }

  private func spill(_ state: inout State) {
    guard !state.fileFailed else { return }
    if state.file == nil { state.file = Self.temporaryFile() }
    guard let file = state.file else {
      state.fileFailed = true
      return
    }
    var written = 0
    while written < state.memory.count {
      let count = state.memory.withUnsafeBytes { buffer in
        pwrite(file, buffer.baseAddress! + written, buffer.count - written, off_t(state.fileSize + written))
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        // Disk full or the like: what reached the file stays readable there, the rest stays in memory;
        // the run then needs more memory but is still right.
        state.memory.removeFirst(written)
        state.fileSize += written
        state.fileFailed = true
        return
      }
      written += count
    }
    state.fileSize += written
    state.memory.removeAll(keepingCapacity: true)
  }

  private static func temporaryFile() -> Int32? {
    var template = Array((NSTemporaryDirectory() + "/contentlint-spill-XXXXXX").utf8CString)
    let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard file >= 0 else { return nil }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    return file
  }
}
