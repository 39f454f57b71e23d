import ContentModel
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

  /// What the rule keeps of a block: enough to compare it and to report it.
  public struct Entry: Sendable {
    var range: SourceRange
    var extent: SourceRange
    var excerpt: String
    var key: String
    var shingles: [UInt64]
    var bands: [UInt64]
  }

  public struct Summary: Sendable {
    var path: String
    var entries: [Entry]
  }

  public func summarize(_ document: Document) -> Summary {
    let entries = comparedBlocks(of: document).map { block, comparison in
      let shingles = hasher.shingles(comparison.words)
      return Entry(
        range: block.textRange, extent: block.extent, excerpt: block.text.excerpt(), key: comparison.key,
        shingles: shingles, bands: reportsNear ? hasher.bands(of: hasher.signature(of: shingles), bands: bandCount) : [])
    }
    return Summary(path: document.path, entries: entries)
  }

  /// The blocks worth comparing, in document order: content prose long enough to matter.
  func comparedBlocks(of document: Document) -> [(Block, ComparisonText)] {
    document.blocks.compactMap { block in
      guard block.role == .content && block.kind != .heading && block.kind != .code else { return nil }
      let comparison = ComparisonText(block.text)
      return comparison.words.count >= minimumWords ? (block, comparison) : nil
    }
  }

  public func check(_ summaries: [Summary]) -> [[Finding]] {
    check(summaries, ignoring: siteBoilerplate(summaries), crossPostCandidates: nil)
  }

  /// The whole check, with the site boilerplate decided beforehand and, when a run holds only part of the
  /// corpus, the cross-post pairs an external join found (nil: every pair is a candidate).
  func check(
    _ summaries: [Summary], ignoring boilerplate: Set<String>,
    crossPostCandidates: ((_ entry: Seen, _ earlier: Seen) -> Bool)?
  ) -> [[Finding]] {
    let copies = crossPost ? wholePostCopies(summaries, ignoring: boilerplate) : [:]
    var firstByKey: [String: Seen] = [:]
    var buckets: [UInt64: [Seen]] = [:]
    var findings = [[Finding]](repeating: [], count: summaries.count)
    for (documentIndex, summary) in summaries.enumerated() {
      let copySource = copies[documentIndex]
      if let copySource, let first = summary.entries.first {
        findings[documentIndex].append(wholePostFinding(for: first, copying: summaries[copySource.document], share: copySource.share))
      }
      var firstInPost: [String: Int] = [:]
      for (entryIndex, entry) in summary.entries.enumerated() where !boilerplate.contains(entry.key) {
        let here = Seen(document: documentIndex, entry: entryIndex)
        defer {
          firstInPost[entry.key] = firstInPost[entry.key] ?? entryIndex
          firstByKey[entry.key] = firstByKey[entry.key] ?? here
          for band in entry.bands { buckets[band, default: []].append(here) }
        }
        if let earlier = firstInPost[entry.key] {
          findings[documentIndex].append(
            finding(for: entry, repeating: summary.entries[earlier], samePost: true, path: summary.path, similarity: nil))
          continue
        }
        if crossPost, let first = firstByKey[entry.key], first.document != copySource?.document,
          crossPostCandidates?(here, first) ?? true
        {
          findings[documentIndex].append(
            finding(for: entry, repeating: summaries[first.document].entries[first.entry], samePost: false,
                    path: summaries[first.document].path, similarity: nil))
          continue
        }
        guard reportsNear else { continue }
        let candidates = entry.bands.flatMap { buckets[$0] ?? [] }.filter {
          $0.document == documentIndex
            || (crossPost && $0.document != copySource?.document && crossPostCandidates?(here, $0) ?? true)
        }
        if let (best, similarity) = nearest(entry, among: candidates, summaries) {
          findings[documentIndex].append(
            finding(for: entry, repeating: summaries[best.document].entries[best.entry],
                    samePost: best.document == documentIndex, path: summaries[best.document].path, similarity: similarity))
        }
      }
    }
    return findings
  }

  /// Where a block was seen: its post and its place among that post's entries.
  struct Seen {
    var document: Int
    var entry: Int
  }

  // MARK: - Private

  private func nearest(_ entry: Entry, among candidates: [Seen], _ summaries: [Summary]) -> (Seen, Double)? {
    var best: (Seen, Double)?
    for candidate in candidates {
      let other = summaries[candidate.document].entries[candidate.entry]
      let similarity = MinHasher.jaccard(entry.shingles, other.shingles)
      if similarity >= threshold, similarity > (best?.1 ?? 0) { best = (candidate, similarity) }
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

  /// Posts that repeat an earlier post of the run almost whole (the same article saved twice, or as
  /// HTML and as text): one finding says so, instead of one per paragraph.
  private func wholePostCopies(_ summaries: [Summary], ignoring boilerplate: Set<String>) -> [Int: (document: Int, share: Double)] {
    var owner: [String: Int] = [:]
    var copies: [Int: (document: Int, share: Double)] = [:]
    for (index, summary) in summaries.enumerated() {
      let keys = Set(summary.entries.map(\.key)).subtracting(boilerplate)
      var shared: [Int: Int] = [:]
      for key in keys {
        if let earlier = owner[key] { shared[earlier, default: 0] += 1 } else { owner[key] = index }
      }
      guard keys.count >= 3, let (earlier, count) = shared.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
        continue
      }
      let earlierKeys = Set(summaries[earlier].entries.map(\.key)).subtracting(boilerplate).count
      let share = Double(count) / Double(min(keys.count, earlierKeys))
      if share >= wholePostShare { copies[index] = (earlier, share) }
    }
    return copies
  }

  private func wholePostFinding(for first: Entry, copying original: Summary, share: Double) -> Finding {
    Finding(
      rule: Self.description.id, severity: Self.description.defaultSeverity,
      message: "Post repeats \(original.path) almost entirely (\(Int((share * 100).rounded(.down)))% of its paragraphs); lint or publish one copy.",
      range: first.range, excerpt: first.excerpt, suggestion: "Remove one of the two copies from the corpus.",
      fingerprintText: "whole-post " + original.path)
  }

  /// Keys found in so many posts that they are the site's, not the author's.
  private func siteBoilerplate(_ summaries: [Summary]) -> Set<String> {
    guard let needed = postsMakingBoilerplate(amongPosts: summaries.count) else { return [] }
    var postsByKey: [String: Int] = [:]
    for summary in summaries {
      for key in Set(summary.entries.map(\.key)) { postsByKey[key, default: 0] += 1 }
    }
    return Set(postsByKey.filter { $0.value >= needed }.keys)
  }

  /// How many posts of a corpus must hold a text for it to be site boilerplate; nil below three posts.
  func postsMakingBoilerplate(amongPosts postCount: Int) -> Int? {
    guard postCount >= 3 else { return nil }
    return max(3, Int((Double(postCount) * boilerplateShare).rounded(.up)))
  }
}
