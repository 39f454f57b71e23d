import Testing

@testable import Ingest

/// The parsed tree's shortcuts (elements numbered in document order, letters counted as text is copied,
/// scalars counted by the word) must agree with walking and counting the plain way.
@Suite struct HTMLTreeOrderTests {
  private func parse(_ html: String) -> HTMLElement {
    HTMLParser.parse(SourceIndex(html), utf8: Array(html.utf8))
  }

  /// Every element below `element`, by walking child lists depth first.
  private func walked(_ element: HTMLElement) -> [HTMLElement] {
    var found: [HTMLElement] = []
    for child in element.children {
      if case .element(let child) = child {
        found.append(child)
        found.append(contentsOf: walked(child))
      }
    }
    return found
  }

  private func everyElement(_ root: HTMLElement) -> [HTMLElement] { [root] + walked(root) }

  @Test func subtreeSearchesMatchAWalkOfTheChildLists() {
    let deep = String(repeating: "<div>", count: HTMLParser.maximumDepth + 20) + "deep <b>text</b>"
    let pages = [
      "<html><head><title>T</title><meta name=a content=b></head><body><div><p>One <a href=x>two</a></p>"
        + "<ul><li>a<li>b</ul><p>Unclosed<div><span>x</span></div></body></html><p>after the end",
      "<html><body>\(deep)<p>tail</p></body></html>",
      "<p>no html element, <i>only</i> a paragraph",
      "",
    ]
    for page in pages {
      let root = parse(page)
      for element in everyElement(root) {
        let expected = walked(element).map(ObjectIdentifier.init)
        #expect(element.descendants(where: { _ in true }).map(ObjectIdentifier.init) == expected)
        let firstSpan = walked(element).first { $0.name == "span" }.map(ObjectIdentifier.init)
        #expect(element.firstDescendant(where: { $0.name == "span" }).map(ObjectIdentifier.init) == firstSpan)
      }
    }
  }

  @Test func textNodesCountTheirLettersAsParagraphUnitsWould() {
    // Every printable ASCII byte but the markup's own, at each alignment against eight-byte words.
    let printable = String(
      String.UnicodeScalarView((0x09...0x7E).compactMap(Unicode.Scalar.init).filter { $0 != "<" && $0 != "&" }))
    let everyByte = (0..<8).map { "<p>\(String(repeating: "x", count: $0))\(printable)\(printable)</p>" }.joined()
    let root = parse(
      "<p>Ab1 ,.-_ Zz9 {}[]@`~</p><p>Ünïcödé ½ 四 ٣ — x</p><p>\r\n\t </p><script>var a = 1;</script>" + everyByte)
    var nodes: [HTMLText] = []
    var stack = root.children
    while let node = stack.popLast() {
      switch node {
      case .element(let element): stack.append(contentsOf: element.children)
      case .text(let text): nodes.append(text)
      case .comment: break
      }
    }
    #expect(nodes.count == 12)
    for text in nodes {
      // Script text is left uncounted.
      let expected = text.scalars.elementsEqual("var a = 1;".unicodeScalars) ? -1 : text.scalars.filter(ParagraphUnits.isLetterOrDigit).count
      #expect(text.letters == expected)
    }
  }

  /// Runs of ASCII are copied into a block a stretch at a time: white space inside one (tabs, line ends, runs of
  /// spaces) is written as one space. libxml2 drops the control characters that are not white space.
  @Test func stretchesOfTextCollapseTheirWhiteSpace() throws {
    let page =
      "<html><body><article><p>Tab\tseparated\u{1}words and  two  spaces,\nline\r\nbreaks &amp; a\u{7}bell</p>"
      + "<p> lead\u{B}and trail \t</p></article></body></html>"
    let document = try HTMLIngester().ingest(Array(page.utf8), path: "t.html")
    #expect(
      document.blocks.map(\.text) == ["Tab separatedwords and two spaces, line breaks & abell", "leadand trail"])
  }
}
