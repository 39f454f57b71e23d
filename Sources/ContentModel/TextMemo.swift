import Synchronization

/// What the rules derive from one block's text (its sentences, its words), worked out once and then
/// shared by every rule that asks, instead of each rule segmenting the same paragraph again.
///
/// A block makes a fresh memo whenever its text changes. Two memos always compare equal: what a block
/// has already worked out never makes it differ from another block.
public final class TextMemo: Hashable, Sendable {
  /// What a value is (`kind`, chosen by the caller), and for which part of the text or which setting.
  /// Plain numbers and a short name: looked up for every rule and block, a key must not allocate.
  public struct Key: Hashable, Sendable {
    public var kind: Int
    public var lower: Int
    public var upper: Int
    public var name: String

    @inlinable
    public init(kind: Int, lower: Int = 0, upper: Int = 0, name: String = "") {
      self.kind = kind
      self.lower = lower
      self.upper = upper
      self.name = name
    }
  }

  /// Each value in a box of its own type: reading it back is a class cast, cheaper than opening an
  /// existential, and `value` is inlined into its callers so that the cast is specialised there.
  @usableFromInline let values = Mutex<[Key: any AnyObject & Sendable]>([:])

  @usableFromInline final class Box<Value: Sendable>: Sendable {
    @usableFromInline let value: Value
    @usableFromInline init(_ value: Value) { self.value = value }
  }

  public init() {}

  /// The value stored under `key`, computed by `make` the first time it is asked for.
  ///
  /// Two threads asking at once may both compute it; both get equal values, because `make` depends
  /// on the text alone.
  @inlinable
  public func value<Value: Sendable>(_ key: Key, _ make: () -> Value) -> Value {
    if let known = values.withLock({ $0[key] }) as? Box<Value> { return known.value }
    let made = make()
    values.withLock { $0[key] = Box(made) }
    return made
  }

  public static func == (lhs: TextMemo, rhs: TextMemo) -> Bool { true }

  public func hash(into hasher: inout Hasher) {}
}
