/// Finds the element that holds the article and decides which elements are page chrome.
struct ContentExtractor {
  /// Elements that never hold article text.
  static let droppedElements: Set<String> = [
    "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg", "button", "select", "input",
    "textarea", "object", "embed", "canvas", "video", "audio", "map", "dialog", "menu", "head", "title", "link",
    "meta", "label", "option",
  ]

  /// Class or id words of widgets and chrome (matched against whole words of the attribute).
  static let chromeTokens: Set<String> = [
    "cookie", "cookies", "consent", "gdpr", "share", "sharing", "sharedaddy", "social", "related", "recommended",
    "comment", "comments", "disqus", "newsletter", "subscribe", "subscription", "signup", "sidebar", "widget",
    "widgets", "advert", "advertisement", "ad", "ads", "adsbygoogle", "sponsored", "promo", "breadcrumb",
    "breadcrumbs", "popup", "modal", "navbar", "nav", "navigation", "menu", "footer", "masthead", "skip",
    "pagination", "pager", "toolbar", "outbrain", "taboola", "banner", "hidden", "print", "tags", "tag-list",
    "author-bio", "bio", "meta-nav", "post-navigation", "nav-links", "site-header", "site-footer", "jump", "toc",
  ]

  /// Class or id words of article bodies, strongest first.
  static let contentTokens: [String] = [
    "articlebody", "article-body", "article__body", "articlecontent", "article-content", "entry-content",
    "post-content", "post-body", "postbody", "story-body", "storycontent", "story-content", "blog-post",
    "post-entry", "single-post", "content-body", "main-content", "page-content", "rich-text", "prose", "body-text",
    "article-text", "post-text", "entry", "post", "article", "content", "main",
  ]

  let root: HTMLElement

  /// The element whose blocks make the document: the best-scoring candidate container, or the body.
  func container() -> HTMLElement {
    let body = root.firstDescendant { $0.name == "body" } ?? root
    var candidates: [(element: HTMLElement, priority: Int, score: Int)] = []
    for element in body.descendants(where: { _ in true }) {
      guard let priority = containerPriority(element), !isChrome(element) else { continue }
      let score = textScore(element)
      if score > 0 { candidates.append((element, priority, score)) }
    }
    let bodyScore = textScore(body)
    guard let best = candidates.map(\.score).max(), best > 0 else { return body }
    // The highest priority candidate that holds a fair share of the best one's text.
    let strong = candidates.filter { $0.score * 2 >= best && $0.score * 5 >= bodyScore }
    let chosen = strong.min { lhs, rhs in
      lhs.priority != rhs.priority ? lhs.priority < rhs.priority : lhs.score > rhs.score
    }
    return chosen?.element ?? body
  }

  /// True for elements that are page furniture wherever they stand.
  func isChrome(_ element: HTMLElement) -> Bool {
    if Self.droppedElements.contains(element.name) { return true }
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
    let tokens = element.classTokens
    guard !tokens.isEmpty else { return false }
    // A body container may carry a chrome word too ("post has-sidebar"): judge it by its text instead.
    if tokens.contains(where: { Self.contentTokens.prefix(20).contains($0) }) { return false }
    return !tokens.isDisjoint(with: Self.chromeTokens)
  }

  // MARK: - Private

  private func containerPriority(_ element: HTMLElement) -> Int? {
    if element.attribute("itemprop")?.lowercased() == "articlebody" { return 0 }
    let tokens = element.classTokens
    if let index = Self.contentTokens.firstIndex(where: { tokens.contains($0) }), index < 20 { return 1 }
    if element.name == "article" { return 2 }
    if element.name == "main" || element.attribute("role")?.lowercased() == "main" { return 3 }
    if let index = Self.contentTokens.firstIndex(where: { tokens.contains($0) }), element.name == "div" || element.name == "section" {
      return 4 + index - 20
    }
    return nil
  }

  /// Letters of paragraph-like text below an element, link text and chrome left out.
  private func textScore(_ element: HTMLElement) -> Int {
    var score = 0
    var stack: [(HTMLNode, Bool)] = element.children.reversed().map { ($0, false) }
    while let (node, inLink) = stack.popLast() {
      switch node {
      case .element(let child):
        if isChrome(child) { continue }
        let link = inLink || child.name == "a"
        stack.append(contentsOf: child.children.reversed().map { ($0, link) })
      case .text(let text):
        if !inLink { score += text.scalars.count { $0.properties.isAlphabetic } }
      case .comment: break
      }
    }
    return score
  }
}

extension String {
  fileprivate func replacingSpaces() -> String {
    String(unicodeScalars.filter { $0 != " " })
  }
}
