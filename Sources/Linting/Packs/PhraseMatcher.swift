/// Finds many literal phrases in one pass over the words of a text, with a trie keyed by word.
///
/// The cost of a search grows with the length of the text and the length of the longest phrase that
/// matches at a place, not with the number of phrases: a pack with ten times the phrases runs at about
/// the same speed, which one big regular-expression alternation (tried alternative by alternative at
/// every position) would not.
struct PhraseMatcher: Sendable {
  /// A phrase found: its place in the text and the payload given with the phrase.
  struct Match: Sendable {
    var range: Range<String.Index>
    var payload: Int
  }

  private struct Node: WordTrieNode, Sendable {
    var children: [String: Int] = [:]
    var payload: Int?
  }

  private var nodes: [Node] = [Node()]
  /// Turns away most words before the root's children are looked up.
  private var starts = WordStartFilter()
  let foldsCase: Bool
  /// Each phrase as normalised words, with its payload, in the order given: what a shared automaton
  /// compiles when several matchers are merged into one.
  private(set) var phrases: [(words: [String], payload: Int)] = []

  /// - Parameter phrases: each phrase and the payload a match of it reports (an index the caller owns).
  init(_ phrases: [(phrase: String, payload: Int)], foldsCase: Bool) {
    self.foldsCase = foldsCase
    let scanner = WordScanner(foldsCase: foldsCase)
    for (phrase, payload) in phrases {
      let words = scanner.words(in: phrase).map(\.key)
      guard let first = words.first else { continue }
      starts.admit(word: first)
      self.phrases.append((words, payload))
      let node = nodes.insertPath(words)
      // The first phrase given wins when two normalise to the same words.
      if nodes[node].payload == nil { nodes[node].payload = payload }
    }
  }

  var isEmpty: Bool { nodes[0].children.isEmpty }

  /// The longest phrase starting at each word, left to right, never overlapping.
  func matches(in words: [WordScanner.Word]) -> [Match] {
    var found: [Match] = []
    var start = 0
    while start < words.count {
      guard starts.mayMatch(words[start].key) else {
        start += 1
        continue
      }
      var node = 0
      var best: (end: Int, payload: Int)?
      var index = start
      while index < words.count, let next = nodes[node].children[words[index].key] {
        node = next
        if let payload = nodes[node].payload { best = (index, payload) }
        guard words[index].joinsNext else { break }
        index += 1
      }
      if let best {
        found.append(
          Match(range: words[start].range.lowerBound..<words[best.end].range.upperBound, payload: best.payload))
        start = best.end + 1
      } else {
        start += 1
      }
    }
    return found
  }
}
