import ContentModel
import TextKit

/// Flags page furniture a scraper copied into the post body: bylines and reading times, "Back to Blog",
/// share and subscribe prompts, cookie notices, related-post headings, category and tag lines,
/// previous/next links, copyright lines.
///
/// Ingest already recognises such lines (with `ResidueClassifier`, the one list both use) and keeps
/// them as residue blocks; this rule reports each of them, and the furniture lines glued to the start or
/// end of a content paragraph.
public struct ScrapeResidueRule: BuiltInRule, DocumentRule {
  public static let description = RuleDescription(
    id: "scrape-residue",
    defaultSeverity: .warning,
    summary: "Page furniture (byline, share or subscribe prompt, navigation link, cookie notice) left in the post.",
    details: """
      Copying a post out of a web page brings the page's furniture with it: the byline with its \
      reading time, "Back to Blog", "Share this post", the newsletter box, the cookie notice, "Related \
      posts", "Posted in …" and "Tags: …" lines, previous/next links and the copyright line. None of it \
      belongs in the article or in a translation of it.

      A line is furniture when it is short and has the shape of one of these (see `contentlint ingest` \
      to see which blocks ingest kept as residue). A whole furniture block comes with a fix that \
      deletes it; a furniture line glued to the start or end of a paragraph is reported on its own.
      """,
    triggeringExamples: [
      RuleExample("Fit matters more than frame.\n\n1️⃣Filed in Cycling · 3 comments"),
      RuleExample("1️⃣· John Smith\u{A0} · 2 min read\n\nTherapy offers a space to think.", note: "The seed's byline."),
      RuleExample(
        "Therapy offers a space to think about what matters to you.\n\n1️⃣Back to Blog", note: "A navigation link."),
      RuleExample("1️⃣By Priya Nair | 12 March 2024 | 5 min read\n\nAshwagandha is an old herb."),
      RuleExample("1️⃣Reading time: 4 minutes\n\nIf you have spent months lying awake, read on."),
      RuleExample("1️⃣Posted in Physiotherapy, Back Pain\n\nLower back pain is common."),
      RuleExample("1️⃣Filed under: Sports Injuries\n\nThe early goals are simple."),
      RuleExample("1️⃣Home › Blog › Relationships\n\nMany couples come to therapy early.", note: "A breadcrumb trail."),
      RuleExample("Water the bed well.\n\n1️⃣Tags: lower back pain, core strength, posture"),
      RuleExample(
        "Water the bed well.\n\n1️⃣Share this post\n\n2️⃣Related posts\n\n3️⃣← Previous post: Three slow days in Porto"),
      RuleExample("Water the bed well.\n\n1️⃣Next post: Returning to running after knee surgery →"),
      RuleExample("Water the bed well.\n\n1️⃣Previous: Load testing with k6 | Next: Zero-downtime deploys"),
      RuleExample("Water the bed well.\n\n1️⃣© 2024 Northbridge Money. All rights reserved."),
      RuleExample("Water the bed well.\n\n1️⃣Subscribe to our newsletter for weekly recipes and nutrition tips."),
      RuleExample("Water the bed well.\n\n1️⃣Join 12,000 gardeners who get our weekly newsletter"),
      RuleExample("1️⃣We use cookies to personalise content and analyse our traffic. Accept all\n\nWater the bed well."),
      RuleExample("Water the bed well.\n\n1️⃣Leave a reply\n\n2️⃣0 Comments"),
      RuleExample("Water the bed well.\n\n1️⃣Print this article\n\n2️⃣Was this article helpful? Yes / No"),
      RuleExample("Water the bed well.\n\n1️⃣Follow us on Instagram @stepwisephysio for more exercise videos"),
      RuleExample("Water the bed well.\n\n1️⃣Rate this recipe ★★★★★\n\n2️⃣Jump to Recipe · Print Recipe"),
      RuleExample("Water the bed well.\n\n1️⃣Advertisement\n\n2️⃣You might also like: Biotin for hair growth"),
      RuleExample(
        "<html><body><article><h1>Magnesium</h1><p>Magnesium is a mineral found in nuts and seeds.</p>"
          + "<p>1️⃣Posted on 4 March 2024 by Laura Chen</p><p><a href=\"/blog\">1️⃣Back to Blog</a></p></article></body></html>",
        format: .html, note: "Positions are in the raw markup."),
    ],
    nonTriggeringExamples: [
      RuleExample("By the way, most beds need watering twice a week in summer.", note: "Prose starting with “By”."),
      RuleExample("Questions? Let me know in the comments and I’ll answer as many as I can."),
      RuleExample("I posted in the local gardening group and got twenty answers within an hour."),
      RuleExample(
        "Share this recipe with someone who has never made gravlax: it is easier than it looks, and it keeps for days."),
      RuleExample("Next, add the flour and stir until no dry patches remain."),
      RuleExample("Read more about the science of sleep in the second half of this post, where we look at light."),
      RuleExample("Tip: grind the beans as coarsely as you would for a French press."),
      RuleExample("Related research on sleep restriction has looked at shift workers as well as students."),
      RuleExample("The cookie dough keeps for three days in the fridge; we use cookies from the freezer for the base."),
      RuleExample(
        "Subscribers to the local paper get a discount on the tour, which is worth knowing if you stay a week."),
      RuleExample(
        "<html><body><div class=\"cookie-banner\">We use cookies. Accept all</div><article><h1>Pruning</h1>"
          + "<p>Prune apple trees in winter while they are dormant.</p></article>"
          + "<footer>© 2024 The Windowsill</footer></body></html>",
        format: .html, note: "Site chrome outside the article is removed by extraction."),
    ])

  public init(options: RuleOptions) throws(RuleError) {}

  public func check(_ document: Document) throws(RuleError) -> [Finding] {
    var findings: [Finding] = []
    // By index, reading single fields first: most blocks are passed by before the whole block is needed,
    // and are never copied out of the array.
    let blocks = document.blocks
    for index in blocks.indices where blocks[index].kind != .code {
      if blocks[index].role == .residue {
        // Ingest also keeps text it only judged by position (a kicker above the title, a standfirst):
        // that is page structure, and only text that reads as furniture is reported.
        guard let kind = ResidueClassifier.classify(blocks[index].text) else { continue }
        let block = blocks[index]
        findings.append(
          finding(
            block: block, range: block.textRange, text: block.text, kind: kind,
            fix: Fix(kind: .delete, range: block.extent)))
        continue
      }
      // A furniture line glued to the first or last sentence of a paragraph ("… to heal. Share this post").
      // Most paragraphs cannot hold a glued kind in any sentence, and are never segmented.
      guard ResidueClassifier.mayHoldGluedResidue(blocks[index].text) else { continue }
      let block = blocks[index]
      let sentences = block.sentences()
      guard sentences.count >= 2 else { continue }
      for range in [sentences[0], sentences[sentences.count - 1]] {
        let sentence = String(block.text[range])
        guard let kind = ResidueClassifier.classify(sentence), Self.gluedKinds.contains(kind) else { continue }
        findings.append(
          finding(block: block, range: block.sourceRange(of: range), text: sentence, kind: kind, fix: nil))
      }
    }
    return findings
  }

  /// Kinds unambiguous enough to report when they share a block with prose.
  private static let gluedKinds = ResidueClassifier.gluedKinds

  private func finding(block: Block, range: SourceRange, text: String, kind: ResidueClassifier.Kind, fix: Fix?)
    -> Finding
  {
    Finding(
      rule: Self.description.id, severity: Self.description.defaultSeverity, message: Self.message(kind),
      range: range, excerpt: text.excerpt(), suggestion: Self.suggestion, fix: fix,
      fingerprintText: text.lowercased())
  }
}

// MARK: - Messages

extension ScrapeResidueRule {
  fileprivate static func message(_ kind: ResidueClassifier.Kind) -> String {
    "Scraped page furniture (\(kind.rawValue)) left in the post."
  }

  fileprivate static let suggestion = "Delete this line."
}
