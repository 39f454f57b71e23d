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
  @usableFromInline let values = Mutex(Values())

  /// A block holds a handful of values and every rule asks for them: the first few are kept in a list
  /// compared key by key, which answers sooner than a dictionary that hashes the key first; the rest (a
  /// paragraph of many sentences) in a dictionary, so that no lookup walks a long list.
  @usableFromInline struct Values: Sendable {
    @usableFromInline var first: [(key: Key, value: any AnyObject & Sendable)] = []
    @usableFromInline var rest: [Key: any AnyObject & Sendable] = [:]
    @usableFromInline static let listed = 16

    @inlinable
    func value(_ key: Key) -> (any AnyObject & Sendable)? {
      for entry in first where entry.key == key { return entry.value }
      return rest.isEmpty ? nil : rest[key]
    }

    @inlinable
    mutating func insert(_ value: any AnyObject & Sendable, for key: Key) {
      guard self.value(key) == nil else { return }
      if first.count < Self.listed {
        // Rules ask for several values of most blocks: one allocation holds them, not one per doubling.
        if first.isEmpty { first.reserveCapacity(4) }
        first.append((key, value))
      } else {
        rest[key] = value
      }
    }
  }

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
    if let known = values.withLock({ $0.value(key) }) as? Box<Value> { return known.value }
    let made = make()
    values.withLock { $0.insert(Box(made), for: key) }
    return made
  }

  public static func == (lhs: TextMemo, rhs: TextMemo) -> Bool { true }

  public func hash(into hasher: inout Hasher) {}
}
