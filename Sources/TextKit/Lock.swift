import Foundation

/// A mutual-exclusion lock over a pthread mutex, for the few places that guard a C handle or shared state.
/// Unlike `Synchronization.Mutex` (a futex on Linux), ThreadSanitizer sees what it orders.
public final class Lock: @unchecked Sendable {
  private let lock = NSLock()

  public init() {}

  public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}
