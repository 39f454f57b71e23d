internal import CLibXML2
import Glibc
import TextKit

/// Parses HTML with libxml2's forgiving parser and copies the tree into Swift values, placing every
/// text scalar in the raw markup on the way.
enum HTMLParser {
  /// Elements nested deeper than this are flattened into their ancestor at this depth, so that no
  /// later walk can exhaust a thread's stack on hostile input.
  static let maximumDepth = 160

  private static let initialised: Bool = {
    xmlInitParser()
    return true
  }()

  static func parse(_ source: SourceIndex, utf8 bytes: [UInt8]) -> HTMLElement {
    bytes.withUnsafeBufferPointer { parse(source, utf8: $0) }
  }

  /// The same tree, parsed from the text's own UTF-8 storage: a page is not copied into an array first.
  static func parse(_ source: SourceIndex, text: String) -> HTMLElement {
    guard !text.isEmpty else { return parse(source, utf8: [UInt8]()) }
    var text = text
    return text.withUTF8 { parse(source, utf8: $0) }
  }

  private static func parse(_ source: SourceIndex, utf8 bytes: UnsafeBufferPointer<UInt8>) -> HTMLElement {
    _ = initialised
    let root = HTMLElement(name: "#document", attributes: [], line: 1, number: 0)
    // Network, entity substitution and DTD loading stay off; encodings declared in the page are
    // ignored because the bytes handed over are already UTF-8. Without XML_PARSE_HUGE, one text node over
    // 10 MB (an inline state blob, a base64 image) stops the parse and the article after it is lost; the
    // HTML parser expands no DTD entities, so lifting the limit opens no amplification.
    let options =
      Int32(HTML_PARSE_RECOVER.rawValue) | Int32(HTML_PARSE_NONET.rawValue) | Int32(HTML_PARSE_NOERROR.rawValue)
      | Int32(HTML_PARSE_NOWARNING.rawValue) | Int32(HTML_PARSE_IGNORE_ENC.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
    let document: htmlDocPtr? = bytes.withMemoryRebound(to: CChar.self) { chars in
      htmlReadMemory(chars.baseAddress, Int32(clamping: bytes.count), "page.html", "UTF-8", options)
    }
    guard let document else { return root }
    defer { xmlFreeDoc(document) }
    var aligner = TextAligner(source: source)
    copyChildren(of: UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self), into: root, aligner: &aligner)
    // Elements still open when the document ended close with it.
    let end = root.documentOrder.count + 1
    root.subtreeEnd = end
    for element in root.documentOrder where element.subtreeEnd == 0 { element.subtreeEnd = end }
    return root
  }

  /// Copies the tree without recursion: libxml2's `children`/`next`/`parent` links are walked in place.
  private static func copyChildren(of top: xmlNodePtr, into root: HTMLElement, aligner: inout TextAligner) {
    var current = root
    var depth = 0
    // How many levels past the depth limit were flattened into `current`.
    var flattened = 0
    var rawDepth = 0
    var elementCount = 1
    var names = TagNames()
    var node = top.pointee.children
    while let visiting = node {
      var descend = false
      switch visiting.pointee.type {
      case XML_ELEMENT_NODE:
        let (name, role) = names.nameAndRole(visiting.pointee.name)
        if depth >= maximumDepth {
          flattened += 1
        } else {
          let element = HTMLElement(
            name: name, role: role, attributes: attributes(of: visiting, names: &names), line: Int(visiting.pointee.line), number: elementCount)
          elementCount += 1
          element.parent = current
          if let first = visiting.pointee.children { element.children.reserveCapacity(copiedNodes(from: first)) }
          root.documentOrder.append(element)
          current.children.append(.element(element))
          current = element
          depth += 1
        }
        if role.isRawText { rawDepth += 1 }
        descend = true
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        current.children.append(.text(text(of: visiting.pointee.content, raw: rawDepth > 0, aligner: &aligner)))
      case XML_COMMENT_NODE:
        let text = string(visiting.pointee.content)
        current.children.append(.comment(text: text, offset: aligner.alignComment(text)))
      default:
        break
      }
      if descend, let child = visiting.pointee.children {
        node = child
        continue
      }
      if descend {
        leave(visiting, current: &current, depth: &depth, flattened: &flattened, rawDepth: &rawDepth, next: elementCount)
      }
      var climbing = visiting
      while climbing.pointee.next == nil {
        guard let parent = climbing.pointee.parent, parent != top else { return }
        climbing = parent
        leave(climbing, current: &current, depth: &depth, flattened: &flattened, rawDepth: &rawDepth, next: elementCount)
      }
      node = climbing.pointee.next
    }
  }

  /// How many of the siblings from `first` on are copied (elements, text, comments): the child list is made
  /// at its size once rather than grown by doubling.
  private static func copiedNodes(from first: xmlNodePtr) -> Int {
    var count = 0
    var node: xmlNodePtr? = first
    while let sibling = node {
      switch sibling.pointee.type {
      case XML_ELEMENT_NODE, XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE: count += 1
      default: break
      }
      node = sibling.pointee.next
    }
    return count
  }

  private static func leave(
    _ element: xmlNodePtr, current: inout HTMLElement, depth: inout Int, flattened: inout Int, rawDepth: inout Int,
    next: Int
  ) {
    // Only an element met inside raw text can be one: outside, the name need not be read.
    if rawDepth > 0, HTMLTagRole.rawTextElements.contains(string(element.pointee.name).lowercased()) { rawDepth -= 1 }
    if flattened > 0 {
      flattened -= 1
    } else if let parent = current.parent {
      current.subtreeEnd = next
      current = parent
      depth -= 1
    }
  }

  /// Tag and attribute names as strings (with the tag role), made once per distinct name of a page rather than once
  /// per element: a page uses a few dozen names. Names of up to eight bytes are known by their bytes packed into
  /// one integer and found by a linear search (cheaper than hashing a string); longer names are made each time.
  private struct TagNames {
    private var keys: [UInt64] = []
    private var names: [(name: String, role: HTMLTagRole)] = []
    private static let capacity = 64

    mutating func nameAndRole(_ pointer: UnsafePointer<xmlChar>?) -> (String, HTMLTagRole) {
      guard let pointer else { return ("", HTMLTagRole.of("")) }
      var key: UInt64 = 0
      var length = 0
      while length < 8 {
        let byte = pointer[length]
        if byte == 0 { break }
        key |= UInt64(byte) &<< UInt64(length &* 8)
        length &+= 1
      }
      let packed = length < 8 || pointer[8] == 0
      if packed, let index = Self.index(of: key, in: keys) { return names[index] }
      let name = HTMLParser.string(pointer).lowercased()
      let role = HTMLTagRole.of(name)
      if packed, keys.count < Self.capacity {
        keys.append(key)
        names.append((name, role))
      }
      return (name, role)
    }

    private static func index(of key: UInt64, in keys: [UInt64]) -> Int? {
      keys.withUnsafeBufferPointer { keys in
        for index in keys.indices where keys[index] == key { return index }
        return nil
      }
    }
  }

  private static func attributes(of node: xmlNodePtr, names: inout TagNames) -> [(name: String, value: String)] {
    guard var attribute = node.pointee.properties else { return [] }
    var result: [(name: String, value: String)] = []
    while true {
      let name = names.nameAndRole(attribute.pointee.name).0
      var value = ""
      var child = attribute.pointee.children
      while let text = child {
        value += string(text.pointee.content)
        child = text.pointee.next
      }
      if !result.contains(where: { $0.name == name }) { result.append((name, value)) }
      guard let next = attribute.pointee.next else { break }
      attribute = next
    }
    return result
  }

  /// A text node's content placed in the markup. ASCII text that stands there byte for byte right where the
  /// aligner looks first (most text, and all of most scripts) is compared in place and kept as a slice of the
  /// source's scalars; other text is decoded into scalars of its own and aligned scalar by scalar.
  private static func text(of pointer: UnsafeMutablePointer<xmlChar>?, raw: Bool, aligner: inout TextAligner) -> HTMLText {
    if let pointer {
      let bytes = UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer)))
      if !bytes.isEmpty, ASCIIText.isASCII(bytes) {
        let holdsAmpersand = memchr(pointer, 0x26, bytes.count) != nil
        if let start = aligner.alignInPlace(bytes, raw: raw, holdsAmpersand: holdsAmpersand) {
          return HTMLText(
            scalars: aligner.source.scalars[start..<(start + bytes.count)], offsets: [], contiguousFrom: start,
            letters: raw ? -1 : asciiLetterCount(bytes))
        }
      }
    }
    let (scalars, letters, holdsAmpersand) = scalars(of: pointer, countingLetters: !raw)
    let (offsets, contiguousFrom) = aligner.align(scalars, raw: raw, holdsAmpersand: holdsAmpersand)
    return HTMLText(scalars: scalars[...], offsets: offsets, contiguousFrom: contiguousFrom, letters: letters)
  }

  /// The scalars of a text node's content, how many are letters or digits (-1 when not `countingLetters`:
  /// scripts and styles, the bulk of many pages, are never weighed) and whether one is `&`. ASCII content (most
  /// of a page) is widened and counted byte by byte; other content goes through a string, which repairs any
  /// invalid UTF-8 as `string(_:)` does.
  private static func scalars(
    of pointer: UnsafeMutablePointer<xmlChar>?, countingLetters: Bool
  ) -> ([Unicode.Scalar], Int, Bool) {
    guard let pointer else { return ([], 0, false) }
    let bytes = UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer)))
    // `&` is ASCII: its byte stands in the UTF-8 exactly where the scalar does.
    let holdsAmpersand = memchr(pointer, 0x26, bytes.count) != nil
    // An empty node makes no array: no capacity writes a count into the empty-array singleton threads share.
    if bytes.isEmpty { return ([], countingLetters ? 0 : -1, false) }
    if ASCIIText.isASCII(bytes) {
      let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
        for index in 0..<bytes.count { buffer[index] = Unicode.Scalar(bytes[index]) }
        initialized = bytes.count
      }
      return (scalars, countingLetters ? asciiLetterCount(bytes) : -1, holdsAmpersand)
    }
    let scalars = UTF8Scalar.scalars(of: string(pointer))
    guard countingLetters else { return (scalars, -1, holdsAmpersand) }
    var letters = 0
    for scalar in scalars where ParagraphUnits.isLetterOrDigit(scalar) { letters += 1 }
    return (scalars, letters, holdsAmpersand)
  }

  /// Letters and digits among ASCII bytes. Tallied per byte into a one-byte counter over stretches of at most
  /// 255 bytes, with no branch: a loop the compiler runs sixteen bytes or more at a time.
  private static func asciiLetterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var index = 0
    while index < bytes.count {
      let end = min(bytes.count, index &+ 255)
      var stretch: UInt8 = 0
      for position in index..<end {
        let byte = bytes[position]
        let digit: UInt8 = byte &- 0x30 < 10 ? 1 : 0
        let letter: UInt8 = (byte | 0x20) &- 0x61 < 26 ? 1 : 0
        stretch &+= digit | letter
      }
      count &+= Int(stretch)
      index = end
    }
    return count
  }

  private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
  }

  private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
    string(UnsafePointer(pointer))
  }
}
