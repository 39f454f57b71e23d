/// A Swift copy of the parsed HTML: elements, text with the source offset of every scalar, comments.
/// Built once from libxml2's tree so that extraction never touches C pointers.
final class HTMLElement {
  let name: String
  /// What the name says about how the element's text is read.
  let role: HTMLTagRole
  /// Name and value of each attribute, names lower-cased, the first of a repeated name only. A list rather than a
  /// dictionary: an element has a few attributes, read a few times, and a list is cheaper to build and free.
  let attributes: [(name: String, value: String)]
  var children: [HTMLNode] = []
  /// Unowned rather than weak: the root owns every element (through `documentOrder`) for as long as the tree is
  /// read, and a weak reference would give each parent a side table to allocate and free.
  unowned var parent: HTMLElement?
  /// Line libxml2 reported for the start tag.
  let line: Int
  /// The element's place in document order (the root is 0): walks keep per-element tallies in arrays
  /// indexed by it rather than in dictionaries keyed by the object.
  let number: Int
  /// The number of the first element after this one's subtree: its descendants are numbered
  /// `number + 1 ..< subtreeEnd`.
  var subtreeEnd = 0
  /// On the root only: every element below it in document order (element `n` at `n - 1`), so that a search of
  /// a subtree reads a slice instead of walking child lists. The root itself is left out: elements hold no
  /// strong reference upward, and it must not hold one to itself.
  var documentOrder: [HTMLElement] = []

  init(name: String, role: HTMLTagRole = .inline, attributes: [(name: String, value: String)], line: Int, number: Int) {
    self.name = name
    self.role = role
    self.attributes = attributes
    self.line = line
    self.number = number
  }

  func attribute(_ name: String) -> String? {
    for attribute in attributes where attribute.name == name { return attribute.value }
    return nil
  }

  /// Lower-cased words of the class and id attributes ("post-content main" → post-content, main).
  lazy var classWords: [String] = {
    let classes = attribute("class")
    let id = attribute("id")
    if classes == nil, id == nil { return [] }
    let joined = (classes ?? "") + " " + (id ?? "")
    if let words = Self.asciiWords(joined) { return words }
    let raw = joined.lowercased()
    return raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
  }()

  /// `classWords` of ASCII text without carriage returns, split on the bytes (where a Character is a byte);
  /// nil otherwise ("\r\n" is one Character, which the Character split does not cut).
  private static func asciiWords(_ raw: String) -> [String]? {
    var raw = raw
    return raw.withUTF8 { bytes -> [String]? in
      var words: [String] = []
      var word: [UInt8] = []
      for byte in bytes {
        if byte >= 0x80 || byte == 0x0D { return nil }
        if byte == 0x20 || byte == 0x09 || byte == 0x0A {
          if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
          word.removeAll(keepingCapacity: true)
        } else {
          word.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
      }
      if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
      return words
    }
  }

  /// Lower-cased tokens of the class and id attributes ("post-content main" → post-content, main, post, content).
  /// An array: elements carry few tokens, and building sets for every element of a page costs more than it saves.
  lazy var classTokens: [String] = {
    var tokens: [String] = []
    for word in classWords {
      tokens.append(word)
      let parts = word.split(whereSeparator: { $0 == "-" || $0 == "_" })
      if parts.count > 1 { tokens.append(contentsOf: parts.map(String.init)) }
    }
    return tokens
  }()

  /// The extractor's verdict on this element as page chrome, computed once.
  var chromeVerdict: Bool?
  /// The extractor's rank of this element's best content class word (-1 for none), computed once.
  var contentRank: Int?

  /// Every element below this one, depth first.
  func descendants(where predicate: (HTMLElement) -> Bool) -> [HTMLElement] {
    var found: [HTMLElement] = []
    forEachDescendant { element in
      if predicate(element) { found.append(element) }
      return true
    }
    return found
  }

  func firstDescendant(where predicate: (HTMLElement) -> Bool) -> HTMLElement? {
    var match: HTMLElement?
    forEachDescendant { element in
      if predicate(element) {
        match = element
        return false
      }
      return true
    }
    return match
  }

  /// Calls `body` on every element below this one in document order until it returns false.
  private func forEachDescendant(_ body: (HTMLElement) -> Bool) {
    var top = self
    while let parent = top.parent { top = parent }
    let order = top.documentOrder
    // Element n stands at n - 1; the subtree is numbered number + 1 ..< subtreeEnd.
    guard subtreeEnd > number + 1, subtreeEnd - 1 <= order.count else { return }
    for index in number..<(subtreeEnd - 1) where !body(order[index]) { return }
  }

  func isDescendant(of ancestor: HTMLElement) -> Bool {
    var current = parent
    while let element = current {
      if element === ancestor { return true }
      current = element.parent
    }
    return false
  }

  /// All text below this element, white space collapsed.
  var textContent: String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    var stack: [HTMLNode] = children.reversed()
    while let node = stack.popLast() {
      switch node {
      case .element(let element):
        if element.name == "script" || element.name == "style" { continue }
        stack.append(contentsOf: element.children.reversed())
      case .text(let text):
        for scalar in text.scalars {
          if scalar.properties.isWhitespace {
            pendingSpace = !result.isEmpty
          } else {
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
          }
        }
      case .comment: break
      }
    }
    return String(result)
  }
}

/// Text as libxml2 decoded it, with the source offset of each scalar (-1 where it could not be placed).
struct HTMLText {
  /// Most often a slice of the source's own scalars (text that stands in the markup as it reads), so that no
  /// array is made for it.
  var scalars: ArraySlice<Unicode.Scalar>
  /// The source offset of each scalar; empty when the scalars stand one after another in the markup from
  /// `contiguousFrom` on (most text: no character reference, no carriage return), which needs no array.
  var offsets: [Int32]
  /// The source offset of the first scalar when `offsets` is empty; -1 otherwise.
  var contiguousFrom: Int
  /// How many scalars are letters or digits (`ParagraphUnits.isLetterOrDigit`), counted once when the text is
  /// copied, for the walks that weigh elements by their text; -1 for raw text (scripts, styles), left uncounted.
  var letters: Int
}

enum HTMLNode {
  case element(HTMLElement)
  case text(HTMLText)
  case comment(text: String, offset: Int)
}
