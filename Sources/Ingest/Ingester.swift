public import ContentModel

/// Turns the bytes of one file into a document.
public protocol Ingester: Sendable {
  /// The file extensions (lower case, no dot) this ingester reads.
  var fileExtensions: Set<String> { get }
  func ingest(_ bytes: [UInt8], path: String) throws(IngestError) -> Document
}

/// Picks the ingester for a path by its extension.
public struct IngesterRegistry: Sendable {
  public let ingesters: [any Ingester]

  public init(ingesters: [any Ingester] = [TextIngester(), HTMLIngester(), MarkdownIngester()]) {
    self.ingesters = ingesters
  }

  /// Every extension some ingester reads.
  public var fileExtensions: Set<String> { ingesters.reduce(into: []) { $0.formUnion($1.fileExtensions) } }

  public func ingester(forPath path: String) -> (any Ingester)? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    let ext = name[name.index(after: dot)...].lowercased()
    return ingesters.first { $0.fileExtensions.contains(ext) }
  }

  public func ingest(_ bytes: [UInt8], path: String) throws(IngestError) -> Document {
    guard let ingester = ingester(forPath: path) else {
      throw .unreadable(reason: "no ingester reads this file type")
    }
    return try ingester.ingest(bytes, path: path)
  }
}
