import ContentModel
import TextKit

/// Paragraph-level boilerplate inside the article container: the kicker and breadcrumbs above the title,
/// date lines, headings that are only links to other posts, and the related-posts, tags or comments
/// section that closes many articles. What a reader would call part of the page stays as residue, so that
/// rules can flag it; link-only teasers are dropped like the link lists around them.
struct ArticleTrimmer {
  /// Metadata titles to recognise the title heading by (`og:title`, the page's `<title>`, JSON-LD headline).
  let titleCandidates: [String]
  /// The page's own summary (`description`, `og:description`), often repeated as a standfirst under the title.
  var summary: String?

  /// How many post teasers the blocks hold when they read as a blog index rather than one article: three or
  /// more headings that are links, each followed by a short excerpt, with most of the text under them (an
  /// article's related-posts box holds little text next to the article above it). Nil for an article.
  /// `scalarCounts` are the scalars of each block's text when the caller knows them (see `trim`).
  func teaserCount(in blocks: [Block], scalarCounts: [Int]? = nil) -> Int? {
    let scalarCounts = scalarCounts ?? blocks.map { UTF8Scalar.count(in: $0.text) }
    var teasers = 0
    var underTeasers = 0
    var total = 0
    var beforeTeasers = 0
    var segment: Int?  // blocks under the current teaser heading
    var longestSegment = 0
    // By index, reading single fields: only headings are copied out of the array, to be looked at whole.
    for index in blocks.indices where blocks[index].role == .content {
      if blocks[index].kind == .heading {
        if isLinkOnlyHeading(blocks[index], length: scalarCounts[index]) {
          teasers += 1
          segment = 0
          continue
        }
        segment = nil
      }
      let letters = scalarCounts[index]
      total += letters
      if teasers == 0 { beforeTeasers += letters }
      if let count = segment {
        underTeasers += letters
        segment = count + 1
        longestSegment = max(longestSegment, count + 1)
      }
    }
    guard teasers >= 3, underTeasers * 5 >= total * 3, beforeTeasers * 4 < total, longestSegment <= 4 else {
      return nil
    }
    return teasers
  }

  /// The trimmed blocks and the index of the title heading among them, when there is one. `scalarCounts` are
  /// the scalars of each block's text when the caller knows them (for blocks built from a page, the length of
  /// each source map: one source position per scalar); they are counted here otherwise.
  func trim(_ blocks: [Block], scalarCounts: [Int]? = nil) -> (blocks: [Block], title: Int?) {
    let scalarCounts = scalarCounts ?? blocks.map { UTF8Scalar.count(in: $0.text) }
    var result: [Block] = []
    var lengths: [Int] = []
    result.reserveCapacity(blocks.count)
    lengths.reserveCapacity(blocks.count)
    for index in blocks.indices where !isLinkOnlyHeading(blocks[index], length: scalarCounts[index]) && !isBareNumber(blocks[index]) {
      result.append(blocks[index])
      lengths.append(scalarCounts[index])
    }
    let title = titleIndex(in: result, lengths: lengths)
    if let title, result[title].kind != .heading {
      // A title styled as a paragraph (`<p class="title">`) is the page's heading all the same.
      result[title].kind = .heading
      result[title].level = 1
    }
    if let title {
      for index in 0..<title where result[index].role == .content { result[index].role = .residue }
      markHeaderZone(after: title, in: &result, lengths: lengths)
    }
    // After a "Related posts" or "Comments" heading, short blocks and teasers are that section's furniture;
    // a new heading or a real paragraph shows the article going on (inline "Related:" boxes are common).
    let totalLetters = result.indices.reduce(0) { $0 + (result[$1].role == .content ? lengths[$1] : 0) }
    var lettersSoFar = 0
    let beforeClosing = result
    var closed = false
    var closedForGood = false
    for index in result.indices {
      defer { if result[index].role == .content { lettersSoFar += lengths[index] } }
      if index == title { continue }
      let block = result[index]
      // A "Read more" button between paragraphs is a link label, not a section heading.
      let shortLine =
        block.kind == .paragraph && SpaceSeparatedWords.count(in: block.text, upTo: 6) <= 6
        && ResidueClassifier.classify(block.text) != .navigation
      // Closing sections come after the article: a marker in its first part is an inline box.
      if block.kind == .heading || shortLine, lettersSoFar * 2 >= totalLetters, Self.closesArticle(block.text) {
        closed = true
        closedForGood = closedForGood || Self.opensComments(block.text)
        result[index].role = .residue
        continue
      }
      if closed, !closedForGood {
        if block.kind == .heading || (lengths[index] >= 150 && !Self.isMostlyLink(block, length: lengths[index])) {
          closed = false
        }
      }
      if closed {
        result[index].role = .residue
      } else if block.kind != .heading, block.kind != .quote, Self.isDateline(block.text) || Self.isLabel(block.text) {
        result[index].role = .residue
      }
    }
    // Trimming never leaves a page with no article: the markers were wrong, keep what they would have hidden.
    if !result.contains(where: { $0.role == .content }) { result = beforeClosing }
    return (result, title)
  }

  // MARK: - Title

  /// The heading that titles the post: one matching a metadata title, or a level-1 heading, standing before
  /// the first long paragraph.
  private func titleIndex(in blocks: [Block], lengths: [Int]) -> Int? {
    let wanted = Set(titleCandidates.map(Self.normalised).filter { !$0.isEmpty })
    var firstH1: Int?
    var proseAbove = false
    for (index, block) in blocks.enumerated() {
      let length = lengths[index]
      if block.kind != .heading, block.role == .content, length >= 200 { break }
      let text = Self.normalised(block.text)
      guard block.kind == .heading else {
        // Only a paragraph that is exactly a metadata title, above the prose, stands for the title heading; one
        // further down captions a video or a quote of the post.
        if block.kind == .paragraph, block.role == .content, text.count > 20, wanted.contains(text), !proseAbove {
          return index
        }
        if block.role == .content, length >= 80, Self.endsSentence(block.text) {
          proseAbove = true
        }
        continue
      }
      if wanted.contains(text) || wanted.contains(where: { $0.count > 20 && ($0.hasPrefix(text) || text.hasPrefix($0)) })
        && text.count > 20
      {
        return index
      }
      if block.level == 1, firstH1 == nil { firstH1 = index }
    }
    return firstH1
  }

  /// Between the title and the first paragraph of prose sit the standfirst, bylines, dates and credits:
  /// short lines and a repeat of the page's summary are the header's, not the article's.
  private func markHeaderZone(after title: Int, in blocks: inout [Block], lengths: [Int]) {
    let summary = summary.map(Self.normalised) ?? ""
    var index = title + 1
    while index < blocks.count {
      let block = blocks[index]
      let length = lengths[index]
      let text = Self.normalised(block.text)
      let repeatsSummary = summary.count > 20 && (text == summary || summary.hasPrefix(text) && text.count > 40)
      if repeatsSummary, block.kind == .heading {
        blocks[index].role = .residue
      } else if block.kind == .heading || length >= 100 {
        return
      } else if length < 50, block.kind == .paragraph, !Self.endsSentence(block.text) {
        blocks[index].role = .residue
      } else {
        return
      }
      index += 1
    }
  }

  /// Bylines and dates end without a full stop; a short sentence of the article ends with one.
  static func endsSentence(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    return ".!?。！？…\"”'’)".unicodeScalars.contains(last)
  }

  /// The text lower-cased, its runs of letters and digits joined by single spaces ("Tags: Food & Drink" →
  /// "tags food drink").
  static func normalised(_ text: String) -> String {
    var text = text
    if let ascii = text.withUTF8(asciiNormalised) { return ascii }
    var result = ""
    var gap = false
    for character in text.lowercased() {
      // An ASCII Character ("\r\n" included) is a letter or digit exactly when its byte is one.
      let isWordCharacter =
        if let byte = character.asciiValue { isASCIILetterOrDigit(byte) } else { character.isLetter || character.isNumber }
      if isWordCharacter {
        if gap, !result.isEmpty { result.unicodeScalars.append(" ") }
        gap = false
        result.append(character)
      } else {
        gap = true
      }
    }
    return result
  }

  /// `normalised` of ASCII bytes, where lower-casing and the letter test are byte operations; nil for other text.
  private static func asciiNormalised(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard ASCIIText.isASCII(bytes) else { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { output in
      var count = 0
      var gap = false
      for byte in bytes {
        let lower = asciiLowercased(byte)
        guard isASCIILetterOrDigit(lower) else {
          gap = true
          continue
        }
        if gap, count > 0 {
          output[count] = 0x20
          count += 1
        }
        gap = false
        output[count] = lower
        count += 1
      }
      return count
    }
  }

  private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }

  private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    byte &- 0x61 < 26 || byte &- 0x41 < 26 || byte &- 0x30 < 10
  }

  // MARK: - Furniture

  /// `length`: the scalars of the block's text.
  private func isLinkOnlyHeading(_ block: Block, length: Int) -> Bool {
    block.kind == .heading && Self.linkedScalars(block) * 10 >= length * 9
  }

  private static func isMostlyLink(_ block: Block, length: Int) -> Bool {
    linkedScalars(block) * 2 >= length
  }

  private static func linkedScalars(_ block: Block) -> Int {
    block.inlines.reduce(into: 0) { total, span in
      if case .link = span.kind { total += span.range.count }
    }
  }

  private static func opensComments(_ heading: String) -> Bool {
    let text = normalised(heading)
    return ["comments", "leave a", "tell us what", "reader comments", "join the discussion"].contains {
      text == $0 || text.hasPrefix($0 + " ") || text.hasSuffix(" comments")
    }
  }

  /// "4", "1 2 3 4 5", "1 of 6", "1 - 5 of 36": counters of a ranked list, a pager or a slide show.
  private func isBareNumber(_ block: Block) -> Bool {
    var text = block.text
    if let verdict = text.withUTF8(Self.asciiIsBareNumber) { return verdict }
    if block.text.unicodeScalars.allSatisfy({ $0.properties.numericType != nil || $0 == " " || $0 == "." }) {
      return true
    }
    // A letter that is neither a digit nor one of "of" belongs to a word that is neither: prose ends here.
    let hasOtherLetter = block.text.lowercased().contains { character in
      (character.isLetter || character.isNumber) && !character.isNumber && character != "o" && character != "f"
    }
    if hasOtherLetter { return false }
    let words = Self.normalised(block.text).split(separator: " ")
    return words.count <= 5 && words.contains("of") && words.allSatisfy { $0 == "of" || $0.allSatisfy(\.isNumber) }
  }

  /// `isBareNumber` of ASCII bytes, word by word without building the words, stopping at the first that
  /// rules it out; nil for other text.
  private static func asciiIsBareNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard ASCIIText.isASCII(bytes) else { return nil }
    if bytes.allSatisfy({ $0 &- 0x30 < 10 || $0 == 0x20 || $0 == 0x2E }) { return true }
    var words = 0
    var hasOf = false
    var index = 0
    while index < bytes.count {
      guard isASCIILetterOrDigit(bytes[index]) else {
        index += 1
        continue
      }
      var end = index
      var allDigits = true
      while end < bytes.count, isASCIILetterOrDigit(bytes[end]) {
        if bytes[end] &- 0x30 >= 10 { allDigits = false }
        end += 1
      }
      words += 1
      let isOf = end - index == 2 && asciiLowercased(bytes[index]) == 0x6F && asciiLowercased(bytes[index + 1]) == 0x66
      guard words <= 5, isOf || allDigits else { return false }
      hasOf = hasOf || isOf
      index = end
    }
    return hasOf
  }

  /// Headings after which a page lists other posts, tags or comments rather than the article.
  static func closesArticle(_ heading: String) -> Bool {
    if let kind = ResidueClassifier.classify(heading), [.related, .comments, .tags].contains(kind) { return true }
    let text = normalised(heading)
    let openings = [
      "related", "you may like", "you might like", "you may also", "you might also", "more from", "more stories",
      "more on this", "read more", "recommended", "popular", "most popular", "most read", "trending", "latest news",
      "comments", "tags", "leave a", "share this", "about the author", "tell us what", "also read", "see also",
      "what to read next", "more in", "further reading",
    ] + Self.foreignOpenings
    let words = text.split(separator: " ")
    guard words.count <= 8 else { return false }
    if words.count <= 5, words.first == "more", let last = words.last,
      ["stories", "articles", "news", "posts", "reading", "videos"].contains(last)
    {
      return true
    }
    return openings.contains { text == $0 || text.hasPrefix($0 + " ") }
  }

  /// The same closing headings in the other languages most blogs are written in: related posts, "read also",
  /// most popular, comments and reviews, tags.
  private static let foreignOpenings = [
    // German
    "ähnliche artikel", "ähnliche beiträge", "das könnte sie auch interessieren", "mehr zum thema", "lesen sie auch",
    "weitere artikel", "kommentare", "schlagworte",
    // French
    "articles similaires", "articles liés", "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet",
    "vous aimerez aussi", "commentaires", "les plus lus",
    // Spanish and Portuguese
    "artículos relacionados", "noticias relacionadas", "te puede interesar", "también te puede interesar",
    "lo más leído", "comentarios", "etiquetas", "artigos relacionados", "notícias relacionadas", "posts relacionados",
    "leia também", "leia mais", "veja também", "mais lidas", "comentários",
    // Italian
    "articoli correlati", "potrebbe interessarti", "leggi anche", "i più letti", "commenti",
    // Dutch
    "gerelateerde artikelen", "lees ook", "meest gelezen", "reacties",
    // Indonesian
    "artikel terkait", "baca juga", "berita terkait", "terpopuler", "komentar",
    // Russian
    "похожие статьи", "похожие записи", "читайте также", "читать также", "самые популярные", "популярное",
    "комментарии", "отзывы", "добавить отзыв", "метки", "теги",
  ]

  /// Labels of page widgets left between paragraphs: "Advertisement", "Featured Video", "Explore further".
  static func isLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 30 || UTF8Scalar.count(in: text) <= 30 else { return false }
    return [
      "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "featured video", "subscribe",
      "explore further", "close", "caption", "image", "photo", "credit", "enlarge", "enlarge this image",
      "skip advertisement", "story continues below advertisement", "continue reading", "watch", "video",
      "listen", "play", "share", "print", "email", "loading", "click here", "anzeige", "werbung", "publicité",
      "publicidad", "publicidade", "pubblicità", "advertentie", "iklan", "реклама",
    ].contains(normalised(text))
  }

  private static let months: Set<String> = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
  ]

  /// A short line made of a date, a time and a few words around them ("Updated 3:27 am PST, Wednesday,
  /// November 20, 2019", "05/10/2018 - Publicado por: …").
  static func isDateline(_ text: String) -> Bool {
    // Over 480 bytes is over 120 scalars: most paragraphs are turned away before their text is read.
    guard text.utf8.count <= 480 else { return false }
    let scalarCount = UTF8Scalar.count(in: text)
    guard scalarCount <= 120 else { return false }
    // In ASCII text a Character is a byte, and the byte search finds what the Character search does.
    let ascii = ASCIIText.isASCII(text)
    // Fields strung with separators ("05/10/2018 - Published by: … - Category: …") run a little longer.
    let fielded =
      ascii ? text.containsText(" - ") || text.containsText("|") : text.contains(" - ") || text.contains("|")
    guard scalarCount <= (fielded ? 120 : 90) else { return false }
    let words = normalised(text).split(separator: " ").map(String.init)
    guard !words.isEmpty, words.count <= 14 else { return false }
    let hasMonth = words.contains { months.contains($0) }
    let hasYear = words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) && ($0.hasPrefix("19") || $0.hasPrefix("20")) }
    let hasDateSeparator =
      ascii ? text.utf8.contains { $0 == 0x2F || $0 == 0x2E || $0 == 0x2D } : text.contains { $0 == "/" || $0 == "." || $0 == "-" }
    let hasNumericDate = hasDateSeparator && words.contains { word in
      word.allSatisfy(\.isNumber) && (word.count == 4 || word.count == 8)
    }
    let hasColon = ascii ? text.utf8.contains(0x3A) : text.contains(":")
    let hasTime = hasColon && words.contains { $0 == "am" || $0 == "pm" || $0.allSatisfy(\.isNumber) }
    let numbers = words.count { $0.allSatisfy(\.isNumber) }
    guard (hasMonth && (hasYear || hasTime)) || hasNumericDate || (hasYear && hasTime) else { return false }
    // Mostly date parts: a sentence that mentions a date has many more words than numbers.
    return numbers * 3 >= words.count || words.count <= 8 || fielded
  }
}
