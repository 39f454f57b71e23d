import Synchronization
import TextKit

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

  private let edges: WordEdgeTable
  /// The phrases ending at node `n`: `terminals[terminalStarts[n]..<terminalStarts[n + 1]]`, flat so
  /// that a walk reads them without copying a node.
  private let terminalStarts: [Int]
  private let terminals: [(member: Int, payload: Int)]
  private let scanner: WordScanner
  /// The words that start a phrase: an ASCII word the filter passes by is not hashed or looked up.
  private let leads: LeadLengthFilter
  let memberCount: Int
  let foldsCase: Bool
  /// Tells automata apart in the block memo, where a walk's results are kept.
  let identity: Int

  private static let nextIdentity = Atomic<Int>(0)

  /// - Parameter members: matchers that all fold case alike (their words are keyed the same way).
  init(members: [PhraseMatcher], foldsCase: Bool) {
    self.foldsCase = foldsCase
    var nodes = [Node()]
    for (member, matcher) in members.enumerated() {
      for (words, payload) in matcher.phrases {
        let node = nodes.insertPath(words)
        // The first phrase given wins when two of one member normalise to the same words.
        if !nodes[node].terminals.contains(where: { $0.member == member }) {
          nodes[node].terminals.append((member, payload))
        }
      }
    }
    edges = WordEdgeTable(
      nodes.indices.flatMap { parent in nodes[parent].children.map { (parent, $0.key, $0.value) } },
      nodeCount: nodes.count)
    var starts = [0]
    for node in nodes { starts.append(starts[starts.count - 1] + node.terminals.count) }
    terminalStarts = starts
    terminals = nodes.flatMap(\.terminals)
    scanner = WordScanner(foldsCase: foldsCase)
    var leads = LeadLengthFilter()
    for key in nodes[0].children.keys { leads.insert(key.utf8) }
    self.leads = leads
    memberCount = members.count
    identity = Self.nextIdentity.add(1, ordering: .relaxed).newValue
  }

  /// Every member's matches among the words of `bounds` (read as if the text stopped at its ends), with
  /// ranges in `text`: for each member exactly what its own `PhraseMatcher.matches(in:)` finds.
  func matches(in text: String, within bounds: Range<String.Index>) -> Matches {
    let utf8 = text.utf8
    let lower = utf8.distance(from: utf8.startIndex, to: bounds.lowerBound)
    let upper = utf8.distance(from: utf8.startIndex, to: bounds.upperBound)
    var contiguous = text
    let spans = contiguous.withUTF8 { matchedSpans($0, from: lower, to: upper) }
    if spans.isEmpty { return Matches(byMember: []) }
    var found = [[PhraseMatcher.Match]](repeating: [], count: memberCount)
    for span in spans {
      let range = utf8.index(utf8.startIndex, offsetBy: span.start)..<utf8.index(utf8.startIndex, offsetBy: span.end)
      found[span.member].append(PhraseMatcher.Match(range: range, payload: span.payload))
    }
    return Matches(byMember: found)
  }

  /// Each member's matches, found in one walk.
  struct Matches: Sendable {
    /// Empty when no member matched anything.
    fileprivate var byMember: [[PhraseMatcher.Match]]

    subscript(member: Int) -> [PhraseMatcher.Match] { byMember.isEmpty ? [] : byMember[member] }

    var isEmpty: Bool { byMember.isEmpty }

    /// Whether `member` has any match: asked by every rule of every block, most of which match nothing.
    @inline(__always)
    func matched(_ member: Int) -> Bool { !byMember.isEmpty && !byMember[member].isEmpty }
  }

  /// Reads the words one by one, without keeping them: a word that starts no phrase is hashed, looked up
  /// once and passed by, and only a walk from a word that does start one reads the words after it.
  private func matchedSpans(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int)
    -> [(member: Int, start: Int, end: Int, payload: Int)]
  {
    var found: [(member: Int, start: Int, end: Int, payload: Int)] = []
    // The byte offset from which each member may start its next match: the end of its previous one.
    // Made at the first hit.
    var nextStart: [Int] = []
    var best: [(member: Int, end: Int, payload: Int)] = []
    func child(of node: Int, _ word: HashedWord) -> Int? {
      edges.child(of: node, hash: word.hash) { key in
        scanner.keyMatches(bytes, from: word.start, to: word.end, expected: key)
      }
    }
    leads.withReader { leads in
      var position = WordScanner.gap(bytes, from: lower, to: upper).end
      while position < upper {
        // A space is passed by without asking whether a word follows it: at an ASCII byte that starts no
        // word the "word" here is empty, which no phrase starts (no lead length is zero), and is passed by
        // in turn.
        let asciiEnd = WordScanner.asciiWordEnd(bytes, at: position, to: upper)
        if let end = asciiEnd, !leads.mayLead(bytes, from: position, to: end) {
          // Most words are followed by one space and the next word.
          if end &+ 1 < upper && bytes[end] == 0x20 {
            position = end &+ 1
          } else {
            position = WordScanner.gap(bytes, from: end, to: upper).end
          }
          continue
        }
        if asciiEnd == nil && !WordScanner.isWordScalar(UTF8Scalar.decode(bytes, at: position).scalar) {
          position = WordScanner.gap(bytes, from: position, to: upper).end
          continue
        }
        let first =
          if let end = asciiEnd {
            scanner.asciiWord(bytes, at: position, end: end, to: upper)
          } else {
            scanner.word(bytes, at: position, to: upper)
          }
        position = first.next
        guard var node = child(of: 0, first) else { continue }
        if nextStart.isEmpty { nextStart = [Int](repeating: 0, count: memberCount) }
        best.removeAll(keepingCapacity: true)
        var word = first
        while true {
          for terminal in terminals[terminalStarts[node]..<terminalStarts[node + 1]]
          where nextStart[terminal.member] <= first.start {
            // Deeper nodes come later: a longer phrase of the same member replaces a shorter one.
            if let slot = best.firstIndex(where: { $0.member == terminal.member }) {
              best[slot] = (terminal.member, word.end, terminal.payload)
            } else {
              best.append((terminal.member, word.end, terminal.payload))
            }
          }
          guard word.joinsNext else { break }
          let following = scanner.word(bytes, at: word.next, to: upper)
          guard let next = child(of: node, following) else { break }
          word = following
          node = next
        }
        for match in best {
          found.append((match.member, first.start, match.end, match.payload))
          nextStart[match.member] = match.end
        }
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
      guard !indices.isEmpty else { continue }
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
