import ContentModel

/// What the pack rules of one linter share while they check one document: each shared automaton's walk
/// over each whole block, made the first time a rule asks and then read by every other rule by block index,
/// and which block is the title. Every pack rule asks about every block it scopes, most of which match
/// nothing: reading a slot here costs no lock, key search or cast, as the block's memo would.
///
/// Made for one document and used on one thread, by the rules run in turn on it.
final class SharedPackMatches {
  private let blocks: [Block]
  /// The first content heading whose text is the document's title: the block pack rules scope as `title`.
  let titleIndex: Int?
  /// One walk per block for each automaton asked about (at most one per way of folding case), with the
  /// automaton's identity, so that a rule of another linter never reads a foreign automaton's walks.
  /// Unchecked: the object never leaves the thread that made it, and a dynamic exclusivity check on
  /// every read cost as much as the rest of a read.
  @exclusivity(unchecked) private var folded = Walks()
  @exclusivity(unchecked) private var unfolded = Walks()

  private struct Walks {
    var identity = -1
    var byBlock: [PhraseAutomaton.Matches?] = []
  }

  init(_ document: Document) {
    blocks = document.blocks
    let title = document.metadata.title
    // By index: a closure over the elements copies each block out of the array.
    let blocks = document.blocks
    titleIndex = blocks.indices.first {
      blocks[$0].role == .content && blocks[$0].kind == .heading && blocks[$0].text == title
    }
  }

  /// Whether `member` of `automaton` matches anywhere in the whole text of block `index`: asked by every
  /// rule of every block, answered without handing the walk out.
  func matched(_ index: Int, automaton: PhraseAutomaton, member: Int) -> Bool {
    if automaton.foldsCase {
      Self.fill(index, automaton: automaton, in: &folded, blocks: blocks)
      return folded.byBlock[index].unsafelyUnwrapped.matched(member)
    }
    Self.fill(index, automaton: automaton, in: &unfolded, blocks: blocks)
    return unfolded.byBlock[index].unsafelyUnwrapped.matched(member)
  }

  /// `automaton`'s matches over the whole text of block `index`.
  func wholeBlock(_ index: Int, automaton: PhraseAutomaton) -> PhraseAutomaton.Matches {
    if automaton.foldsCase {
      return Self.wholeBlock(index, automaton: automaton, in: &folded, blocks: blocks)
    }
    return Self.wholeBlock(index, automaton: automaton, in: &unfolded, blocks: blocks)
  }

  private static func wholeBlock(
    _ index: Int, automaton: PhraseAutomaton, in walks: inout Walks, blocks: [Block]
  ) -> PhraseAutomaton.Matches {
    fill(index, automaton: automaton, in: &walks, blocks: blocks)
    return walks.byBlock[index].unsafelyUnwrapped
  }

  /// Walks block `index` with `automaton` unless `walks` holds that walk already.
  @inline(__always)
  private static func fill(_ index: Int, automaton: PhraseAutomaton, in walks: inout Walks, blocks: [Block]) {
    if walks.identity != automaton.identity {
      walks = Walks(identity: automaton.identity, byBlock: [PhraseAutomaton.Matches?](repeating: nil, count: blocks.count))
    }
    if walks.byBlock[index] == nil {
      let text = blocks[index].text
      walks.byBlock[index] = automaton.matches(in: text, within: text.startIndex..<text.endIndex)
    }
  }
}
