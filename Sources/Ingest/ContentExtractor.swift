import TextKit

/// Finds the element that holds the article and decides which elements are page chrome.
///
/// Three signals pick the container, strongest first: the page's own JSON-LD `articleBody` (the deepest
/// element holding most of the paragraphs it quotes), class/id and tag vocabularies (`itemprop=articleBody`,
/// `entry-content`, `<article>`, `<main>`), and text density (the deepest element holding most of the page's
/// prose paragraphs, link text left out). A vocabulary match that misses most of the prose loses to density.
struct ContentExtractor {
  /// Elements that never hold article text.
  static let droppedElements: Set<String> = [
    "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg", "button", "select", "input",
    "textarea", "object", "embed", "canvas", "video", "audio", "map", "dialog", "menu", "head", "title", "link",
    "meta", "label", "option", "figcaption", "figure",
  ]

  /// Class or id words of widgets and chrome, matched against whole words of the attribute.
  static let chromeWords: Set<String> = [
    "cookie", "cookies", "consent", "gdpr", "share", "sharing", "sharedaddy", "social", "related", "recommended",
    "comment", "comments", "disqus", "newsletter", "subscribe", "subscription", "signup", "sidebar", "widget",
    "widgets", "advert", "advertisement", "ad", "ads", "adsbygoogle", "sponsored", "promo", "breadcrumb", "breadcrumbs",
    "popup", "modal", "navbar", "nav", "navigation", "menu", "footer", "masthead", "skip", "pagination", "pager",
    "toolbar", "outbrain", "taboola", "banner", "hidden", "print", "tags", "tag-list", "author-bio", "bio", "meta-nav",
    "post-navigation", "nav-links", "site-header", "site-footer", "jump", "toc", "sr-only", "visually-hidden",
    "screen-reader-text", "wp-caption-text", "caption", "credit", "byline-bio", "dek", "standfirst", "subheading",
    "subtitle", "off-screen", "offscreen", "visuallyhidden", "screen-reader-only", "assistive-text",
  ]

  /// Parts of compound class words ("share-buttons", "site-footer") that mark chrome on their own; weaker
  /// words such as "widget" or "ad" count only as whole words, because page builders put them on containers.
  static let chromeParts: Set<String> = hoverParts.union([
    "cookie", "cookies", "consent", "gdpr", "share", "sharing", "social", "related", "recommended", "comment",
    "comments", "disqus", "newsletter", "subscribe", "subscription", "signup", "sidebar", "advert", "advertisement",
    "ads", "sponsored", "promo", "breadcrumb", "breadcrumbs", "popup", "modal", "navbar", "nav", "navigation", "menu",
    "footer", "masthead", "pagination", "pager", "outbrain", "taboola", "hidden", "tags", "trending", "recirc",
    "promoted", "paywall", "login", "caption", "credit", "credits", "copyright", "bio", "cta", "prev", "previous",
    "recent", "byline", "author", "avatar", "rating", "ratings", "timestamp", "teaser", "teasers", "lightbox",
    "gallery", "akismet", "noprint", "syndication", "viral", "popular", "reply", "respond", "sponsor", "tools",
    "signin", "feedback", "survey", "alert", "alerts", "ticker", "readmore", "dek", "standfirst", "subheading",
    "subtitle", "abstract", "dropdown",
  ])

  /// Parts of the class words of cards that open over a word of the text on hover ("rollover-people").
  static let hoverParts: Set<String> = ["rollover", "hovercard", "popover", "tooltip"]

  /// Parts that keep a compound word from reading as chrome ("content-with-sidebar", "post-comments-count").
  static let contentParts: Set<String> = [
    "article", "body", "content", "main", "post", "entry", "story", "text", "column", "container", "wrap",
    "wrapper", "inner", "page",
  ]

  /// Class or id words of article bodies, strongest first.
  static let contentTokens: [String] = [
    "articlebody", "article-body", "article__body", "articlecontent", "article-content", "entry-content",
    "post-content", "post-body", "postbody", "story-body", "storycontent", "story-content", "blog-post",
    "post-entry", "single-post", "content-body", "main-content", "page-content", "rich-text", "prose", "body-text",
    "article-text", "post-text", "entry", "post", "article", "content", "main",
  ]

  /// Rank of each content token in `contentTokens`, for lookups by word.
  private static let contentRanks: [String: Int] = Dictionary(
    uniqueKeysWithValues: contentTokens.enumerated().map { ($1, $0) })

  /// Elements that can hold a whole article, rather than one paragraph of it.
  static let containerElements: Set<String> = ["div", "section", "article", "main", "td", "center", "font"]

  let root: HTMLElement
  /// The text of the page's JSON-LD `articleBody`, when it has one.
  let articleBodyHint: String?

  private let body: HTMLElement
  /// Prose below each element with only structural chrome (tags, roles, hidden) left out: a class word
  /// never drops an element that holds much of the page's prose.
  private let structural: ParagraphUnits

  init(root: HTMLElement, articleBodyHint: String? = nil) {
    self.root = root
    self.articleBodyHint = articleBodyHint
    let body = root.firstDescendant { $0.name == "body" } ?? root
    self.body = body
    structural = ParagraphUnits(body: body, keepingText: false, isChrome: Self.isStructuralChrome)
  }

  /// The element whose blocks make the document.
  func container() -> HTMLElement {
    let paragraphs = ParagraphUnits(body: body, keepingText: articleBodyHint != nil, isChrome: isChrome)
    if let hinted = hintedContainer(paragraphs, body: body) { return hinted }
    let dense = paragraphs.deepestHolding(share: 0.7, of: { $0.isProse ? $0.letters : 0 }) ?? body
    var candidates: [(element: HTMLElement, priority: Int, score: Int)] = []
    for element in body.descendants(where: { _ in true }) {
      guard let priority = containerPriority(element), !isChrome(element) else { continue }
      let score = paragraphs.letters(below: element)
      if score > 0 { candidates.append((element, priority, score)) }
    }
    guard let best = candidates.map(\.score).max(), best > 0 else { return dense }
    let bodyScore = paragraphs.letters(below: body)
    // The highest priority candidate that holds a fair share of the best one's text.
    // The candidate holding the page's title heading is the post even when a related box beside it holds more
    // text; between candidates of one priority it wins.
    let title = body.firstDescendant { $0.name == "h1" && !isChrome($0) }
    let holdsTitle = Set(
      candidates.filter { title?.isDescendant(of: $0.element) == true }.map { ObjectIdentifier($0.element) })
    let strong = candidates.filter {
      let titled = holdsTitle.contains(ObjectIdentifier($0.element))
      return $0.score * (titled ? 4 : 2) >= best && $0.score * (titled ? 10 : 5) >= bodyScore
    }
    guard
      let chosen = strong.min(by: { lhs, rhs in
        if lhs.priority != rhs.priority { return lhs.priority < rhs.priority }
        let left = holdsTitle.contains(ObjectIdentifier(lhs.element))
        let right = holdsTitle.contains(ObjectIdentifier(rhs.element))
        return left != right ? left : lhs.score > rhs.score
      })
    else { return dense }
    // A named container that misses most of the page's prose is a teaser or a widget: density wins.
    let prose = paragraphs.proseLetters(below: body)
    let share = holdsTitle.contains(ObjectIdentifier(chosen.element)) ? 5 : 2
    if paragraphs.proseLetters(below: chosen.element) * share < prose, dense !== body { return dense }
    return chosen.element
  }

  /// The link a hover card opens from, when `element` is such a card wrapped around its trigger
  /// (`<span class="rollover"><a>Ilhan Omar</a><span>…card…</span></span>`): the trigger is a word of the sentence.
  func hoverTrigger(of element: HTMLElement) -> HTMLElement? {
    let parts = element.classWords.flatMap { $0.split(whereSeparator: { $0 == "-" || $0 == "_" }) }
    guard parts.contains(where: { Self.hoverParts.contains(String($0)) }) else { return nil }
    for child in element.children {
      switch child {
      case .element(let first): return first.name == "a" ? first : nil
      case .text(let text): if !text.scalars.allSatisfy(\.properties.isWhitespace) { return nil }
      case .comment: continue
      }
    }
    return nil
  }

  /// True for elements that are page furniture wherever they stand.
  func isChrome(_ element: HTMLElement) -> Bool {
    if let verdict = element.chromeVerdict { return verdict }
    let verdict = judgeChrome(element)
    element.chromeVerdict = verdict
    return verdict
  }

  // MARK: - Private

  private func judgeChrome(_ element: HTMLElement) -> Bool {
    if Self.isStructuralChrome(element) { return true }
    // Some frameworks wrap the whole page in one <form>: like a class word, it drops only what is not prose.
    guard element.name == "form" || isChromeByClass(element) else { return false }
    // Layout wrappers carry words like "sidebar-fixed" or "modal-enabled" too: keep what holds the prose.
    let prose = structural.proseLetters(below: element)
    return prose == 0 || prose * 5 < structural.proseLetters(below: body) * 2
  }

  private static func isStructuralChrome(_ element: HTMLElement) -> Bool {
    if element.role.isDropped, element.name != "form" { return true }
    if let role = element.attribute("role")?.lowercased(),
      ["navigation", "complementary", "contentinfo", "banner", "search", "dialog", "menu", "menubar"].contains(role)
    {
      return true
    }
    if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" { return true }
    if let style = element.attribute("style")?.lowercased().replacingSpaces(),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    return false
  }

  private func isChromeByClass(_ element: HTMLElement) -> Bool {
    let words = element.classWords
    guard !words.isEmpty else { return false }
    // A body container may carry a chrome word too ("post has-sidebar"): judge it by its text instead.
    let strongContent = Self.contentTokens.prefix(20)
    if let rank = contentRank(element), rank < strongContent.count { return false }
    if element.attribute("itemprop")?.lowercased() == "articlebody" { return false }
    for word in words + Self.humpedWords(of: element) {
      if Self.chromeWords.contains(word) { return true }
      // In block__element names ("content-header__dek", "article__byline") the element names the thing;
      // the block only says where it sits.
      // Most words hold no "__": a byte search says so without splitting them.
      let named = word.containsText("__") ? word.split(separator: "__").last ?? word[...] : word[...]
      let parts = named.split(whereSeparator: { $0 == "-" || $0 == "_" })
      guard parts.count > 1 || named.count < word.count else { continue }
      if parts.contains(where: { Self.chromeParts.contains(String($0)) }),
        !parts.contains(where: { Self.contentParts.contains(String($0)) })
      {
        return true
      }
    }
    return false
  }

  /// Class and id words written in camelCase ("PromoSmall", "newsCaption"), split at their humps with hyphens
  /// and lower-cased, so that their parts read like those of "promo-small" or "news-caption".
  private static func humpedWords(of element: HTMLElement) -> [String] {
    var raw = (element.attribute("class") ?? "") + " " + (element.attribute("id") ?? "")
    if let words = raw.withUTF8(asciiHumpedWords) { return words }
    guard raw.contains(where: \.isUppercase) else { return [] }
    var words: [String] = []
    for word in raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
      var split = ""
      var afterLowercase = false
      var humped = false
      for character in word {
        if character.isUppercase, afterLowercase {
          split.append("-")
          humped = true
        }
        afterLowercase = character.isLowercase
        split.append(contentsOf: character.lowercased())
      }
      if humped { words.append(split) }
    }
    return words
  }

  /// `humpedWords` of ASCII without carriage returns, where a Character is a byte and upper and lower case
  /// are byte ranges; nil for other text ("\r\n" is one Character, which the split does not cut).
  private static func asciiHumpedWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    guard ASCIIText.isASCII(bytes), !bytes.contains(0x0D) else { return nil }
    guard bytes.contains(where: { $0 &- 0x41 < 26 }) else { return [] }
    var words: [String] = []
    var split: [UInt8] = []
    var afterLowercase = false
    var humped = false
    for byte in bytes {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A {
        if humped { words.append(String(decoding: split, as: UTF8.self)) }
        split.removeAll(keepingCapacity: true)
        afterLowercase = false
        humped = false
        continue
      }
      let isUppercase = byte &- 0x41 < 26
      if isUppercase, afterLowercase {
        split.append(0x2D)
        humped = true
      }
      afterLowercase = byte &- 0x61 < 26
      split.append(isUppercase ? byte | 0x20 : byte)
    }
    if humped { words.append(String(decoding: split, as: UTF8.self)) }
    return words
  }

  private func containerPriority(_ element: HTMLElement) -> Int? {
    if element.attribute("itemprop")?.lowercased() == "articlebody" { return 0 }
    let rank = contentRank(element)
    if let rank, rank < 20 { return 1 }
    if element.name == "article" { return 2 }
    if element.name == "main" || element.attribute("role")?.lowercased() == "main" { return 3 }
    if let rank, element.name == "div" || element.name == "section" { return 4 + rank - 20 }
    return nil
  }

  /// The best rank in `contentTokens` among the element's class and id words and their parts, computed once.
  private func contentRank(_ element: HTMLElement) -> Int? {
    if let cached = element.contentRank { return cached >= 0 ? cached : nil }
    var best = Int.max
    for word in element.classWords {
      if let rank = Self.contentRanks[word] { best = min(best, rank) }
      guard word.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }) else { continue }
      for part in word.split(whereSeparator: { $0 == "-" || $0 == "_" }) {
        if let rank = Self.contentRanks[String(part)] { best = min(best, rank) }
      }
    }
    element.contentRank = best == .max ? -1 : best
    return best == .max ? nil : best
  }

  /// The deepest element holding most of the paragraphs that the page's JSON-LD `articleBody` quotes.
  private func hintedContainer(_ paragraphs: ParagraphUnits, body: HTMLElement) -> HTMLElement? {
    guard let hint = articleBodyHint else { return nil }
    let shingles = WordShingles(hint)
    guard shingles.count >= 30 else { return nil }
    var matched = 0
    let found = paragraphs.deepestHolding(share: 0.8) { unit in
      guard unit.letters >= 20, shingles.coverage(of: unit.text) >= 0.5 else { return 0 }
      matched += unit.letters
      return unit.letters
    }
    // The hint must describe this page's text, not a summary of it.
    guard var found, matched * 3 >= shingles.letters, found !== body else { return nil }
    // A short hint quotes one paragraph: the article is the element around it.
    while !Self.containerElements.contains(found.name), let parent = found.parent, parent !== body { found = parent }
    return found
  }
}

extension String {
  fileprivate func replacingSpaces() -> String {
    String(unicodeScalars.filter { $0 != " " })
  }
}
