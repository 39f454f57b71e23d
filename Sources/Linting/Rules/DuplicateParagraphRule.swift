import ContentModel
import Foundation
import TextKit

/// Flags a paragraph that repeats an earlier one, exactly or nearly, in the same post or another post
/// of the run. The later occurrence is flagged and the first one named.
public struct DuplicateParagraphRule: BuiltInRule, CorpusRule {
  public static let description = RuleDescription(
    id: "duplicate-paragraph",
    defaultSeverity: .warning,
    summary: "A paragraph repeats an earlier one, exactly or nearly, in this post or another.",
    details: """
      Scraped and AI-drafted posts often carry the same paragraph twice: a summary pasted above the \
      article and again as its first paragraph, a list item copied into the conclusion, or the same \
      introduction on two posts of a site. Readers notice, and search engines treat repeated text as \
      thin content.

      Text is compared after NFKC normalisation, case folding and with punctuation and white space \
      ignored. Near repeats are found with MinHash signatures over word 3-grams and every candidate is \
      verified with its exact Jaccard similarity. Short blocks and text that most posts of the run \
      share (disclaimers, author bios) are left alone.
      """,
    triggeringExamples: [
      RuleExample(
        """
        Discover how individual psychotherapy supports mental well-being and promotes emotional resilience.

        1️⃣Discover how individual psychotherapy supports mental well-being and promotes emotional resilience.
        """, note: "An exact repeat."),
      RuleExample(
        """
        Regular stretching after a long run keeps the calves supple and lowers the risk of small strains in the weeks before a race.

        Pace yourself on the long runs.

        1️⃣Regular stretching after a long run keeps the calves supple and lowers the risk of small strains in the weeks before a marathon.
        """, note: "A near repeat: one word changed."),
      RuleExample(
        """
        Discover how INDIVIDUAL psychotherapy supports mental well-being, and promotes emotional resilience!

        1️⃣discover how individual psychotherapy supports mental well being and promotes emotional resilience
        """, note: "Case, punctuation and white space do not matter."),
    ],
    nonTriggeringExamples: [
      RuleExample(
        """
        Ingredients

        Two eggs and a cup of flour.

        Ingredients
        """, note: "Blocks under the minimum word count are ignored."),
      RuleExample(
        """
        Therapy offers a structured space to address emotional pain and develop tools for daily life.

        Coaching offers a goal-focused space to plan a career change and build habits for working life.
        """, note: "Similar topic, different text."),
    ],
    options: [
      RuleOptionDescription("min-words", default: .int(8), "Blocks with fewer words are not compared."),
      RuleOptionDescription("threshold", default: .double(0.8), "Jaccard similarity of word 3-grams at or above which two blocks are near duplicates."),
      RuleOptionDescription("near", default: .bool(true), "Also report near duplicates, not only exact ones."),
      RuleOptionDescription("cross-post", default: .bool(true), "Compare blocks across the posts of a run."),
      RuleOptionDescription("whole-post-share", default: .double(0.8), "A post sharing at least this share of its paragraphs with an earlier post is reported once as a copy of it, not paragraph by paragraph."),
      RuleOptionDescription("site-boilerplate-share", default: .double(0.5), "Text found in at least this share of the posts (and in 3 or more) is treated as site boilerplate and ignored."),
    ])

  let minimumWords: Int
  let threshold: Double
  let reportsNear: Bool
  let crossPost: Bool
  let boilerplateShare: Double
  let wholePostShare: Double
  let hasher = MinHasher()
  /// 16 bands of 4 rows: candidates from about Jaccard 0.5 upwards, so few true pairs escape at 0.8.
  let bandCount = 16
  /// Each post's reportable details (`Entry`), kept out of memory until a finding or a near candidate needs them.
  let details = SpillStore()

  public init(options: RuleOptions) throws(RuleError) {
    minimumWords = options.int("min-words", default: 8)
    threshold = options.double("threshold", default: 0.8)
    reportsNear = options.bool("near", default: true)
    crossPost = options.bool("cross-post", default: true)
    boilerplateShare = options.double("site-boilerplate-share", default: 0.5)
    wholePostShare = options.double("whole-post-share", default: 0.8)
    guard (0.1...1.0).contains(threshold) else {
      throw .invalidOption(rule: Self.description.id, option: "threshold", reason: "must be between 0.1 and 1")
    }
  }

  /// What stays in memory of a post until every post is read: per compared block, a digest of its normalised
  /// text and its LSH band keys, about 150 bytes a block whatever its length. The rest is in `details`.
  public struct Summary: Sendable {
    var path: String
    /// Per compared block, in document order: the digest of its normalised text (`digest(_:)`).
    var digests: [UInt128]
    /// `bandCount` band keys per block, block after block; empty when near repeats are not reported.
    var bands: [UInt64]
    /// Per compared block, where its entry starts in `details`: a finding reads its own entry alone.
    var entryStarts: [Int]
    var details: SpillStore.Record
  }

  public func summarize(_ document: Document) -> Summary {
    // Sized from the blocks worth a look before any of them is read: their entries are about their text
    // and an excerpt long, and the whole record goes to `details` as it is, without a copy.
    var candidates = 0
    var textBytes = 0
    for block in document.blocks where isCompared(block) {
      candidates += 1
      textBytes += block.text.utf8.count
    }
    var digests: [UInt128] = []
    digests.reserveCapacity(candidates)
    var bands: [UInt64] = []
    if reportsNear { bands.reserveCapacity(candidates * bandCount) }
    var entryStarts: [Int] = []
    entryStarts.reserveCapacity(candidates)
    var writer = BinaryWriter(capacity: textBytes + candidates * 128 + 16)
    // The count of entries comes first; the count of candidates holds its place, and nearly always it is
    // the same number or one of as many bytes.
    writer.write(candidates)
    let countLength = writer.count
    // One buffer of word hashes for the whole post.
    var wordHashes: [UInt64] = []
    for block in document.blocks where isCompared(block) {
      let start = writer.count
      Entry.write(range: block.textRange, extent: block.extent, to: &writer)
      Self.writeExcerpt(of: block.text, to: &writer)
      let (digest, words) = Self.writeKey(of: block.text, to: &writer, wordHashes: &wordHashes)
      guard words >= minimumWords else {
        writer.truncate(to: start)
        continue
      }
      digests.append(digest)
      if reportsNear {
        wordHashes.withUnsafeBufferPointer { hashes in
          hasher.appendBands(ofWordHashes: UnsafeBufferPointer(rebasing: hashes[..<words]), bands: bandCount, to: &bands)
        }
      }
      entryStarts.append(start)
    }
    var record = writer.bytes
    if digests.count != candidates {
      var counted = BinaryWriter(capacity: record.count)
      counted.write(digests.count)
      let shift = counted.count - countLength
      if shift != 0 {
        counted.write(contentsOf: record[countLength...])
        record = counted.bytes
        for index in entryStarts.indices { entryStarts[index] += shift }
      } else {
        record.withUnsafeMutableBufferPointer { record in
          for (index, byte) in counted.bytes.enumerated() { record[index] = byte }
        }
      }
    }
    return Summary(
      path: document.path, digests: digests, bands: bands, entryStarts: entryStarts, details: details.append(record))
  }

  /// Content prose: the blocks compared when they are long enough to matter.
  private func isCompared(_ block: Block) -> Bool {
    block.role == .content && block.kind != .heading && block.kind != .code
  }

  /// The blocks worth comparing, in document order: content prose long enough to matter.
  func comparedBlocks(of document: Document) -> [(Block, ComparisonKey)] {
    document.blocks.compactMap { block in
      guard isCompared(block) else { return nil }
      let comparison = ComparisonKey(block.text)
      return comparison.wordCount >= minimumWords ? (block, comparison) : nil
    }
  }

  public func check(_ summaries: [Summary]) -> [[Finding]] {
    let needed = postsMakingBoilerplate(amongPosts: summaries.count).map { Int32(clamping: $0) } ?? .max
    return check(summaries, texts: tally(summaries), boilerplateAt: needed, crossPostCandidates: nil)
  }

  /// The whole check, given every text's tally (`tally(_:)`) and how many posts make a text site
  /// boilerplate, and, when a run holds only part of the corpus, the cross-post pairs an external join found
  /// (nil: every pair is a candidate).
  func check(
    _ summaries: [Summary], texts: consuming TextTallies, boilerplateAt needed: Int32,
    crossPostCandidates: ((_ entry: Seen, _ earlier: Seen) -> Bool)?
  ) -> [[Finding]] {
    let (copies, verdicts) = exactVerdicts(
      summaries, texts: texts, boilerplateAt: needed, crossPostCandidates: crossPostCandidates)
    // The tallies are a table of every text of the run: freed here, before the band keys are gathered, they
    // do not add to the run's peak memory.
    _ = consume texts
    let mates = reportsNear ? bandMates(summaries, of: verdicts) : BandMates()
    // Places as `bandMates` numbers them: every block not ignored, in run order.
    var place = 0
    var entries = EntryReader(rule: self, summaries: summaries)
    var findings = [[Finding]](repeating: [], count: summaries.count)
    for (documentIndex, summary) in summaries.enumerated() {
      let copySource = copies[documentIndex]
      if let copySource, !summary.digests.isEmpty {
        findings[documentIndex].append(
          wholePostFinding(for: entries.entry(Seen(document: documentIndex, entry: 0)), copying: summaries[copySource.document],
                           share: copySource.share))
      }
      for (entryIndex, verdict) in verdicts[documentIndex].enumerated() {
        if case .ignored = verdict { continue }
        let here = Seen(document: documentIndex, entry: entryIndex)
        let herePlace = place
        place += 1
        switch verdict {
        case .ignored:
          continue
        case .repeats(let earlier):
          let entry = entries.entry(here)
          // Details that could not be read back have no place to point at: such a block reports nothing.
          guard !entry.key.isEmpty else { continue }
          findings[documentIndex].append(
            finding(for: entry, repeating: entries.entry(earlier), samePost: earlier.document == documentIndex,
                    path: summaries[earlier.document].path, similarity: nil))
        case .compareNear:
          let candidates = mates.mates(ofPlace: herePlace).filter {
            $0.document == documentIndex
              || (crossPost && $0.document != copySource?.document && crossPostCandidates?(here, $0) ?? true)
          }
          if let (best, similarity) = nearest(here, among: candidates, &entries) {
            findings[documentIndex].append(
              finding(for: entries.entry(here), repeating: entries.entry(best), samePost: best.document == documentIndex,
                      path: summaries[best.document].path, similarity: similarity))
          }
        }
      }
    }
    return findings
  }

  /// Where a block was seen: its post and its place among that post's entries.
  struct Seen: Hashable {
    var document: Int
    var entry: Int

    func precedes(_ other: Seen) -> Bool {
      (document, entry) < (other.document, other.entry)
    }
  }

  /// What the exact comparison decided for a block, before any near comparison.
  enum Verdict {
    /// Site boilerplate, or text the run does not compare.
    case ignored
    /// The same normalised text came earlier, there.
    case repeats(Seen)
    /// A first occurrence: compared with earlier blocks that share an LSH band.
    case compareNear
  }

  // MARK: - Private

  /// Whole-post copies and exact repeats, decided from the digests alone in one pass over the run.
  ///
  /// A post repeats an earlier one almost whole when most of its distinct texts (site boilerplate aside) were
  /// first held by that post: it is reported once, by `wholePostFinding`. A block repeats the first holder
  /// of its text in the same post, or else in another post (unless its post is a whole copy of that one,
  /// or an external join did not pair them).
  private func exactVerdicts(
    _ summaries: [Summary], texts: TextTallies, boilerplateAt needed: Int32,
    crossPostCandidates: ((_ entry: Seen, _ earlier: Seen) -> Bool)?
  ) -> (copies: [Int: (document: Int, share: Double)], verdicts: [[Verdict]]) {
    // Every post's blocks are placed from the tally alone, independently of the other posts: the posts are
    // split between the cores in runs, so that neighbouring slots are mostly written by one lane.
    let placed = LaneSlots(count: summaries.count, repeating: PlacedPost(holders: [], distinct: 0, shared: [:]))
    defer { placed.release() }
    let lanes = max(1, min(summaries.count / 16, ProcessInfo.processInfo.activeProcessorCount))
    DispatchQueue.concurrentPerform(iterations: lanes) { lane in
      for documentIndex in (summaries.count * lane / lanes)..<(summaries.count * (lane + 1) / lanes) {
        placed.slots[documentIndex] = place(summaries[documentIndex], at: documentIndex, texts: texts, boilerplateAt: needed)
      }
    }
    var distinctCounts: [Int] = []
    distinctCounts.reserveCapacity(summaries.count)
    var copies: [Int: (document: Int, share: Double)] = [:]
    var verdicts: [[Verdict]] = []
    verdicts.reserveCapacity(summaries.count)
    for documentIndex in summaries.indices {
      let post = placed.slots[documentIndex]
      distinctCounts.append(post.distinct)
      if crossPost, post.distinct >= 3,
        let (earlier, count) = post.shared.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })
      {
        let share = Double(count) / Double(min(post.distinct, distinctCounts[earlier]))
        if share >= wholePostShare { copies[documentIndex] = (earlier, share) }
      }
      let copySource = copies[documentIndex]
      verdicts.append(
        post.holders.enumerated().map { entryIndex, holder in
          switch holder {
          case .boilerplate: return .ignored
          case .earlierInPost(let earlier): return .repeats(Seen(document: documentIndex, entry: earlier))
          case .otherPost(let first)
          where crossPost && first.document != copySource?.document
            && crossPostCandidates?(Seen(document: documentIndex, entry: entryIndex), first) ?? true:
            return .repeats(first)
          case .firstHere, .otherPost: return reportsNear ? .compareNear : .ignored
          }
        })
    }
    return (copies, verdicts)
  }

  /// What the exact pass learns of a block before its post's copy is decided.
  private enum Holder {
    case boilerplate
    case firstHere
    case earlierInPost(Int)
    case otherPost(Seen)
  }

  /// A post's blocks as the tally places them, with its count of distinct texts (boilerplate aside) and, per
  /// earlier post, how many of those it holds first.
  private struct PlacedPost {
    var holders: [Holder]
    var distinct: Int
    var shared: [Int: Int]
  }

  private func place(_ summary: Summary, at documentIndex: Int, texts: TextTallies, boilerplateAt needed: Int32) -> PlacedPost {
    var post = PlacedPost(holders: [], distinct: 0, shared: [:])
    post.holders.reserveCapacity(summary.digests.count)
    // Texts first held by another post, by where they first appear in this one; made only when needed.
    var firstInPost: DigestTable<Int>?
    for (entryIndex, digest) in summary.digests.enumerated() {
      // Every text of the run is tallied: its first holder is the first block of the run that has it.
      let text =
        texts[digest]
        ?? TextTally(posts: 1, last: -1, document: Int32(truncatingIfNeeded: documentIndex), entry: Int32(truncatingIfNeeded: entryIndex))
      guard text.posts < needed else {
        post.holders.append(.boilerplate)
        continue
      }
      let first = Seen(document: Int(text.document), entry: Int(text.entry))
      if first.document == documentIndex {
        if first.entry == entryIndex {
          post.distinct += 1
          post.holders.append(.firstHere)
        } else {
          post.holders.append(.earlierInPost(first.entry))
        }
        continue
      }
      if firstInPost == nil { firstInPost = DigestTable(minimumCapacity: summary.digests.count) }
      if let earlierInPost = firstInPost?.insertIfAbsent(entryIndex, for: digest) {
        post.holders.append(.earlierInPost(earlierInPost))
        continue
      }
      post.distinct += 1
      post.shared[first.document, default: 0] += 1
      post.holders.append(.otherPost(first))
    }
    return post
  }

  private func nearest(_ here: Seen, among candidates: [Seen], _ entries: inout EntryReader) -> (Seen, Double)? {
    // Nearly every block has no candidate: its post's details are not read back for nothing.
    guard !candidates.isEmpty else { return nil }
    let entry = entries.entry(here)
    guard !entry.key.isEmpty else { return nil }
    let shingles = hasher.shingles(entry.words)
    var best: (Seen, Double)?
    for candidate in candidates {
      let other = entries.entry(candidate)
      guard !other.key.isEmpty else { continue }
      let similarity = MinHasher.jaccard(shingles, hasher.shingles(other.words))
      guard similarity >= threshold else { continue }
      // Of equally similar paragraphs the earliest in the corpus, whatever order the bands listed them in.
      if let best, similarity < best.1 || (similarity == best.1 && !candidate.precedes(best.0)) { continue }
      best = (candidate, similarity)
    }
    return best
  }

  private func finding(for entry: Entry, repeating first: Entry, samePost: Bool, path: String, similarity: Double?) -> Finding {
    let place = samePost ? "the one at line \(first.range.start.line)" : "\(path):\(first.range.start.line)"
    let message: String
    if let similarity {
      message = "Paragraph nearly repeats \(place) (\(Int((similarity * 100).rounded(.down)))% similar)."
    } else {
      message = samePost ? "Paragraph repeats \(place)." : "Paragraph repeats one in another post: also in \(place)."
    }
    // Only an exact repeat in the same post is safe to delete without a person's judgement.
    let fix = samePost && similarity == nil ? Fix(kind: .delete, range: entry.extent) : nil
    return Finding(
      rule: Self.description.id, severity: Self.description.defaultSeverity, message: message, range: entry.range,
      excerpt: entry.excerpt, suggestion: samePost ? "Delete this paragraph." : "Delete or rewrite this paragraph.",
      fix: fix, fingerprintText: entry.key)
  }

  private func wholePostFinding(for first: Entry, copying original: Summary, share: Double) -> Finding {
    Finding(
      rule: Self.description.id, severity: Self.description.defaultSeverity,
      message: "Post repeats \(original.path) almost entirely (\(Int((share * 100).rounded(.down)))% of its paragraphs); lint or publish one copy.",
      range: first.range, excerpt: first.excerpt, suggestion: "Remove one of the two copies from the corpus.",
      fingerprintText: "whole-post " + original.path)
  }

  /// Per text of the run: how many posts hold it (a text twice in one post counts once) and the first block
  /// holding it, in 32-bit fields so that a slot of this table of every paragraph of the run takes 32 bytes.
  struct TextTally {
    var posts: Int32
    /// The last post counted.
    var last: Int32
    var document: Int32
    var entry: Int32
  }

  /// Every text of the run with its tally, by the two halves of `TextTallies`, one lane each: site
  /// boilerplate and exact repeats are both read from it.
  func tally(_ summaries: [Summary]) -> TextTallies {
    let total = summaries.reduce(0) { $0 + $1.digests.count }
    let vacant = TextTally(posts: 0, last: -1, document: -1, entry: -1)
    let lanes = min(2, max(1, ProcessInfo.processInfo.activeProcessorCount))
    let halves = LaneSlots(count: 2, repeating: DigestTable<TextTally>(vacant: vacant))
    defer { halves.release() }
    DispatchQueue.concurrentPerform(iterations: lanes) { lane in
      // Each lane reads every digest in run order and counts those of its halves: a text's first holder
      // and count of posts come out as from one pass.
      var tables = (0..<2).map { half in
        DigestTable(minimumCapacity: half % lanes == lane ? total / 2 + total / 16 : 0, vacant: vacant)
      }
      for (index, summary) in summaries.enumerated() {
        let post = Int32(truncatingIfNeeded: index)
        for (entry, key) in summary.digests.enumerated() {
          let half = TextTallies.half(of: key)
          guard half % lanes == lane else { continue }
          tables[half].update(key, initial: TextTally(posts: 0, last: -1, document: post, entry: Int32(truncatingIfNeeded: entry))) { held in
            if held.last != post {
              held.posts += 1
              held.last = post
            }
          }
        }
      }
      for half in 0..<2 where half % lanes == lane { halves.slots[half] = tables[half] }
    }
    return TextTallies(halves.slots[0], halves.slots[1])
  }

  /// Every text of the run with its tally (`tally(_:)`).
  typealias TextTallies = DigestHalves<TextTally>

  /// How many posts of a corpus must hold a text for it to be site boilerplate; nil below three posts.
  func postsMakingBoilerplate(amongPosts postCount: Int) -> Int? {
    guard postCount >= 3 else { return nil }
    return max(3, Int((Double(postCount) * boilerplateShare).rounded(.up)))
  }
}
