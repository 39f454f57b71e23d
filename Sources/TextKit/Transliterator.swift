internal import CICU

/// An ICU transliterator built from custom rules (used for pseudo-locales).
public final class Transliterator: @unchecked Sendable {
  // @unchecked: every use of the handle is serialised by `lock`.
  private let handle: OpaquePointer
  private let lock = Lock()

  public struct RuleError: Error, Hashable, Sendable {
    public var name: String
  }

  public init(rules: String) throws(RuleError) {
    let units = Array(rules.utf16)
    var errorName = [CChar](repeating: 0, count: 64)
    let handle = units.withUnsafeBufferPointer { text in
      errorName.withUnsafeMutableBufferPointer { name in
        cicu_transliterator_open(text.baseAddress, Int32(units.count), name.baseAddress, 64)
      }
    }
    guard let handle else {
      throw RuleError(name: String(decoding: errorName.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    self.handle = handle
  }

  deinit { cicu_transliterator_close(handle) }

  public func transliterate(_ text: String) -> String {
    var units = Array(text.utf16)
    let length = units.count
    var capacity = length * 4 + 16
    units.append(contentsOf: [UInt16](repeating: 0, count: capacity - length))
    let written = lock.withLock {
      units.withUnsafeMutableBufferPointer { cicu_transliterate(handle, $0.baseAddress, Int32(length), Int32(capacity)) }
    }
    guard written >= 0 else { return text }
    capacity = Int(written)
    return String(decoding: units.prefix(capacity), as: UTF16.self)
  }
}
