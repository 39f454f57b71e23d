import Foundation

extension Array where Element: Sendable {
  /// Maps every element on all cores; the results keep the input order.
  func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    guard count > 1 else { return map(transform) }
    let results = ResultBuffer<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      results.store(transform(self[index]), at: index)
    }
    return results.values()
  }
}

/// Slots written once each from concurrent iterations, each index by exactly one of them.
///
/// The slots are raw memory rather than an `Array` property: writing through an array, even through its
/// unsafe buffer, is a mutating access to the array itself, and ThreadSanitizer rightly reports two threads
/// doing that at once as a race.
private final class ResultBuffer<Value>: @unchecked Sendable {
  // @unchecked: every slot is written by one iteration and read only after all have finished.
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    _ = slots.deinitialize()
    slots.deallocate()
  }

  func store(_ value: Value, at index: Int) {
    slots[index] = value
  }

  func values() -> [Value] {
    slots.map { $0! }
  }
}
