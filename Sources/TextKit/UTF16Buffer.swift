internal import CICU

/// Calls an ICU function that writes into a caller-sized buffer, growing the buffer once when the
/// first call says it needs more. Returns nil when the function fails.
func withGrowingBuffer<Unit: FixedWidthInteger>(
  initialCapacity: Int,
  _ body: (UnsafeMutablePointer<Unit>, Int32) -> Int32
) -> [Unit]? {
  var capacity = max(initialCapacity, 16)
  for _ in 0..<2 {
    var buffer = [Unit](repeating: 0, count: capacity)
    let written = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity)) }
    if written < 0 { return nil }
    if Int(written) <= capacity {
      buffer.removeSubrange(Int(written)...)
      return buffer
    }
    capacity = Int(written) + 1
  }
  return nil
}

/// A NUL-terminated C string result from an ICU function that writes into a buffer.
func cString(capacity: Int = 256, _ body: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> String? {
  var buffer = [CChar](repeating: 0, count: capacity)
  let written = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity)) }
  guard written >= 0 else { return nil }
  let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
  return String(decoding: bytes, as: UTF8.self)
}

extension String {
  /// Builds a String from UTF-16 code units produced by ICU.
  init(utf16Units units: [UInt16]) {
    self = String(decoding: units, as: UTF16.self)
  }
}
