import ContentModel
import TextKit

/// Flags what a chat assistant said to the person who asked for a post, left in the published post:
/// openers, offers, remarks about itself, template placeholders, prompt labels, stray Markdown and the
/// citation markers and tracking parameters chat tools add to copied text.
public struct AIBoilerplateRule: BuiltInRule, DocumentRule {
  public static let description = RuleDescription(
    id: "ai-boilerplate",
    defaultSeverity: .error,
    summary: "Text a chat assistant addressed to whoever asked for the post, left in the published post.",
    details: """
      Posts drafted with a chat assistant often keep the assistant's side of the conversation: an \
      opener ("Certainly! Here's a blog post about…"), an offer at the end ("Let me know if you'd like \
      a shorter version"), a remark about itself ("As an AI language model…", "as of my last knowledge \
      update"), placeholders nobody filled in ("[Insert clinic name]"), the prompt's fields ("Meta \
      description:", "Word count:"), Markdown that was never rendered ("**Benefits**", "### Conclusion") \
      and tool artefacts (`oaicite`, `utm_source=chatgpt.com`, `turn0search0`).

      Offers are weighed: they count in the first or last blocks of a post, or anywhere when they talk \
      about the text as a draft (a version, a translation, the tone, a section) rather than the reader's \
      topic. An author's sign-off ("let me know in the comments"), a call to book, citation brackets such \
      as "[1]", Markdown inside code and chatbot replies quoted in an article about AI are left alone. \
      A block that is nothing but boilerplate comes with a fix that deletes it.
      """,
    triggeringExamples: [
      RuleExample("Knee braces come in three types.\n\n1️⃣I've kept the tone warm and conversational, as you asked."),
      RuleExample("Knee braces come in three types.\n\n1️⃣Let me know if any part needs tweaking!"),
      RuleExample("Frames matter less than fit. 1️⃣If you need a version for mountain bikes, just ask.\n\nTest ride."),
      RuleExample(
        """
        Taking the first step can feel daunting, but the rewards are profound.

        1️⃣Let me know if you’d like a Chinese translation, or a version focused on a specific modality like CBT!
        """, note: "The seed's closing offer."),
      RuleExample("1️⃣Certainly! Here's a blog post about strength training for beginners.\n\nLifting is for everyone."),
      RuleExample(
        "1️⃣Sure, below is a 500-word article on ashwagandha, written in a friendly tone.\n\nAshwagandha is a herb."),
      RuleExample(
        "1️⃣Here's a revised version of the article with a warmer tone:\n\nSourdough starts with flour and water."),
      RuleExample("1️⃣Great question! Here is an engaging post about meal prep:\n\nCook once, eat three times."),
      RuleExample("Squats build the legs.\n\n1️⃣Would you like me to create a printable 8-week plan?"),
      RuleExample("Squats build the legs.\n\n1️⃣Shall I also draft a short email newsletter based on this FAQ?"),
      RuleExample("Squats build the legs.\n\n1️⃣I can also put together a version of this post for teenagers."),
      RuleExample(
        "Squats build the legs.\n\n1️⃣If you'd like, I can turn this into a comparison chart of popular brands."),
      RuleExample(
        "Squats build the legs.\n\n1️⃣I hope this helps! 2️⃣Let me know if you need any changes to the tone or length."),
      RuleExample("Squats build the legs.\n\n1️⃣Feel free to customise this post with your practice’s opening hours."),
      RuleExample(
        "1️⃣As an AI language model, I don't have personal experience of relationships, but here are some myths.\n\nMyth one.",
        note: "Self-reference anywhere in the post."),
      RuleExample(
        "Huts open in June. 1️⃣As of my knowledge cutoff in 2023, most huts open from mid-June.\n\nBook early."),
      RuleExample(
        "Book early.\n\n1️⃣As an AI, I can't recommend a specific dose for you, but here is the general guidance."),
      RuleExample(
        "Book early.\n\n1️⃣I don’t have access to real-time data, so please check the latest rates before you file."),
      RuleExample(
        "At 1️⃣[Insert practice name], we see children from their very first tooth onwards.", note: "A placeholder."),
      RuleExample("Call 1️⃣[Clinic Phone Number] to book, or ask for 2️⃣[Your Name] at the desk."),
      RuleExample("My favourite platform is 1️⃣[insert affiliate link].\n\n2️⃣[Add a personal anecdote here]"),
      RuleExample("1️⃣Meta description: Everything you need to know about omega-3 supplements.\n\nFish oil is cheap."),
      RuleExample("1️⃣Title: Building an Acne-Friendly Skincare Routine\n\nAcne is common.\n\n2️⃣Word count: 362"),
      RuleExample("1️⃣Slug: sleep-apnea-warning-signs\n\n2️⃣Target audience: adults aged 30–60 with shoulder pain"),
      RuleExample(
        "Blight spreads fast.\n\n1️⃣**Signs of Blight**\n\nLook for brown patches.", note: "Stray Markdown bold."),
      RuleExample("Beds are easy.\n\n1️⃣### Conclusion\n\nStart small.", note: "A Markdown heading marker."),
      RuleExample(
        "Time fell to two minutes. 1️⃣:contentReference[oaicite:2]{index=2}", note: "A chat tool's citation marker."),
      RuleExample("See the docs (1️⃣https://docs.github.com/en/actions?utm_source=chatgpt.com) on workflows."),
      RuleExample("Effects depend on the strain. 1️⃣citeturn0search0"),
      RuleExample(
        "Turn the heap often.\n\n1️⃣As an AI developed by OpenAI, I can't visit your garden, but these tips work."),
      RuleExample("Visit us at 1️⃣[Store Address] or call 2️⃣[Phone] to order a bin."),
      RuleExample(
        "Turn the heap often.\n\n1️⃣If you'd like me to make this shorter for social media, just say the word."),
      RuleExample(
        "<html><body><article><h1>Mindfulness</h1><p>Breathe slowly and notice the breath at the belly.</p>"
          + "<p>1️⃣### Final Thoughts</p><p>1️⃣Let me know if you&rsquo;d like this adapted for a newsletter!</p>"
          + "</article></body></html>", format: .html, note: "Positions are in the raw markup."),
    ],
    nonTriggeringExamples: [
      RuleExample("Here's the thing: nobody reads a seven-step wizard.\n\nWe cut it to two steps."),
      RuleExample(
        "We cut setup to two steps.\n\nI can also share the survey we used, if enough people ask in the comments."),
      RuleExample("Thanks to [Anna] and the design team for the illustrations."),
      RuleExample(
        "Gravlax keeps for days.\n\nIf you want a stronger flavour, add more dill. Hope you enjoyed this one!"),
      RuleExample(
        "Questions? Let me know in the comments and I’ll answer as many as I can.", note: "An author's sign-off."),
      RuleExample("If you try this, let me know in the comments how long you steeped yours."),
      RuleExample("Questions about your skin? Contact us to book a consultation with one of our nurses."),
      RuleExample(
        "Azelaic acid may fade dark marks [1].\n\n[1] Schulte BC, Wu W. Azelaic acid. J Drugs Dermatol. 2015."),
      RuleExample(
        "Conclusion: A Journey Worth Taking\n\nTherapy is a long road, and worth it.",
        note: "A heading with a subtitle."),
      RuleExample("Tip: grind the beans as coarsely as you would for a French press.", note: "An ordinary label."),
      RuleExample("Myth 1: Therapy is only for couples on the brink"),
      RuleExample("The title of this post is a little cheeky: a proper curry starts with a paste pounded by hand."),
      RuleExample("Would you benefit from a private space to explore your thoughts? Many people do."),
      RuleExample(
        "I can also recommend the bifanas at the little counter behind the market: pork, mustard, no frills."),
      RuleExample("Here is the part most guides skip: the starter needs a warm spot, not a hot one, to stay lively."),
      RuleExample("As an AI researcher, I spend my days testing models, and my evenings baking bread."),
      RuleExample("Sure enough, the bread rose overnight and the crust was perfect by morning."),
      RuleExample("We tested the [Pro] and [Lite] plans for a month each, and both were fine."),
      RuleExample(
        """
        Chatbots are now common in support teams. Our AI assistant drafts replies, and people check them.

        > Certainly! Here's a friendly reply to the customer about their delayed order.

        > As an AI language model, I cannot process refunds or access your order history.

        Editors remove these lines before a reply goes out.
        """, note: "Chatbot replies quoted in an article about AI."),
      RuleExample(
        "<html><body><article><h1>Prompts for support</h1><p>We give the language model a reply skeleton.</p>"
          + "<pre><code>## Answer\n**Next steps**</code></pre>"
          + "<blockquote><p>I hope this helps! Let me know if you have any other questions.</p></blockquote>"
          + "<p>Editors cut the closing offer every time.</p></article></body></html>",
        format: .html, note: "Markdown in code and a quoted chatbot reply in an article about AI."),
      RuleExample("Use #hashtags sparingly, and write #1 rather than number one in headings."),
      RuleExample("The cut stems heal over within a few days. Feel free to root the cuttings in a glass of water."),
      RuleExample(
        "Compost is easy.\n\nLet me know if you would like to join our Saturday workshop by replying to this newsletter."
      ),
      RuleExample("Would you like to try bokashi instead? It handles cooked food too.\n\nCompost is easy."),
      RuleExample("Certainly the smell puts some people off, but a lid solves most of it."),
      RuleExample("Title deeds aside, my allotment is the best thing I own."),
    ])

  public init(options: RuleOptions) throws(RuleError) {}

  public func check(_ document: Document) throws(RuleError) -> [Finding] {
    let aboutAI = Self.isAboutAI(document)
    var findings: [Finding] = []
    // Only the content position of each block's context is needed: no list of blocks with their contexts
    // (each a copy of the block and a new heading path) is built.
    let blocks = document.blocks
    var contentCount = 0
    for index in blocks.indices where blocks[index].role == .content { contentCount += 1 }
    var contentIndex = 0
    for index in blocks.indices {
      let position: Int? = blocks[index].role == .content ? contentIndex : nil
      if position != nil { contentIndex += 1 }
      guard blocks[index].kind != .code else { continue }
      // A chatbot reply quoted in an article about chatbots is an example, not a leftover.
      if aboutAI && (blocks[index].kind == .quote || blocks[index].text.hasPrefix(">")) { continue }
      let nearEdge = BlockContext.isNearEdge(contentIndex: position, contentCount: contentCount, within: 3)
      let found = check(blocks[index], nearEdge: nearEdge)
      if !found.isEmpty { findings += found }
    }
    return findings
  }

  // MARK: - Blocks

  /// What was found in a block: the flagged text range and the kind of leftover.
  private struct Hit {
    var range: Range<String.Index>
    var kind: Kind
  }

  fileprivate enum Kind {
    case opener, offer, selfReference, placeholder, promptLabel, markdown, artefact
  }

  private func check(_ block: Block, nearEdge: Bool) -> [Finding] {
    let text = block.text
    let leads = block.assistantLeads
    // Most blocks hold no word a sentence-level phrase starts with, and no label or opener at their start:
    // only the shapes found on the bytes remain, and the sentences are never segmented.
    guard leads.anywhere & AssistantLexicon.Lead.sentenceTriggers != 0
      || leads.atStart & (AssistantLexicon.Lead.promptLabels | AssistantLexicon.Lead.openers) != 0
    else {
      return findings(in: block, hits: shapeHits(in: text, cues: leads.shapes), wholeBlock: false)
    }
    var hits: [Hit] = []
    var flaggedSentences = 0
    let sentences = block.sentences()
    if let label = promptLabel(in: block) {
      hits.append(Hit(range: label, kind: .promptLabel))
      flaggedSentences = sentences.count { label.overlaps($0) }
    } else if let opener = opener(in: block, sentences: sentences, nearEdge: nearEdge) {
      hits.append(Hit(range: opener, kind: .opener))
      flaggedSentences = sentences.count { opener.overlaps($0) }
    }
    // A phrase found in a sentence's scan is found in the block's scan too (a sentence's words are the block's
    // unless a word crosses its bounds): most blocks have none, and their sentences are not scanned one by one.
    let blockScan = block.wordScan
    let mayFlagSentences = blockScan.contains(AssistantLexicon.sentenceTriggers)
    for sentence in sentences where !hits.contains(where: { $0.range.overlaps(sentence) }) {
      guard mayFlagSentences || !blockScan.canSlice(sentence) else { continue }
      let scan = block.wordScan(in: sentence)
      if Self.isSelfReference(scan) {
        hits.append(Hit(range: sentence, kind: .selfReference))
        flaggedSentences += 1
      } else if Self.isOffer(scan) && (nearEdge || scan.contains(AssistantLexicon.draftTalk))
        || scan.contains(AssistantLexicon.draftOffers) && !scan.contains(AssistantLexicon.readerChannels)
          && scan.contains(AssistantLexicon.draftTalk)
      {
        hits.append(Hit(range: sentence, kind: .offer))
        flaggedSentences += 1
      }
    }
    hits += shapeHits(in: text, cues: leads.shapes)
    return findings(in: block, hits: hits, wholeBlock: !sentences.isEmpty && flaggedSentences == sentences.count)
  }

  /// Placeholders, stray Markdown and tool artefacts: shapes found on the text alone, never the whole block.
  private func shapeHits(in text: String, cues: ShapeCues) -> [Hit] {
    var hits: [Hit] = []
    if cues.hasBracket { hits += placeholders(in: text).map { Hit(range: $0, kind: .placeholder) } }
    hits += strayMarkdown(in: text, hasDoubleAsterisk: cues.hasDoubleAsterisk).map { Hit(range: $0, kind: .markdown) }
    if cues.mayHoldArtefacts { hits += artefacts(in: text).map { Hit(range: $0, kind: .artefact) } }
    return hits
  }

  private func findings(in block: Block, hits: [Hit], wholeBlock: Bool) -> [Finding] {
    let text = block.text
    return hits.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { hit in
      let deletesBlock = wholeBlock && [.opener, .offer, .selfReference, .promptLabel].contains(hit.kind)
      return Finding(
        rule: Self.description.id, severity: Self.description.defaultSeverity, message: Self.message(hit.kind),
        range: block.sourceRange(of: hit.range), excerpt: String(text[hit.range]).excerpt(),
        suggestion: Self.suggestion(hit.kind), fix: deletesBlock ? Fix(kind: .delete, range: block.extent) : nil,
        fingerprintText: String(text[hit.range]).lowercased())
    }
  }

  // MARK: - Shapes

  /// "Meta description: …", "Word count: 362": a prompt field name, a colon and a value, at the start.
  private func promptLabel(in block: Block) -> Range<String.Index>? {
    let text = block.text
    let firstLine = Self.firstLineBreak(in: text).map { text.startIndex..<$0 } ?? text.startIndex..<text.endIndex
    // The block's scan holds the first line's words (no word runs over a line break): a label found there
    // within the line is the one a scan of the line alone finds, and no label there means none in the line.
    let blockScan = block.wordScan
    var labelEnd: String.Index?
    if let label = blockScan.match(of: AssistantLexicon.promptLabels, at: 0) {
      let end = blockScan.range(ofWords: label).upperBound
      if end <= firstLine.upperBound {
        labelEnd = end
      } else {
        // Only a label at the very start counts: the words past the longest label are never looked at.
        let scan = WordScan(text, in: firstLine, maximumWords: AssistantLexicon.promptLabels.longestPhrase)
        labelEnd = scan.match(of: AssistantLexicon.promptLabels, at: 0).map { scan.range(ofWords: $0).upperBound }
      }
    }
    guard let afterLabel = labelEnd else { return nil }
    let rest = text[afterLabel..<firstLine.upperBound]
    guard rest.first == ":", rest.dropFirst().contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
    return firstLine
  }

  /// Where the first "\n" Character stands: found on the bytes, unless a "\r\n" (one Character, not equal
  /// to "\n") comes first, which the Character search handles.
  private static func firstLineBreak(in text: String) -> String.Index? {
    let utf8 = text.utf8
    guard let newline = utf8.firstIndex(of: 0x0A) else { return nil }
    if newline > utf8.startIndex, utf8[utf8.index(before: newline)] == 0x0D { return text.firstIndex(of: "\n") }
    return newline
  }

  /// "Certainly! Here's a blog post about…", "Here's a revised version of the article:".
  private func opener(in block: Block, sentences: [Range<String.Index>], nearEdge: Bool) -> Range<String.Index>? {
    guard let first = sentences.first else { return nil }
    let text = block.text
    let scan = block.wordScan(in: first.lowerBound..<(sentences.dropFirst().first?.upperBound ?? first.upperBound))
    guard !scan.isEmpty else { return nil }
    let interjection = scan.match(of: AssistantLexicon.interjections, at: 0)
    let presenterStart = interjection?.upperBound ?? 0
    // "Sure enough" and "Here is the part most guides skip" are prose: the turn must follow at once.
    guard presenterStart < scan.words.count, interjection == nil || scan.words[presenterStart].startsClause,
      let presenter = scan.match(of: AssistantLexicon.presenters, at: presenterStart)
    else { return nil }
    let followingNouns = scan.words[presenter.upperBound..<min(scan.words.count, presenter.upperBound + 12)]
    let namesDraft = followingNouns.indices.contains { scan.match(of: AssistantLexicon.draftNouns, at: $0) != nil }
    guard namesDraft && (interjection != nil || nearEdge) else { return nil }
    let end = scan.range(ofWords: presenter).upperBound
    let sentence = sentences.first { $0.contains(end) || $0.upperBound == end } ?? first
    return text.startIndex..<sentence.upperBound
  }

  /// "Let me know if you'd like a shorter version" offers the writer's work; "let me know if you'd like to
  /// join the workshop" invites the reader, and "let me know in the comments" is the author's sign-off.
  private static func isOffer(_ scan: WordScan) -> Bool {
    guard !scan.contains(AssistantLexicon.readerChannels) else { return false }
    return scan.matches(of: AssistantLexicon.offers).contains { match in
      let last = scan.words[match.upperBound - 1].key
      let invitesReader =
        ["like", "want", "need"].contains(last) && match.upperBound < scan.words.count
        && scan.words[match.upperBound].key == "to"
      return !invitesReader
    }
  }

  private static func isSelfReference(_ scan: WordScan) -> Bool {
    if scan.contains(AssistantLexicon.selfReference) { return true }
    // "As an AI, I …" but not "As an AI researcher, I …".
    for match in scan.matches(of: AssistantLexicon.bareSelfReference) {
      let next = match.upperBound
      if next >= scan.words.count || scan.words[next].startsClause || scan.words[next].key == "i" { return true }
    }
    return false
  }

  /// "[Insert clinic name]", "[Your Name]", "[Clinic Phone Number]", "{{first_name}}".
  private func placeholders(in text: String) -> [Range<String.Index>] {
    var found: [Range<String.Index>] = []
    var index = text.startIndex
    while let open = text[index...].firstIndex(where: { $0 == "[" || $0 == "{" }) {
      let isCurly = text[open] == "{"
      let closer: Character = isCurly ? "}" : "]"
      guard let close = text[text.index(after: open)...].prefix(80).firstIndex(of: closer) else {
        index = text.index(after: open)
        continue
      }
      var end = text.index(after: close)
      var inner = text[text.index(after: open)..<close]
      if isCurly {
        // Only doubled braces ("{{name}}") are template fields; single braces are prose or code.
        guard inner.hasPrefix("{"), end < text.endIndex, text[end] == "}" else {
          index = end
          continue
        }
        inner = inner.dropFirst()
        end = text.index(after: end)
      }
      let followedByLink = end < text.endIndex && text[end] == "("
      if !followedByLink, isCurly ? !inner.isEmpty : Self.isPlaceholder(String(inner)) { found.append(open..<end) }
      index = end
    }
    return found
  }

  private static func isPlaceholder(_ inner: String) -> Bool {
    let scan = WordScan(inner)
    let keys = scan.words.map(\.key)
    guard let first = keys.first, let last = keys.last, keys.count <= 8 else { return false }
    if AssistantLexicon.editorialBrackets.contains(keys.joined(separator: " ")) { return false }
    // Citations ("[1]", "[Smith 2019]") carry numbers; placeholders rarely do.
    if inner.contains(where: \.isNumber) && first != "insert" && first != "add" { return false }
    if keys.count == 1 {
      return AssistantLexicon.placeholderFields.contains(first) && inner.first?.isUppercase == true
    }
    if AssistantLexicon.placeholderLeads.contains(first) { return true }
    if AssistantLexicon.placeholderTails.contains(last) { return true }
    // "[Clinic Phone Number]": several capitalised words, the way a form names its fields.
    let capitalised = scan.words.allSatisfy { inner[$0.range].first?.isUppercase == true }
    return capitalised && keys.count >= 3
  }

  /// "### Conclusion" and "**Benefits**" outside code: Markdown nobody rendered.
  private func strayMarkdown(in text: String, hasDoubleAsterisk: Bool) -> [Range<String.Index>] {
    var found: [Range<String.Index>] = []
    // Nearly every block starts with neither "#" nor "`" and holds no "**": it is passed by on its first
    // byte and the scan's cue, without a Character search.
    let firstByte = text.utf8.first
    if firstByte == UInt8(ascii: "#") {
      let hashes = text.prefix { $0 == "#" }
      if (1...6).contains(hashes.count), text.dropFirst(hashes.count).first == " " {
        found.append(text.startIndex..<text.endIndex)
      }
    }
    var index = text.startIndex
    while hasDoubleAsterisk, let open = text[index...].firstRange(of: "**") {
      guard let close = text[open.upperBound...].firstRange(of: "**") else { break }
      let inner = text[open.upperBound..<close.lowerBound]
      if let first = inner.first, let last = inner.last, !first.isWhitespace, !last.isWhitespace, inner.count <= 120 {
        found.append(open.lowerBound..<close.upperBound)
      }
      index = close.upperBound
    }
    if firstByte == UInt8(ascii: "`"), text.hasPrefix("```") { found.append(text.startIndex..<text.endIndex) }
    return found
  }


  /// `oaicite` markers, `utm_source=chatgpt.com`, `turn0search0`: the whole space-delimited token.
  private func artefacts(in text: String) -> [Range<String.Index>] {
    var found: [Range<String.Index>] = []
    var tokenStart = text.startIndex
    var index = text.startIndex
    while index <= text.endIndex {
      if index == text.endIndex || text[index].isWhitespace {
        if tokenStart < index {
          let token = text[tokenStart..<index].lowercased()
          if AssistantLexicon.artefacts.contains(where: { token.contains($0) }) || Self.hasSearchTurnMarker(token) {
            found.append(Self.trimmingBrackets(text, tokenStart..<index))
          }
        }
        if index == text.endIndex { break }
        tokenStart = text.index(after: index)
      }
      index = text.index(after: index)
    }
    return found
  }

  /// "turn0search0", "turn2news14": a chat tool's reference to one of its searches.
  private static func hasSearchTurnMarker(_ token: String) -> Bool {
    var rest = Substring(token)
    while let turn = rest.firstRange(of: "turn") {
      let after = rest[turn.upperBound...]
      let digits = after.prefix { $0.isNumber }
      let letters = after.dropFirst(digits.count).prefix { $0.isLetter }
      let tail = after.dropFirst(digits.count + letters.count).prefix { $0.isNumber }
      if !digits.isEmpty, ["search", "news", "view", "fetch", "image", "file"].contains(String(letters)), !tail.isEmpty
      {
        return true
      }
      rest = after
    }
    return false
  }

  /// A URL in parentheses is flagged without the parentheses around it.
  private static func trimmingBrackets(_ text: String, _ range: Range<String.Index>) -> Range<String.Index> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, "(<\"'".contains(text[lower]) { lower = text.index(after: lower) }
    while upper > lower, ").,;>\"'".contains(text[text.index(before: upper)]) { upper = text.index(before: upper) }
    return lower..<upper
  }

  private static func isAboutAI(_ document: Document) -> Bool {
    var mentions = 0
    // By index: a block is copied out of the array only for the lookups that need the whole of it.
    let blocks = document.blocks
    for index in blocks.indices
    where blocks[index].role == .content && blocks[index].kind != .quote && !blocks[index].text.hasPrefix(">") {
      // A block with no word position where a topic phrase may start has no match: it is not scanned.
      guard blocks[index].assistantLeads.countedPositions > 0 else { continue }
      mentions += blocks[index].wordScan.matches(of: AssistantLexicon.aiTopic).count
      if mentions >= 2 { return true }
    }
    return false
  }
}

// MARK: - Messages

extension AIBoilerplateRule {
  fileprivate static func message(_ kind: Kind) -> String {
    switch kind {
    case .opener: "An assistant's opener addressed to whoever asked for the post."
    case .offer: "An assistant's offer to whoever asked for the post, not to the reader."
    case .selfReference: "An assistant speaking about itself."
    case .placeholder: "A template placeholder nobody filled in."
    case .promptLabel: "A field from the prompt or brief (title, meta description, keywords) left in the post."
    case .markdown: "Markdown that was never rendered."
    case .artefact: "A chat tool's citation marker or tracking parameter."
    }
  }

  fileprivate static func suggestion(_ kind: Kind) -> String {
    switch kind {
    case .opener, .offer, .selfReference, .promptLabel: "Delete this text."
    case .placeholder: "Fill in the real value or delete the placeholder."
    case .markdown: "Delete the Markdown markers or use real markup."
    case .artefact: "Delete the marker, or the tracking parameter from the link."
    }
  }
}
