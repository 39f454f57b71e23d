import TextKit

/// The K-th of N partitions of a run's files (`--shard K/N`, K from 1), so that any scheduler can fan a
/// corpus out over machines.
///
/// A file's shard follows from a hash of its path alone (64-bit FNV-1a of the path as reported, scaled to
/// N), never from its place in the list: adding or removing other files never moves it to another shard.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
  public let index: Int
  public let count: Int

  public init(index: Int, count: Int) throws(ShardError) {
    guard count >= 1, (1...count).contains(index) else { throw ShardError(text: "\(index)/\(count)") }
    self.index = index
    self.count = count
  }

  /// Reads `K/N`.
  public init(parsing text: String) throws(ShardError) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { throw ShardError(text: text) }
    try self.init(index: index, count: count)
  }

  public func contains(_ path: String) -> Bool {
    Self.index(ofPath: path, among: count) == index
  }

  /// The shard (from 1) of a path among `count` shards: the hash's high bits decide, which FNV-1a mixes
  /// well (its low bits follow the low bits of the bytes).
  public static func index(ofPath path: String, among count: Int) -> Int {
    Int(UInt64(count).multipliedFullWidth(by: MinHasher.hash(path)).high) + 1
  }

  public var description: String { "\(index)/\(count)" }
}

public struct ShardError: Error, Sendable, CustomStringConvertible {
  public let text: String

  public var description: String {
    "'\(text)' is not a shard: write K/N with 1 ≤ K ≤ N (for example 2/8)."
  }
}
