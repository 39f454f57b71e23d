public import ContentModel
import TextKit

/// What a run that holds only part of a corpus is told about the whole of it, so that a corpus rule
/// decides exactly as it would in one run over every post.
///
/// Whoever gathers these (a Spark job, another scheduler) compares every post's block signatures
/// (`contentlint signatures`) across the whole corpus and hands back three things: how many posts could
/// be read, how many posts hold each widely shared block text, and the candidate pairs of blocks in two
/// different posts that share a signature band or the same text. The rule still verifies every pair
/// itself, from the real posts, with its exact score.
public struct CorpusFacts: Sendable {
  /// A block of a post: the post's path as reported, and the block's place among the blocks the rule compares.
  public struct BlockReference: Hashable, Sendable, Comparable {
    public var path: String
    public var block: Int

    public init(path: String, block: Int) {
      self.path = path
      self.block = block
    }

    public static func < (lhs: BlockReference, rhs: BlockReference) -> Bool {
      lhs.path == rhs.path ? lhs.block < rhs.block : UTF8Order.precedes(lhs.path, rhs.path)
    }
  }

  /// Readable posts in the whole corpus.
  public var postCount: Int
  /// For block texts (by `BlockSignature.textDigest`), how many posts of the whole corpus hold them.
  public var postsHoldingText: [String: Int]
  /// Candidate cross-post pairs, each stored with its lower reference first.
  public private(set) var pairs: Set<[BlockReference]>

  public init(postCount: Int, postsHoldingText: [String: Int] = [:], pairs: [(BlockReference, BlockReference)] = []) {
    self.postCount = postCount
    self.postsHoldingText = postsHoldingText
    self.pairs = []
    for (first, second) in pairs { insertPair(first, second) }
  }

  public mutating func insertPair(_ first: BlockReference, _ second: BlockReference) {
    pairs.insert(first < second ? [first, second] : [second, first])
  }

  public func isCandidatePair(_ first: BlockReference, _ second: BlockReference) -> Bool {
    pairs.contains(first < second ? [first, second] : [second, first])
  }
}

/// One block as an external join sees it: where it is, how long it is once normalised, a digest of its
/// normalised text, and its MinHash signature with the LSH band keys the rule buckets it by.
public struct BlockSignature: Sendable, Hashable {
  /// The block's place among the blocks the rule compares in its post (the `block` of a pair).
  public var block: Int
  public var position: SourcePosition
  /// Words after normalisation (NFKC, case folded, punctuation dropped).
  public var words: Int
  /// 128 bits, as 32 hex digits: equal for blocks whose normalised text is equal.
  public var textDigest: String
  /// 64 slots of 16 bits.
  public var signature: [UInt16]
  /// Two blocks that share any band key are candidates (band keys already differ from band to band).
  public var bands: [UInt64]

  public init(
    block: Int, position: SourcePosition, words: Int, textDigest: String, signature: [UInt16], bands: [UInt64]
  ) {
    self.block = block
    self.position = position
    self.words = words
    self.textDigest = textDigest
    self.signature = signature
    self.bands = bands
  }
}

/// A corpus rule whose cross-post comparison can be done outside contentlint: it describes each post's
/// blocks as signatures, and it can check part of a corpus given the facts gathered about the whole.
public protocol DistributableCorpusRule: CorpusRule {
  /// The blocks of a post the rule compares, in the order `summarize` keeps them.
  func signatures(of document: Document) -> [BlockSignature]
  /// The options an external join must know (for instance the share of posts that makes text site boilerplate).
  var joinOptions: [String: Double] { get }
  /// The findings of each post, as `check` would give them in one run over the whole corpus, when
  /// `summaries` holds every post the pairs name besides the posts reported.
  func check(_ summaries: [Summary], partOf corpus: CorpusFacts) -> [[Finding]]
}
