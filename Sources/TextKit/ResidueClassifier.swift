/// Recognises page furniture that a scraper copied into a post: bylines, reading times, navigation
/// links, share and subscribe prompts, cookie notices, tag and category lines, copyright lines.
///
/// Ingest uses it to keep such lines out of the article text; the `scrape-residue` rule uses it to
/// say what it found. One list, so the two never disagree.
public enum ResidueClassifier {
  public enum Kind: String, Sendable, CaseIterable {
    case byline
    case readingTime = "reading time"
    case navigation = "navigation link"
    case share = "share prompt"
    case subscribe = "newsletter prompt"
    case cookie = "cookie notice"
    case related = "related-posts heading"
    case category = "category line"
    case tags = "tag line"
    case adjacentPost = "previous/next link"
    case copyright = "copyright line"
    case comments = "comment-section text"
    case breadcrumb = "breadcrumb trail"
    case pageTool = "page widget"
  }

  /// The longest residue line: a newsletter call ("Get the day's headlines in your inbox by subscribing…").
  /// Every other kind has at most 16 words.
  private static let maximumNewsletterWords = 40

  /// The most words of a byline (a dated one); reading times and every kind checked after the
  /// newsletter call take at most 14.
  private static let maximumBylineWords = 16

  /// What a longer line must contain (ASCII, any case) to be a credit line or a newsletter call: the credit
  /// prefixes and endings, and the stems of `newsletterCalls`.
  private static let longLineAnchors = FoldedNeedles(creditPrefixes + ["contributed", "newsletter", "subscrib"])

  private static let linkPrefixes = ["read more:", "read next:", "see also:", "keep reading:"]
  private static let readingTimeMarkers = [
    "min read", "minute read", "mins read", "minutes read", "min. read", "minute reading", "read time", "reading time",
    "tempo de leitura", "tiempo de lectura", "temps de lecture", "lesezeit", "tempo di lettura", "leestijd",
    "время чтения", "waktu baca",
  ]
  private static let postedPrefixes = ["posted by ", "posted on ", "published on "]
  private static let bylinePrefixes = ["by ", "written by ", "posted by ", "author: ", "authored by ", "words by "]

  /// What any kind needs in ASCII text, tested on the bytes before any String is built. Every test in
  /// `classify` is on the line's start or searches for text: a phrase the line (or its words joined) must
  /// start with needs that phrase's first word at the start of the first word; a phrase searched for
  /// anywhere needs its longest word somewhere. Tests that need non-ASCII text ("©", "«") need no cue here.
  private static let shortLineCues = LineCues(
    firstWordStarts: (navigationPhrases + sharePhrases + subscribePhrases + pageToolPhrases + Array(relatedPhrases)
      + commentPhrases + linkPrefixes + postedPrefixes + bylinePrefixes + creditPrefixes + categoryPrefixes
      + tagPrefixes + adjacentPostMarkers + ["home", "follow", "previous", "next", "copyright 20", "copyright 19"]),
    anywhere: readingTimeMarkers + cookiePhrases.map(longestWord) + [
      "|", "contributed", "newsletter", "subscrib", "all rights reserved", "(c) ",
    ])

  /// The kinds unambiguous enough to report when a sentence of them shares a block with prose.
  public static let gluedKinds: Set<Kind> = [.byline, .readingTime, .navigation, .share, .subscribe, .cookie]

  /// Text an ASCII line of a glued kind holds somewhere: the tests of those kinds that search the line. Every
  /// cookie phrase holds "cookie" but two, whose rarest words stand for them.
  private static let gluedNeedles = FoldedNeedles(
    readingTimeMarkers + ["cookie", "continuing", "agree"] + ["contributed", "newsletter", "subscrib"])

  /// The first word of every phrase an ASCII line of a glued kind starts with (after "(" or "[" for a credit).
  private static let gluedLeads: SentenceLeadWords = {
    let phrases: [[String]] = [
      navigationPhrases, linkPrefixes, sharePhrases, subscribePhrases, postedPrefixes, bylinePrefixes, creditPrefixes,
      ["follow"],
    ]
    return SentenceLeadWords(phrases.joined().map(firstWord))
  }()

  /// The leading run of letters, digits and apostrophes of an ASCII phrase.
  private static func firstWord(_ phrase: String) -> String {
    String(decoding: phrase.utf8.prefix { byte in
      let folded = byte | 0x20
      return (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27
    }, as: UTF8.self)
  }

  /// False only when no sentence of `text`, however Unicode's sentence rules cut it, is of one of
  /// `gluedKinds`: for ASCII text, when no sentence can start with a word those kinds start with and the text
  /// holds none of the text they search for. Other text is always let through.
  public static func mayHoldGluedResidue(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let (isASCII, hasBar) = asciiAndBar(bytes)
      guard isASCII else { return true }
      return hasBar || gluedLeads.mayStartSentence(in: bytes) || gluedNeedles.occur(in: bytes)
    }
  }

  /// Whether `bytes` are all ASCII and whether they hold a "|", the one glued needle of one byte, from one
  /// pass eight bytes at a time: a pass of its own for the "|" cost twice as much as this whole one.
  private static func asciiAndBar(_ bytes: UnsafeBufferPointer<UInt8>) -> (isASCII: Bool, hasBar: Bool) {
    guard let base = bytes.baseAddress else { return (true, false) }
    var index = 0
    var highBits: UInt64 = 0
    var bars: UInt64 = 0
    while index &+ 8 <= bytes.count {
      let chunk = ByteLanes.load(base, at: index)
      highBits |= chunk
      bars |= ByteLanes.equal(chunk, 0x7C)
      index &+= 8
    }
    while index < bytes.count {
      highBits |= UInt64(bytes[index])
      if bytes[index] == 0x7C { bars = 1 }
      index += 1
    }
    return (highBits & ByteLanes.top == 0, bars != 0)
  }

  /// Cookie phrases are searched for in the words joined by spaces: only a word of one is sure to be in the line.
  private static func longestWord(_ phrase: String) -> String {
    String(phrase.split(separator: " ").max { $0.count < $1.count } ?? "")
  }

  /// The kind of residue `text` is, or nil when it reads as ordinary prose.
  public static func classify(_ text: String) -> Kind? {
    // No kind below takes more words than a newsletter call; longer prose is turned away here, from the bytes.
    if let words = ASCIIWordCount.count(in: text, apostropheJoins: true, upTo: maximumNewsletterWords) {
      if words > maximumNewsletterWords { return nil }
      // Past `maximumBylineWords` only a credit line or a newsletter call can match, and each needs one of
      // `longLineAnchors`: most prose sentences are turned away here, before any String is built.
      if words > maximumBylineWords && !longLineAnchors.occur(in: text) { return nil }
      if !shortLineCues.mayMatch(text) { return nil }
    }
    let line = text.trimming(" \t\u{A0}\n\r")
    guard !line.isEmpty, line.utf8.count <= 200 || line.count <= 200 else { return nil }
    // Arrows and chevrons before "Previous post" or "Older posts" say nothing about the kind.
    var lower = String(line.lowercased().drop { "←«‹<↑→ ".contains($0) })
    if lower.containsText("’") { lower = lower.replacing("’", with: "'") }
    let words = asciiWords(lower) ?? lower.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }
    if isReadingTimeLine(lower, wordCount: words.count) { return lower.containsText("·") || lower.containsText("|") ? .byline : .readingTime }
    if isBylineLine(line, lower: lower, words: words) || isCreditLine(line, lower: lower) { return .byline }
    if isNewsletterPromo(lower, words: words) { return .subscribe }
    guard words.count <= 14 else { return nil }
    if isBreadcrumb(line, words: words) { return .breadcrumb }
    let bare = words.joined(separator: " ")
    if startsWithPhrase(bare, pageToolOpenings, orIs: pageToolPhrases, wordCount: words.count, upTo: 8) {
      return .pageTool
    }
    if startsWithPhrase(bare, navigationOpenings, orIs: navigationPhrases, wordCount: words.count, upTo: 5) {
      return .navigation
    }
    if words.count <= 12, linkPrefixes.contains(where: { lower.hasPrefix($0) }) {
      return .navigation
    }
    if sharePhrases.contains(where: { bare.hasPrefix($0) }) { return .share }
    // "Follow Newsbeat on Instagram, Facebook and Twitter."
    if words.first == "follow", words.contains(where: { socialNetworks.contains(String($0)) }) { return .share }
    if subscribePhrases.contains(where: { bare.hasPrefix($0) }) && words.count <= 12 { return .subscribe }
    if cookiePhrases.contains(where: { bare.containsText($0) }) { return .cookie }
    if relatedPhrases.contains(bare) || relatedHeadings.contains(where: { lower.hasPrefix($0) }) {
      return .related
    }
    if words.count <= 12, lower.containsText("newsletter"), ["join", "get", "sign", "subscribe"].contains(words.first ?? "")
    {
      return .subscribe
    }
    if commentPhrases.contains(where: { bare == $0 || bare.hasPrefix($0) && words.count <= 6 }) { return .comments }
    if categoryPrefixes.contains(where: { lower.hasPrefix($0) }) { return .category }
    if tagPrefixes.contains(where: { lower.hasPrefix($0) }) { return .tags }
    if isAdjacentPostLink(lower, words: words) { return .adjacentPost }
    if isCopyrightLine(lower) { return .copyright }
    return nil
  }

  /// Whether `bare` is one of `phrases`, or (with at most `limit` words) starts with one of `openings`, the
  /// phrases each followed by a space: built once here, not once per phrase and line.
  private static func startsWithPhrase(
    _ bare: String, _ openings: [String], orIs phrases: [String], wordCount: Int, upTo limit: Int
  ) -> Bool {
    if phrases.contains(bare) { return true }
    return wordCount <= limit && openings.contains { bare.hasPrefix($0) }
  }

  private static let pageToolOpenings = pageToolPhrases.map { $0 + " " }
  private static let navigationOpenings = navigationPhrases.map { $0 + " " }
  /// "Related posts:" and the like, opening a list of links.
  private static let relatedHeadings = relatedPhrases.map { $0 + ":" }

  /// The words of ASCII text (letters, digits and apostrophes), cut on the bytes; nil for other text.
  private static func asciiWords(_ text: String) -> [Substring]? {
    let utf8 = text.utf8
    var words: [Substring] = []
    var start: String.Index?
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte >= 0x80 { return nil }
      let isWordByte =
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27
      if isWordByte {
        if start == nil { start = index }
      } else if let wordStart = start {
        words.append(text[wordStart..<index])
        start = nil
      }
      index = utf8.index(after: index)
    }
    if let wordStart = start { words.append(text[wordStart..<utf8.endIndex]) }
    return words
  }

  // MARK: - Phrase lists

  private static let navigationPhrases: [String] = [
    "back to blog", "back to the blog", "back to all posts", "back to posts", "back to articles", "back to news",
    "back to top", "back to home", "return to blog", "return to the blog", "return to top", "return to posts",
    "go back", "read more", "continue reading", "view all posts", "see all posts", "all posts", "more posts",
    "more articles", "skip to content", "skip to main content", "skip navigation", "home blog", "menu",
    "toggle navigation", "read the full article", "click here to read more", "keep reading", "load more",
    "show more posts", "older posts", "newer posts", "jump to recipe", "jump to content", "scroll to top",
  ]

  private static let sharePhrases: [String] = [
    "share this post", "share this article", "share this story", "share this page", "share on facebook",
    "share on twitter", "share on linkedin", "share on x", "share via email", "share facebook", "share twitter",
    "share tweet", "share email", "share this", "tweet this", "pin it", "share the post", "share with a friend",
    "share article", "share post", "like this post share", "spread the word",
    "like this like loading", "like loading", "follow us on", "email this post",
  ]

  private static let subscribePhrases: [String] = [
    "subscribe to our newsletter", "subscribe to the newsletter", "subscribe to our blog", "sign up for our newsletter",
    "join our newsletter", "join our mailing list", "get the latest posts", "get our latest posts",
    "subscribe for updates", "never miss a post", "subscribe now", "enter your email", "sign up to receive",
    "get new posts delivered", "subscribe to get", "stay in the loop",
  ]

  /// Widgets a page template puts around a post: print buttons, ratings, feedback prompts, ad slots.
  private static let pageToolPhrases: [String] = [
    "print this article", "print this post", "print this page", "print this recipe", "print recipe",
    "print article", "rate this recipe", "rate this article", "rate this post", "was this article helpful",
    "was this post helpful", "was this page helpful", "was this helpful", "did you find this article helpful",
    "advertisement", "sponsored content", "save to pinterest", "save recipe",
  ]

  private static let socialNetworks: Set<String> = [
    "facebook", "twitter", "instagram", "youtube", "linkedin", "tiktok", "pinterest", "snapchat", "flipboard",
  ]

  private static let cookiePhrases: [String] = [
    "we use cookies", "this site uses cookies", "this website uses cookies", "uses cookies to",
    "accept all cookies", "accept cookies", "cookie settings", "cookie policy", "by continuing to browse",
    "by using this site you agree", "manage cookies", "reject all cookies",
  ]

  private static let relatedPhrases: Set<String> = [
    "related posts", "related articles", "related stories", "you may also like", "you might also like",
    "recommended posts", "recommended for you", "more from our blog", "popular posts", "recent posts",
    "latest posts", "further reading on our blog", "read next", "more like this", "related reading",
    "you may also enjoy", "similar posts",
  ]

  private static let commentPhrases: [String] = [
    "leave a comment", "leave a reply", "0 comments", "no comments yet", "comments are closed", "post a comment",
    "add a comment", "join the discussion", "be the first to comment", "write a comment",
  ]

  // MARK: - Shapes

  /// "Home › Blog › Relationships", "Home > Articles > Sleep": short, separated by chevrons, starting at home.
  private static func isBreadcrumb(_ line: String, words: [Substring]) -> Bool {
    guard words.count <= 10, words.first == "home" else { return false }
    return line.containsText("›") || line.containsText(" > ") || line.containsText("»") || line.containsText(" / ")
  }

  private static func isReadingTimeLine(_ lower: String, wordCount: Int) -> Bool {
    guard wordCount <= 14 else { return false }
    return readingTimeMarkers.contains { lower.containsText($0) }
  }

  /// "· John Smith · 2 min read", "By Jane Doe | March 3, 2024", "Written by Sam Lee".
  private static func isBylineLine(_ line: String, lower: String, words: [Substring]) -> Bool {
    if postedPrefixes.contains(where: { lower.hasPrefix($0) }), !lower.hasSuffix(".") {
      // "Posted by Ann Lee on November 19, 2019, 6:21 AM EST": the date and time add words, not prose.
      let dated = words.contains { $0.allSatisfy(\.isNumber) }
      if words.count <= 10 || (dated && words.count <= 16) { return true }
    }
    // "By Ann Lee on Monday, November 18th, 2019 at 11:04 a.m.": a date and a time add words, not prose.
    let dated = words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) } && lower.contains(":")
    guard words.count <= 12 || (dated && words.count <= 16) else { return false }
    let startsWithSeparator = line.first.map { "·•|—–-".contains($0) } ?? false
    if startsWithSeparator && (line.containsText("·") || line.containsText("|")) && words.count <= 8 { return true }
    guard let prefix = bylinePrefixes.first(where: { lower.hasPrefix($0) }) else { return false }
    let rest = line.dropFirst(prefix.count)
    let nameWords = rest.split(separator: " ").prefix(3)
    guard let first = nameWords.first?.first, first.isUppercase else { return false }
    // "By the way, …" and "By 2030 …" are prose: a byline names a person and has no sentence ending.
    return !lower.hasSuffix(".") || lower.containsText("|") || lower.containsText("·") || words.count <= 4
      || lower.hasSuffix("a.m.") || lower.hasSuffix("p.m.")
  }

  /// A call to subscribe that speaks to the reader: "Get the day's headlines in your inbox by subscribing to our
  /// newsletter.", "Click to subscribe!". A sentence that only mentions a newsletter or subscribers is prose.
  private static func isNewsletterPromo(_ lower: String, words: [Substring]) -> Bool {
    guard words.count <= maximumNewsletterWords, words.contains(where: { newsletterCalls.contains($0) }) else {
      return false
    }
    if let first = words.first, newsletterImperatives.contains(first) { return true }
    return words.contains { newsletterAddressees.contains($0) }
  }

  private static let newsletterCalls: Set<Substring> = [
    "newsletter", "newsletters", "subscribe", "subscribing", "subscribed",
  ]
  private static let newsletterImperatives: Set<Substring> = ["subscribe", "sign", "join", "get", "click", "enter"]
  private static let newsletterAddressees: Set<Substring> = ["you", "your", "you're", "our", "us", "click"]

  /// Newswire credits closing a story: "Reporting by Ann Lee; Editing by Tom Ray", "(Reporting by Ann Lee.)",
  /// "Jane Doe contributed to this report."
  private static func isCreditLine(_ line: String, lower: String) -> Bool {
    let opened = lower.hasPrefix("(") || lower.hasPrefix("[")
    let body = lower.drop { $0 == "(" || $0 == "[" }
    if let prefix = creditPrefixes.first(where: { body.hasPrefix($0) }) {
      // "Reporting by the Times showed …" is prose: a credit names people and is not a sentence.
      let named = line.drop { $0 == "(" || $0 == "[" }.dropFirst(prefix.count).first?.isUppercase == true
      return named && (opened || lower.containsText(";") || lower.containsText("editing by") || !lower.hasSuffix("."))
    }
    return lower.hasSuffix("contributed to this report.") || lower.hasSuffix("contributed to this report")
      || lower.hasSuffix("contributed reporting.")
  }

  private static let creditPrefixes = [
    "reporting by ", "additional reporting by ", "editing by ", "writing by ", "compiled by ",
  ]

  private static let categoryPrefixes = [
    "posted in ", "filed under", "filed in ", "categorised as", "categorized as", "published under", "categories:",
    "category:", "published in ",
  ]
  private static let tagPrefixes = ["tags:", "tagged:", "tagged with", "tags ·"]
  private static let adjacentPostMarkers = [
    "previous post", "next post", "previous article", "next article", "« previous", "next »", "← previous",
    "next →", "older post", "newer post", "prev post", "previous:", "next:",
  ]

  private static func isAdjacentPostLink(_ lower: String, words: [Substring]) -> Bool {
    guard words.count <= 14 else { return false }
    return adjacentPostMarkers.contains { lower.hasPrefix($0) } || lower == "previous" || lower == "next"
  }

  private static func isCopyrightLine(_ lower: String) -> Bool {
    (lower.hasPrefix("©") || lower.hasPrefix("copyright ©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright 20")
      || lower.hasPrefix("copyright 19"))
      || (lower.containsText("©") && lower.containsText("all rights reserved"))
      || lower.hasSuffix("all rights reserved.") && lower.count < 120
  }
}
