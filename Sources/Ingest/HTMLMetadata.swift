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
    metadata.title =
      meta("og:title") ?? jsonLD.string("headline") ?? container.firstDescendant { $0.name == "h1" }?.textContent.nonEmpty
      ?? root.firstDescendant { $0.name == "h1" }?.textContent.nonEmpty
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
    metadata.canonicalURL =
      root.firstDescendant { $0.name == "link" && $0.attribute("rel")?.lowercased() == "canonical" }?.attribute("href")
      ?? meta("og:url")
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

  /// "Understanding Therapy | Harbor Blog" → "Understanding Therapy".
  static func withoutSiteName(_ title: String) -> String {
    for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " » "] where title.contains(separator) {
      let parts = title.components(separatedBy: separator)
      return parts.max { $0.count < $1.count } ?? title
    }
    return title
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
