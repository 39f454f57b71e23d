import Synchronization

/// The literal phrases of many pack rules compiled into one word trie, so that a block's words are walked
/// once for all of them instead of once per rule: ten times the phrases, or ten times the rules, cost about
/// the same as one.
///
/// Each merged matcher is a member; a walk yields every member's matches exactly as that member's own
/// `PhraseMatcher.matches(in:)` would (longest phrase at each word, left to right, never overlapping).
final class PhraseAutomaton: Sendable {
  private struct Node: WordTrieNode, Sendable {
    var children: [String: Int] = [:]
    /// The members a phrase ending here belongs to, with that member's payload (its first phrase wins).
    var terminals: [(member: Int, payload: Int)] = []
  }

  private let nodes: [Node]
  private let starts: WordStartFilter
  let memberCount: Int
  let foldsCase: Bool
  /// Tells automata apart in the block memo, where a walk's results are kept.
  let identity: Int

  private static let nextIdentity = Atomic<Int>(0)

  /// - Parameter members: matchers that all fold case alike (their words are keyed the same way).
  init(members: [PhraseMatcher], foldsCase: Bool) {
    self.foldsCase = foldsCase
    var nodes = [Node()]
    var starts = WordStartFilter()
    for (member, matcher) in members.enumerated() {
      for (words, payload) in matcher.phrases {
        starts.admit(word: words[0])
        let node = nodes.insertPath(words)
        // The first phrase given wins when two of one member normalise to the same words.
        if !nodes[node].terminals.contains(where: { $0.member == member }) {
          nodes[node].terminals.append((member, payload))
        }
      }
    }
    self.nodes = nodes
    self.starts = starts
    memberCount = members.count
    identity = Self.nextIdentity.add(1, ordering: .relaxed).newValue
  }

  /// Every member's matches in `words`, indexed by member.
  func matches(in words: [WordScanner.Word]) -> [[PhraseMatcher.Match]] {
    var found = [[PhraseMatcher.Match]](repeating: [], count: memberCount)
    // Where each member may next start a match: past the end of its previous one.
    var nextStart = [Int](repeating: 0, count: memberCount)
    var best: [(member: Int, end: Int, payload: Int)] = []
    for start in words.indices where starts.mayMatch(words[start].key) {
      best.removeAll(keepingCapacity: true)
      var node = 0
      var index = start
      while index < words.count, let next = nodes[node].children[words[index].key] {
        node = next
        for terminal in nodes[node].terminals where nextStart[terminal.member] <= start {
          // Deeper nodes come later: a longer phrase of the same member replaces a shorter one.
          if let slot = best.firstIndex(where: { $0.member == terminal.member }) {
            best[slot] = (terminal.member, index, terminal.payload)
          } else {
            best.append((terminal.member, index, terminal.payload))
          }
        }
        guard words[index].joinsNext else { break }
        index += 1
      }
      for match in best {
        found[match.member].append(
          PhraseMatcher.Match(
            range: words[start].range.lowerBound..<words[match.end].range.upperBound, payload: match.payload))
        nextStart[match.member] = match.end + 1
      }
    }
    return found
  }
}

extension PhraseAutomaton {
  /// `rules` with every pack rule reading its phrases from one automaton per way of folding case.
  static func sharing(_ rules: [AnyRule]) -> [AnyRule] {
    var rules = rules
    for foldsCase in [true, false] {
      let indices = rules.indices.filter { index in
        guard case .document(let rule) = rules[index], let pack = rule as? PackRule else { return false }
        return pack.definition.ignoresCase == foldsCase
      }
      guard indices.count > 1 else { continue }
      let packs = indices.map { index -> PackRule in
        guard case .document(let rule) = rules[index], let pack = rule as? PackRule else { preconditionFailure() }
        return pack
      }
      let automaton = PhraseAutomaton(members: packs.flatMap(\.phraseMatchers), foldsCase: foldsCase)
      for (position, index) in indices.enumerated() {
        rules[index] = .document(packs[position].sharing(automaton, firstMember: position * 2))
      }
    }
    return rules
  }
}
