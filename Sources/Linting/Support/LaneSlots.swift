/// One result slot per item, each written by the one lane that handles that item and read once every lane
/// is done (`DispatchQueue.concurrentPerform` returns only then, which orders the writes before the reads).
/// Raw memory, as in `parallelMap`: distinct slots need no lock, where an `Array` written from several threads
/// would be one shared variable.
struct LaneSlots<Element>: @unchecked Sendable {
  let slots: UnsafeMutableBufferPointer<Element>

  init(count: Int, repeating initial: Element) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: initial)
  }

  func release() {
    slots.deinitialize()
    slots.deallocate()
  }
}
