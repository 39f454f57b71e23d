public import ContentModel
import TextKit

/// Cross-post duplicates over a corpus too large for one machine.
///
/// The single-run `check` makes three corpus-wide decisions: which texts are site boilerplate (a count
/// of posts per text), which post copies an earlier one whole (the first post holding each text), and
/// which earlier blocks are candidates for each block (shared LSH bands). An external join over the
/// signatures of every post finds all three: the post count, the posts holding each widely shared text,
/// and every cross-post pair of blocks that share a band or their text. A run over part of the corpus
/// then reads its own posts plus every post its pairs name, in the corpus's order, and runs the same
/// `check` on them. The first post holding a text and every candidate of a block are among those posts
/// (they share the text or a band with it), so each decision, message and tie comes out as in one run.
extension DuplicateParagraphRule: DistributableCorpusRule {
  public func signatures(of document: Document) -> [BlockSignature] {
    comparedBlocks(of: document).enumerated().map { index, compared in
      let (block, comparison) = compared
      let signature = hasher.signature(ofWordHashes: comparison.wordHashes)
      return BlockSignature(
        block: index, position: block.textRange.start, words: comparison.wordCount,
        textDigest: Self.hex(Self.digest(comparison.text)), signature: signature,
        bands: reportsNear ? hasher.bands(of: signature, bands: bandCount) : [])
    }
  }

  public var joinOptions: [String: Double] {
    ["site-boilerplate-share": boilerplateShare, "cross-post": crossPost ? 1 : 0]
  }

  public func check(_ summaries: [Summary], partOf corpus: CorpusFacts) -> [[Finding]] {
    // Site boilerplate is the corpus's decision, not this part's: its texts are marked past any count.
    var texts = tally(summaries)
    if let needed = postsMakingBoilerplate(amongPosts: corpus.postCount), !corpus.postsHoldingText.isEmpty {
      for summary in summaries {
        for digest in summary.digests where (corpus.postsHoldingText[Self.hex(digest)] ?? 0) >= needed {
          texts.update(digest, initial: TextTally(posts: 0, last: -1, document: -1, entry: -1)) { $0.posts = .max }
        }
      }
    }
    return check(summaries, texts: consume texts, boilerplateAt: .max) { entry, earlier in
      corpus.isCandidatePair(
        CorpusFacts.BlockReference(path: summaries[entry.document].path, block: entry.entry),
        CorpusFacts.BlockReference(path: summaries[earlier.document].path, block: earlier.entry))
    }
  }
}
