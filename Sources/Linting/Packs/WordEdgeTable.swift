/// The edges of a word trie filed by (node, hash of the word's key) in one open-addressed table: looking
/// up a word costs a multiply and a probe or two, where a `[String: Int]` lookup hashes a string.
/// Each edge keeps the key's bytes, so that a lookup is confirmed by comparing bytes, never by hash alone.
struct WordEdgeTable: Sendable {
  private struct Edge: Sendable {
    var hash: UInt64 = 0
    var parent: Int32 = 0
    /// 0 marks an empty slot: the root is never a child.
    var child: Int32 = 0
  }

  private var slots: [Edge]
  private let mask: Int
  /// Each child node's key, indexed by node.
  private(set) var keys: [[UInt8]]

  /// - Parameter edges: parent, key and child of every edge; `nodeCount` nodes in all.
  init(_ edges: [(parent: Int, key: String, child: Int)], nodeCount: Int) {
    var capacity = 16
    while capacity < edges.count * 2 { capacity *= 2 }
    slots = [Edge](repeating: Edge(), count: capacity)
    mask = capacity - 1
    keys = [[UInt8]](repeating: [], count: nodeCount)
    for edge in edges {
      let hash = WordKeyHash.hash(edge.key.utf8)
      var slot = Self.slot(hash, edge.parent, mask)
      while slots[slot].child != 0 { slot = (slot + 1) & mask }
      slots[slot] = Edge(hash: hash, parent: Int32(edge.parent), child: Int32(edge.child))
      keys[edge.child] = Array(edge.key.utf8)
    }
  }

  @inline(__always)
  private static func slot(_ hash: UInt64, _ parent: Int, _ mask: Int) -> Int {
    let mixed = (hash ^ UInt64(truncatingIfNeeded: parent) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: mixed >> 40) & mask
  }

  /// The children of `parent` whose key hashes to `hash`, in turn, until `body` returns a node.
  /// Distinct keys rarely share a hash, so there is nearly always one candidate or none.
  @inline(__always)
  func child(of parent: Int, hash: UInt64, confirmedBy confirms: (_ key: [UInt8]) -> Bool) -> Int? {
    var slot = Self.slot(hash, parent, mask)
    while true {
      let edge = slots[slot]
      if edge.child == 0 { return nil }
      if edge.hash == hash && Int(edge.parent) == parent && confirms(keys[Int(edge.child)]) {
        return Int(edge.child)
      }
      slot = (slot + 1) & mask
    }
  }
}
