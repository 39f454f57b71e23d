import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A parsed XML element with the line it starts on, for readers that must name lines in errors.
final class XMLNode {
  let name: String
  let namespace: String?
  let attributes: [String: String]
  let line: Int
  var children: [XMLChild] = []

  init(name: String, namespace: String?, attributes: [String: String], line: Int) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.line = line
  }

  var elements: [XMLNode] {
    children.compactMap { if case .element(let node) = $0 { node } else { nil } }
  }

  func elements(_ name: String) -> [XMLNode] { elements.filter { $0.name == name } }
  func first(_ name: String) -> XMLNode? { elements.first { $0.name == name } }

  /// All the text inside, markup dropped.
  var text: String {
    children.reduce(into: "") { result, child in
      switch child {
      case .text(let value): result += value
      case .element(let node): result += node.text
      }
    }
  }

  /// Parses a whole document; throws with the line where the XML stops being well-formed.
  static func parse(_ text: String, path: String) throws(BundleError) -> XMLNode {
    let parser = XMLParser(data: Data(text.utf8))
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    let builder = XMLTreeBuilder(parser: parser)
    parser.delegate = builder
    let ok = parser.parse()
    guard ok, let root = builder.root else {
      let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "not well-formed XML"
      throw BundleError(path: path, line: max(parser.lineNumber, 1), message: "malformed XML (\(reason))")
    }
    return root
  }
}

enum XMLChild {
  case element(XMLNode)
  case text(String)
}

/// Builds `XMLNode`s from the parser's events.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
  private unowned let parser: XMLParser
  var root: XMLNode?
  private var stack: [XMLNode] = []

  init(parser: XMLParser) {
    self.parser = parser
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    let node = XMLNode(name: elementName, namespace: namespaceURI, attributes: attributes, line: parser.lineNumber)
    if let parent = stack.last { parent.children.append(.element(node)) } else { root = node }
    stack.append(node)
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    stack.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard let parent = stack.last else { return }
    if case .text(let previous) = parent.children.last {
      parent.children[parent.children.count - 1] = .text(previous + string)
    } else {
      parent.children.append(.text(string))
    }
  }
}
