import ContentModel
import Foundation
import TextKit

/// Reads title, byline, date, language, canonical URL and description from a parsed page.
struct HTMLMetadata {
  let root: HTMLElement
  let container: HTMLElement
  let jsonLD: JSONLinkedData

  func read() -> Metadata {
    let head = root.firstDescendant { $0.name == "head" } ?? root
    let metas = root.descendants { $0.name == "meta" }
    func meta(_ key: String) -> String? {
      metas.first { ($0.attribute("property") ?? $0.attribute("name") ?? $0.attribute("itemprop"))?.lowercased() == key }?
        .attribute("content")?.trimming().nonEmpty
    }
    var metadata = Metadata()
    let heading = container.firstDescendant { $0.name == "h1" }?.textContent.nonEmpty
      ?? root.firstDescendant { $0.name == "h1" }?.textContent.nonEmpty
    let declared = meta("og:title") ?? jsonLD.string("headline")
    metadata.canonicalURL =
      root.firstDescendant { $0.name == "link" && $0.attribute("rel")?.lowercased() == "canonical" }?.attribute("href")
      ?? meta("og:url")
    let siteNames = [meta("og:site_name"), meta("application-name"), metadata.canonicalURL.flatMap(Self.siteName)]
    metadata.title =
      declared.map { Self.withoutSiteName($0, siteNames: siteNames.compactMap { $0 }, heading: heading) } ?? heading
      ?? head.firstDescendant { $0.name == "title" }.map { Self.withoutSiteName($0.textContent) }?.nonEmpty
    metadata.byline =
      meta("author") ?? jsonLD.author() ?? root.firstDescendant { $0.attribute("rel")?.lowercased() == "author" }?.textContent.nonEmpty
      ?? root.firstDescendant { $0.attribute("itemprop")?.lowercased() == "author" }?.textContent.nonEmpty
      ?? container.firstDescendant { $0.classTokens.contains { $0 == "byline" || $0 == "author" } }.flatMap {
        TextIngester.name(inByline: $0.textContent)
      }
    metadata.date =
      meta("article:published_time") ?? jsonLD.string("datePublished")
      ?? container.firstDescendant { $0.name == "time" }?.attribute("datetime")?.nonEmpty
      ?? root.firstDescendant { $0.name == "time" }?.attribute("datetime")?.nonEmpty ?? meta("date")
    if let lang = root.firstDescendant(where: { $0.name == "html" })?.attribute("lang") ?? meta("og:locale") {
      metadata.lang = LanguageTag.canonical(lang.replacingUnderscores())
    }
    metadata.description = meta("description") ?? meta("og:description")
    return metadata
  }

  /// Every title the page declares, to recognise the title heading among the blocks.
  func titleCandidates() -> [String] {
    let metas = root.descendants { $0.name == "meta" }
    var titles = metas.filter {
      ["og:title", "twitter:title", "headline"].contains(($0.attribute("property") ?? $0.attribute("name") ?? $0.attribute("itemprop"))?.lowercased() ?? "")
    }.compactMap { $0.attribute("content") }
    if let headline = jsonLD.string("headline") { titles.append(headline) }
    if let title = root.firstDescendant(where: { $0.name == "title" })?.textContent {
      titles.append(title)
      titles.append(Self.withoutSiteName(title))
    }
    return titles + titles.map(Self.withoutSiteName)
  }

  /// A declared title with the site's name or a section label cut off ("Opinion | Ferries Need a Rethink - Coast
  /// News" → "Ferries Need a Rethink"), when the cut part names the site or what is left is the page's own heading;
  /// a title whose parts are all the headline's ("Plague: a third case – 'panic begins'") is kept whole.
  static func withoutSiteName(_ title: String, siteNames: [String], heading: String?) -> String {
    let sites = Set(siteNames.map(compact).filter { !$0.isEmpty })
    let heading = heading.map(compact)
    var title = title
    // "Opinion | Headline - Site" takes two cuts; a title with thousands of separators gets no more than three.
    for _ in 0..<3 {
      guard let cut = oneCut(title, sites: sites, heading: heading) else { return title }
      if heading == compact(cut) { return cut }
      title = cut
    }
    return title
  }

  /// The title less one end part that names the site or leaves the page's heading, when it has such a part.
  private static func oneCut(_ title: String, sites: Set<String>, heading: String?) -> String? {
    for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " » "] {
      guard let first = title.range(of: separator), let last = title.range(of: separator, options: .backwards) else {
        continue
      }
      let splits = [
        (title[..<last.lowerBound], title[last.upperBound...]),
        (title[first.upperBound...], title[..<first.lowerBound]),
      ]
      for (kept, cut) in splits where sites.contains(compact(String(cut))) || heading == compact(String(kept)) {
        return kept.trimmingCharacters(in: .whitespaces)
      }
    }
    return nil
  }

  /// "https://www.9to5mac.com/2019/…" → "9to5mac".
  private static func siteName(_ url: String) -> String? {
    guard let host = URL(string: url)?.host?.lowercased() else { return nil }
    let labels = host.split(separator: ".").filter { $0 != "www" }
    return labels.count >= 2 ? String(labels[labels.count - 2]) : labels.first.map(String.init)
  }

  /// Letters and digits only, lower-cased: "Sportsnet.ca" and "The Anti-June Cleaver" compare with host names.
  private static func compact(_ text: String) -> String {
    String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
  }

  /// "Understanding Therapy | Harbor Blog" → "Understanding Therapy".
  static func withoutSiteName(_ title: String) -> String {
    asciiWithoutSiteName(title) ?? searchedWithoutSiteName(title)
  }

  /// `withoutSiteName` for any text, through Foundation's search.
  static func searchedWithoutSiteName(_ title: String) -> String {
    for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " » "] where title.contains(separator) {
      let parts = title.components(separatedBy: separator)
      return parts.max { $0.count < $1.count } ?? title
    }
    return title
  }

  /// `withoutSiteName` of ASCII text without carriage returns, where every Character is one byte and only the ASCII
  /// separators can occur: split on the bytes rather than through Foundation's search. Nil for other text.
  static func asciiWithoutSiteName(_ title: String) -> String? {
    let original = title
    var title = title
    return title.withUTF8 { bytes -> String? in
      for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
      for separator in [" | ", " - ", " :: "] {
        let needle = Array(separator.utf8)
        // Parts between occurrences found left to right without overlap, as `components(separatedBy:)` cuts.
        var parts: [UnsafeBufferPointer<UInt8>] = []
        var partStart = 0
        var index = 0
        while index + needle.count <= bytes.count {
          if bytes[index] == needle[0], (1..<needle.count).allSatisfy({ bytes[index + $0] == needle[$0] }) {
            parts.append(UnsafeBufferPointer(rebasing: bytes[partStart..<index]))
            index += needle.count
            partStart = index
          } else {
            index += 1
          }
        }
        guard !parts.isEmpty else { continue }
        parts.append(UnsafeBufferPointer(rebasing: bytes[partStart...]))
        // The first of the longest parts, as `max(by:)` keeps.
        var longest = parts[0]
        for part in parts.dropFirst() where part.count > longest.count { longest = part }
        return String(decoding: longest, as: UTF8.self)
      }
      return original
    }
  }
}

/// The JSON-LD blocks of a page, searched for article properties.
struct JSONLinkedData {
  private let objects: [[String: Any]]

  init(root: HTMLElement) {
    var objects: [[String: Any]] = []
    for script in root.descendants(where: { $0.name == "script" && $0.attribute("type")?.lowercased() == "application/ld+json" }) {
      let text = script.children.compactMap { node -> String? in
        if case .text(let text) = node { return String(String.UnicodeScalarView(text.scalars)) }
        return nil
      }.joined()
      guard let data = text.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data) else { continue }
      Self.collect(json, into: &objects)
    }
    self.objects = objects
  }

  func string(_ key: String) -> String? {
    for object in objects {
      if let value = object[key] as? String, !value.isEmpty { return value }
    }
    return nil
  }

  func author() -> String? {
    for object in objects {
      switch object["author"] {
      case let name as String: return name
      case let person as [String: Any]: if let name = person["name"] as? String { return name }
      case let people as [[String: Any]]: if let name = people.first?["name"] as? String { return name }
      default: continue
      }
    }
    return nil
  }

  private static func collect(_ json: Any, into objects: inout [[String: Any]]) {
    if let object = json as? [String: Any] {
      objects.append(object)
      if let graph = object["@graph"] { collect(graph, into: &objects) }
    } else if let array = json as? [Any] {
      for item in array { collect(item, into: &objects) }
    }
  }
}

extension String {
  var nonEmpty: String? {
    let trimmed = trimming()
    return trimmed.isEmpty ? nil : trimmed
  }

  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? "-" : $0 })
  }
}
