/// A node of a word trie kept as an array of nodes, children by index: what `PhraseMatcher` and
/// `PhraseAutomaton` share, each with its own record of the phrases that end at a node.
protocol WordTrieNode {
  init()
  var children: [String: Int] { get set }
}

extension Array where Element: WordTrieNode {
  /// The index of the node that `words` lead to from the root (index 0), adding the nodes missing on the way.
  mutating func insertPath(_ words: [String]) -> Int {
    var node = 0
    for word in words {
      if let next = self[node].children[word] {
        node = next
      } else {
        append(Element())
        self[node].children[word] = count - 1
        node = count - 1
      }
    }
    return node
  }
}
