import Foundation
import TextKit

/// Bytes a corpus rule writes per post while the run reads posts and reads back only for the few posts it
/// reports on. Up to `memoryLimit` bytes stay in memory; past that they go to an unlinked temporary file,
/// so a run over tens of thousands of posts keeps just its compact summaries resident. The file vanishes
/// with the process, whatever way it ends.
public final class SpillStore: @unchecked Sendable {
  /// Where one appended record lives: in this store, or (`source` above zero) in a file it was told of.
  public struct Record: Sendable, Hashable {
    public let offset: Int
    public let count: Int
    var source = 0
  }

  /// Bytes that also lie, unchanged for the whole run, in a file at `offset`: the store can point there
  /// instead of copying them (`reference`).
  public struct Origin: Sendable {
    public let path: String
    public let offset: Int

    public init(path: String, offset: Int) {
      self.path = path
      self.offset = offset
    }

    public func advanced(by distance: Int) -> Origin {
      Origin(path: path, offset: offset + distance)
    }
  }

  private struct State {
    /// The records from `fileSize` on, not yet written out: each the array it was appended as, starting at
    /// the matching `memoryStarts` offset. Kept as given, so an append moves an array in and copies nothing.
    var memory: [[UInt8]] = []
    var memoryStarts: [Int] = []
    /// Bytes in `memory`, and the storage they hold (the limit counts that).
    var memoryCount = 0
    var memoryFootprint = 0
    var fileSize = 0
    var file: Int32?
    var fileFailed = false
    /// The files `reference` records point into; a record's `source` is an index here plus one.
    var sources: [String] = []
    var sourceIndex: [String: Int] = [:]
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

  /// Keeps `bytes` as one record. The array itself is kept, not copied: build it to its size.
  public func append(_ bytes: consuming [UInt8]) -> Record {
    let bytes = bytes
    let count = bytes.count
    let footprint = bytes.capacity
    return lock.withLock {
      let record = Record(offset: state.fileSize + state.memoryCount, count: count)
      guard count > 0 else { return record }
      state.memoryStarts.append(record.offset)
      state.memory.append(bytes)
      state.memoryCount += count
      state.memoryFootprint += footprint
      if state.memoryFootprint > memoryLimit { spill(&state) }
      return record
    }
  }

  /// A record of bytes kept at `origin` rather than copied: a cached post's details stay in its cache record
  /// (written once under its content's key, replaced only by a rename to the same bytes), which spares a
  /// re-run copying every post's details into the spill file.
  public func reference(_ origin: Origin, count: Int) -> Record {
    lock.withLock {
      let source: Int
      if let known = state.sourceIndex[origin.path] {
        source = known
      } else {
        state.sources.append(origin.path)
        source = state.sources.count
        state.sourceIndex[origin.path] = source
      }
      return Record(offset: origin.offset, count: count, source: source)
    }
  }

  /// The bytes at `range` of a record this store returned; empty when the range is not the record's.
  public func read(_ record: Record, bytes range: Range<Int>) -> [UInt8] {
    guard range.lowerBound >= 0, range.upperBound <= record.count else { return [] }
    // A record lies whole in memory or whole in the file, and so does any part of it.
    return read(Record(offset: record.offset + range.lowerBound, count: range.count, source: record.source))
  }

  /// The bytes of a record this store returned.
  public func read(_ record: Record) -> [UInt8] {
    if record.source > 0 {
      let path = lock.withLock { state.sources[record.source - 1] }
      let file = open(path, O_RDONLY | O_CLOEXEC)
      guard file >= 0 else { return [] }
      defer { close(file) }
      return Self.read(record.count, at: record.offset, from: file)
    }
    return lock.withLock {
      if record.offset >= state.fileSize {
        guard record.count > 0 else { return [] }
        // The last record starting at or before the offset holds it: a read never crosses records.
        var (low, high) = (0, state.memoryStarts.count)
        while high - low > 1 {
          let middle = (low + high) / 2
          if state.memoryStarts[middle] <= record.offset { low = middle } else { high = middle }
        }
        let start = record.offset - state.memoryStarts[low]
        return Array(state.memory[low][start..<(start + record.count)])
      }
      guard let file = state.file else { return [] }
      return Self.read(record.count, at: record.offset, from: file)
    }
  }

  /// `count` bytes at `offset` of an open file; empty when they cannot all be read, which the decoder
  /// refuses, so the rule reports nothing for that post rather than something wrong.
  private static func read(_ count: Int, at offset: Int, from file: Int32) -> [UInt8] {
    // Read straight into uninitialised storage: zeroing it first would cost as much as the read. Never for
    // no bytes: that writes a count into the empty-array singleton every thread shares.
    guard count > 0 else { return [] }
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, done in
      while done < count {
        let read = pread(file, buffer.baseAddress! + done, count - done, off_t(offset + done))
        if read < 0 && errno == EINTR { continue }
        guard read > 0 else { break }
        done += read
      }
    }
    return bytes.count == count ? bytes : []
  }

  private func spill(_ state: inout State) {
    guard !state.fileFailed else { return }
    if state.file == nil { state.file = Self.temporaryFile() }
    guard let file = state.file else {
      state.fileFailed = true
      return
    }
    var spilled = 0
    defer {
      state.memory.removeFirst(spilled)
      state.memoryStarts.removeFirst(spilled)
      if state.memory.isEmpty {
        state.memoryCount = 0
        state.memoryFootprint = 0
      }
    }
    for chunk in state.memory {
      var written = 0
      while written < chunk.count {
        let count = chunk.withUnsafeBytes { buffer in
          pwrite(file, buffer.baseAddress! + written, buffer.count - written, off_t(state.fileSize + written))
        }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else {
          // Disk full or the like: the records that reached the file stay readable there, the rest stay in
          // memory; the run then needs more memory but is still right.
          state.fileFailed = true
          return
        }
        written += count
      }
      state.fileSize += chunk.count
      state.memoryCount -= chunk.count
      state.memoryFootprint -= chunk.capacity
      spilled += 1
    }
  }

  private static func temporaryFile() -> Int32? {
    var template = Array((NSTemporaryDirectory() + "/contentlint-spill-XXXXXX").utf8CString)
    let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard file >= 0 else { return nil }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    return file
  }
}
