import ContentModel
import TextKit

/// Walks the article container and turns its elements into blocks with exact source maps.
struct HTMLBlockBuilder {
  private let source: SourceIndex
  private let extractor: ContentExtractor
  private(set) var blocks: [Block] = []
  private var pending: PendingBlock?
  private var listDepth = 0
  private var contextKind: [BlockKind] = []
  private var notTranslatableDepth = 0
  private var headerDepth = 0

  init(source: SourceIndex, extractor: ContentExtractor) {
    self.source = source
    self.extractor = extractor
  }

  mutating func build(from container: HTMLElement) -> [Block] {
    walkChildren(of: container)
    flush()
    return blocks
  }

  // MARK: - Walking

  private mutating func walk(_ element: HTMLElement) {
    if extractor.isChrome(element) || element.name == "footer" {
      if let trigger = extractor.hoverTrigger(of: element) { walkInline(trigger) }
      return
    }
    if element.name == "br" {
      lineBreak()
      return
    }
    if element.name == "img" {
      return
    }
    let noTranslate = element.attribute("translate")?.lowercased() == "no" || element.classWords.contains("notranslate")
    if noTranslate { notTranslatableDepth += 1 }
    defer { if noTranslate { notTranslatableDepth -= 1 } }

    let role = element.role
    if let level = role.headingLevel {
      startBlock(.heading, level: level, element: element)
      walkChildren(of: element)
      flush()
    } else if role.isLeafBlock {
      let kind = blockKind(for: element)
      if element.name == "li" { listDepth += 1 }
      contextKind.append(kind)
      startBlock(kind, level: element.name == "li" ? listDepth : nil, element: element)
      walkChildren(of: element)
      flush()
      contextKind.removeLast()
      if element.name == "li" { listDepth -= 1 }
    } else if role.isBlock {
      flush()
      walkChildren(of: element)
      flush()
    } else {
      walkInline(element)
    }
  }

  private mutating func walkChildren(of element: HTMLElement) {
    for child in element.children {
      switch child {
      case .element(let childElement): walk(childElement)
      case .text(let text): appendText(text)
      case .comment: break
      }
    }
  }

  private mutating func walkInline(_ element: HTMLElement) {
    let kind: InlineSpan.Kind?
    switch element.name {
    case "a": kind = element.attribute("href").map { .link(href: $0) }
    case "em", "i", "cite", "dfn": kind = .emphasis
    case "strong", "b": kind = .strong
    case "code", "kbd", "samp", "tt", "var": kind = .code
    default: kind = nil
    }
    if pending == nil { startBlock(contextKind.last ?? .paragraph, level: nil, element: nil) }
    let start = pending?.nextOffset ?? 0
    walkChildren(of: element)
    // Mutated in place: a copy of the pending block would copy its arrays on the first append.
    if let kind, let length = pending?.length, length > start {
      pending?.inlines.append(InlineSpan(kind: kind, range: start..<length))
      if case .link = kind { pending?.linkScalars += length - start }
    }
  }

  private func blockKind(for element: HTMLElement) -> BlockKind {
    switch element.name {
    case "li": .listItem
    case "pre": .code
    case "td", "th": .tableCell
    case "blockquote": .quote
    default: contextKind.last ?? .paragraph
    }
  }

  // MARK: - Text

  private mutating func appendText(_ text: HTMLText) {
    // ASCII white space alone (most often the indentation between tags) writes no scalar: with no block pending it
    // is dropped; after placed text it leaves one space pending, at its first scalar, as the walk below would.
    if Self.isASCIIWhiteSpace(text.scalars) {
      if pending != nil, pending?.lastOffset ?? -1 >= 0, pending?.pendingSpace == nil, !text.scalars.isEmpty {
        pending?.pendingSpace = text.contiguousFrom >= 0 ? text.contiguousFrom : Int(text.offsets[0])
      }
      return
    }
    // The block is moved out of `pending` for the length of the text node and mutated in place; one is made
    // ready up front (what `startBlock` does when no block is pending) but kept only if a scalar lands in it.
    var hasBlock = pending != nil
    var block =
      pending.take()
      ?? PendingBlock(kind: contextKind.last ?? .paragraph, level: nil, element: nil, translatable: notTranslatableDepth == 0)
    let source = source
    let base = text.contiguousFrom
    text.scalars.withUnsafeBufferPointer { scalars in
      text.offsets.withUnsafeBufferPointer { offsets in
        source.asciiBytes.withUnsafeBufferPointer { ascii in
        var index = 0
        while index < scalars.count {
          if hasBlock {
            // A stretch of ASCII standing right after the block's last scalar is copied in one step.
            let end =
              base >= 0
              ? block.extendRun(scalars, ascii: ascii, contiguousFrom: base, from: index)
              : block.extendRun(scalars, offsets, from: index)
            if end > index {
              index = end
              continue
            }
          }
          let scalar = scalars[index]
          let offset = base >= 0 ? base + index : Int(offsets[index])
          index += 1
          // ASCII white space is tab to carriage return and space; only other scalars need the property table.
          let isWhitespace =
            scalar.value < 0x80 ? (scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D))
            : scalar.properties.isWhitespace
          if isWhitespace {
            if hasBlock, !block.utf8.isEmpty, block.pendingSpace == nil {
              block.pendingSpace = offset
            }
            continue
          }
          hasBlock = true
          block.append(scalar, at: offset, source: source)
        }
        }
      }
    }
    if hasBlock { pending = block }
  }

  private static func isASCIIWhiteSpace(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    for scalar in scalars where scalar.value != 0x20 && (scalar.value < 0x09 || scalar.value > 0x0D) { return false }
    return true
  }

  private mutating func lineBreak() {
    guard var block = pending else { return }
    // Two line breaks in a row end a paragraph, as they do on pages built from <div>s and <br>s.
    if block.endsWithBreak {
      flush()
      return
    }
    if !block.utf8.isEmpty, block.pendingSpace == nil { block.pendingSpace = block.lastOffset }
    block.endsWithBreak = true
    pending = block
  }

  // MARK: - Blocks

  private mutating func startBlock(_ kind: BlockKind, level: Int?, element: HTMLElement?) {
    flush()
    pending = PendingBlock(kind: kind, level: level, element: element, translatable: notTranslatableDepth == 0)
  }

  private mutating func flush() {
    guard var block = pending.take() else { return }
    guard !block.utf8.isEmpty else { return }
    block.closeRun()
    // The trimmer reads the map's length as the text's scalar count.
    assert(block.map.length == block.length)
    let text = String(decoding: block.utf8, as: UTF8.self)
    var role = BlockRole.content
    if ResidueClassifier.classify(text) != nil {
      role = .residue
    } else if block.kind != .heading, block.kind != .code, block.linkScalars * 2 > block.length,
      block.length < 240, !Self.readsAsSentence(text, linked: block.linkScalars, length: block.length)
    {
      return  // link lists and menus left inside the container
    }
    blocks.append(
      Block(
        kind: block.kind, level: block.level, text: text, inlines: block.inlines, sourceMap: block.map,
        extent: extent(of: block), role: role, isTranslatable: block.translatable))
  }

  /// A linked sentence of the article ("Pro tip: get more meal ideas here!") rather than a menu or a teaser:
  /// several words, some of them outside the link, closed by a full stop.
  private static func readsAsSentence(_ text: String, linked: Int, length: Int) -> Bool {
    guard linked < length, let last = text.unicodeScalars.last, last == "." || last == "!" else { return false }
    return text.split(separator: " ").count >= 6
  }

  /// `properties.isAlphabetic`, answered for ASCII (where only letters are) without the property table.
  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
  }

  /// From the start tag of the block's element to the end of its end tag, when both can be found.
  private func extent(of block: PendingBlock) -> SourceRange {
    guard let element = block.element, block.firstOffset >= 0, block.lastOffset >= 0 else {
      return block.map.range(of: 0..<max(block.map.length, 1))
    }
    var name = element.name
    // The name is matched byte by byte in the source's ASCII mirror, with no "<name" or "</name" string made.
    // libxml2 makes tag names of ASCII only; any other name is spelled out against the scalars.
    let found = name.withUTF8 { name -> (start: Int, end: Int)? in
      guard !name.contains(where: { $0 >= 0x80 }) else { return nil }
      return tagBounds(name, around: block)
    }
    let (start, end) = found ?? spelledTagBounds(element.name, around: block)
    return SourceRange(start: source.position(of: start), end: source.position(of: end))
  }

  /// The offset of the block element's start tag (the nearest `<name` before the text, up to 2,048 scalars back,
  /// not followed by a letter or `-`) and the end of its end tag (the first `</name` after the text, up to 4,096
  /// scalars on, to its `>` within 64), or the text's own bounds where one is not found. `name` is ASCII.
  private func tagBounds(_ name: UnsafeBufferPointer<UInt8>, around block: PendingBlock) -> (start: Int, end: Int) {
    var start = block.firstOffset
    var index = block.firstOffset
    let floor = max(0, block.firstOffset - 2048)
    // Each `<` back to the floor, nearest first, found in the ASCII mirror.
    while let found = source.lastOffset(ofASCII: 0x3C, in: floor, before: index) {
      index = found
      if source.matchesASCII(name, at: index + 1) {
        let after = index + 1 + name.count
        if after < source.count, !Self.isAlphabetic(source.scalars[after]), source.scalars[after] != "-" {
          start = index
          break
        }
      }
    }
    var end = block.lastOffset + 1
    if let close = source.firstOffset(ofEndTag: name, from: block.lastOffset, limit: 4096),
      let gt = source.firstOffset(of: ">", from: close, limit: 64)
    {
      end = gt + 1
    }
    return (start, end)
  }

  /// `tagBounds` for a name that is not ASCII, spelled out scalar by scalar.
  private func spelledTagBounds(_ name: String, around block: PendingBlock) -> (start: Int, end: Int) {
    var start = block.firstOffset
    let opening = "<" + name
    var index = block.firstOffset
    let floor = max(0, block.firstOffset - 2048)
    while let found = source.lastOffset(ofASCII: 0x3C, in: floor, before: index) {
      index = found
      if source.matches(opening, at: index) {
        let after = index + opening.unicodeScalars.count
        if after < source.count, !Self.isAlphabetic(source.scalars[after]), source.scalars[after] != "-" {
          start = index
          break
        }
      }
    }
    var end = block.lastOffset + 1
    if let close = source.firstOffset(of: "</" + name, from: block.lastOffset, limit: 4096),
      let gt = source.firstOffset(of: ">", from: close, limit: 64)
    {
      end = gt + 1
    }
    return (start, end)
  }
}

/// A block being assembled: its text so far and where each scalar came from.
private struct PendingBlock {
  var kind: BlockKind
  var level: Int?
  let element: HTMLElement?
  let translatable: Bool
  /// The text so far as UTF-8, made a string once the block is complete: appending scalar by scalar to a
  /// string costs several times more.
  var utf8: [UInt8] = []
  /// Scalars in `utf8`.
  var length = 0
  /// The source map so far, without the run of scalars still being extended (`closeRun` adds it).
  private(set) var map = SourceMap()
  var inlines: [InlineSpan] = []
  var linkScalars = 0
  /// Source offset of white space waiting to be written as one space before the next scalar.
  var pendingSpace: Int?
  var endsWithBreak = false
  var firstOffset = -1
  var lastOffset = -1
  /// The source line of the last scalar, where the next one most likely stands too.
  private var line = 0
  /// The source offset where the line after `line` starts (-1 before the first scalar).
  private var lineLimit = -1
  /// Scalars that stand one after another on one source line, not yet written to `map`: a run is written
  /// once, when it breaks.
  private var runStart = SourcePosition(line: 1, column: 1)
  private var runCount = 0

  init(kind: BlockKind, level: Int?, element: HTMLElement?, translatable: Bool) {
    self.kind = kind
    self.level = level
    self.element = element
    self.translatable = translatable
  }

  /// Offset in `text` where the next scalar will go.
  var nextOffset: Int { length + (pendingSpace != nil && length > 0 ? 1 : 0) }

  @inline(__always)
  mutating func append(_ scalar: Unicode.Scalar, at offset: Int, source: SourceIndex) {
    // Most scalars are ASCII and stand right after the one before, on the same line: they only extend the run.
    if offset == lastOffset + 1, offset < lineLimit, pendingSpace == nil, scalar.isASCII {
      utf8.append(UInt8(truncatingIfNeeded: scalar.value))
      length += 1
      runCount += 1
      lastOffset = offset
      endsWithBreak = false
      return
    }
    appendPlacing(scalar, at: offset, source: source)
  }

  /// Appends the ASCII text from `start` on while it stands one scalar after another right after the last
  /// scalar, on its line, single spaces between words included: what `appendText` and `append` would do scalar
  /// by scalar, without placing each scalar anew. Returns where that stretch ends.
  mutating func extendRun(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ offsets: UnsafeBufferPointer<Int32>, from start: Int
  ) -> Int {
    // Placed text is never empty: `lastOffset` is set with the first scalar.
    guard lastOffset >= 0 else { return start }
    // Measured on local copies of the state, written back once.
    let lineLimit = lineLimit
    var space = pendingSpace ?? -2
    var index = start
    var next = lastOffset + 1
    var wrote = false
    scalarsLoop: while index < scalars.count {
      switch Self.step(scalars[index].value, at: Int(offsets[index]), lineLimit: lineLimit, space: &space, next: &next) {
      case .whiteSpace: index += 1
      case .taken:
        index += 1
        wrote = true
      case .stop: break scalarsLoop
      }
    }
    // -2 stands for no pending space (-1 is a space that could not be placed).
    pendingSpace = space == -2 ? nil : space
    guard wrote else { return index }
    fillStretch(scalars, from: start, to: index, upTo: next) { Int(offsets[$0]) }
    return index
  }

  /// How one scalar moves a run of `extendRun` on.
  private enum RunStep { case whiteSpace, taken, stop }

  /// One scalar at source `offset` of a run that has reached `next`: white space is remembered in `space`
  /// (-2 for none) until the scalar after it; any other scalar must be ASCII, on the line, and stand right at
  /// `next`, or right after one space standing there: the run then goes on through that space.
  @inline(__always)
  private static func step(_ value: UInt32, at offset: Int, lineLimit: Int, space: inout Int, next: inout Int) -> RunStep {
    if value == 0x20 || (value >= 0x09 && value <= 0x0D) {
      if space == -2 { space = offset }
      return .whiteSpace
    }
    guard value < 0x80, offset < lineLimit else { return .stop }
    if space != -2 {
      guard space == next, offset == next &+ 1 else { return .stop }
      space = -2
      next &+= 1
    } else {
      guard offset == next else { return .stop }
    }
    next &+= 1
    return .taken
  }

  /// Writes the stretch that fills source offsets `lastOffset + 1 ..< next` one to one (spaces first, then each
  /// scalar of `start..<end` that is not white space at its offset, `place(position)`) and moves the block on.
  @inline(__always)
  private mutating func fillStretch(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int, upTo next: Int,
    at place: (Int) -> Int
  ) {
    let first = lastOffset + 1
    let count = next - first
    let written = utf8.count
    utf8.append(contentsOf: repeatElement(0x20, count: count))
    utf8.withUnsafeMutableBufferPointer { bytes in
      for position in start..<end {
        let value = scalars[position].value
        if value != 0x20, value < 0x09 || value > 0x0D {
          bytes[written &+ place(position) &- first] = UInt8(truncatingIfNeeded: value)
        }
      }
    }
    advance(by: count)
  }

  /// `extendRun` for text whose scalars stand one after another in the source from `base` on: the same stretch,
  /// with each offset computed rather than read, and the bulk of it scanned and copied from the source's ASCII
  /// mirror `ascii` (`SourceIndex.asciiBytes`), where scalar `position` of the text stands at `base + position`.
  mutating func extendRun(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, ascii: UnsafeBufferPointer<UInt8>, contiguousFrom base: Int,
    from start: Int
  ) -> Int {
    guard lastOffset >= 0 else { return start }
    let lineLimit = lineLimit
    var space = pendingSpace ?? -2
    var index = start
    var next = lastOffset + 1
    var wrote = false
    let lineEnd = min(scalars.count, lineLimit &- base)
    scalarsLoop: while index < scalars.count {
      if space == -2, base &+ index == next, index < lineEnd {
        // Words and the single white space between them, right after the last scalar on its line (most running
        // text), need no other test.
        let scan = Self.wordsStretch(ascii, from: base &+ index, to: base &+ lineEnd) &- base
        if scan > index {
          next = base &+ scan
          index = scan
          wrote = true
          continue
        }
      }
      switch Self.step(scalars[index].value, at: base &+ index, lineLimit: lineLimit, space: &space, next: &next) {
      case .whiteSpace: index &+= 1
      case .taken:
        index &+= 1
        wrote = true
      case .stop: break scalarsLoop
      }
    }
    pendingSpace = space == -2 ? nil : space
    guard wrote else { return index }
    fillContiguousStretch(ascii, base: base, from: start, to: index, upTo: next)
    return index
  }

  /// The end of the stretch from `start` (before `end`) of printable ASCII (0x21 to 0x7F) and single white
  /// spaces each followed by printable ASCII: what the scalar loop of `extendRun` takes in one run. Eight bytes
  /// at a time where they hold nothing else; the rest printable byte by byte, white space left to the caller.
  @inline(__always)
  private static func wordsStretch(_ ascii: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    let ones = ByteLanes.ones
    let high = ByteLanes.top
    let low7 = ByteLanes.low
    let base = ascii.baseAddress!
    var scan = start
    while scan &+ 8 <= end {
      let word = ByteLanes.load(base, at: scan)
      let seven = word & low7
      // Lanes under 0x21 or at 0x80 and above.
      let special = (word | ~(seven &+ ones &* 0x5F)) & high
      if special == 0 {
        scan &+= 8
        continue
      }
      // White space lanes: 0x20, or 0x09 to 0x0D (exact per lane: no sum carries across lanes of seven bits).
      let spaces = ~((seven ^ (ones &* 0x20)) &+ low7 | (seven ^ (ones &* 0x20))) & high
      let controls = (seven &+ ones &* (0x80 - 0x09)) & ~(seven &+ ones &* (0x7F - 0x0D)) & high
      let white = (spaces | controls) & ~(word & high)
      // Every special lane white space, none next to another, the last lane printable (so each is followed
      // by a printable byte, as the scalar loop needs).
      guard special == white, special & (special &<< 8) == 0, special & (0x80 &<< 56) == 0 else { break }
      scan &+= 8
    }
    while scan < end, ascii[scan] &- 0x21 < 0x5F { scan &+= 1 }
    return scan
  }

  /// `fillStretch` for scalars that stand at source offsets `base + position`: the offsets the stretch fills are
  /// one run of positions, each an ASCII scalar or the one white space joining two words, copied from the ASCII
  /// mirror in one pass with no branch per byte. A space pending from before the text (at `lastOffset + 1`,
  /// before the text's first position) is left to the fill.
  @inline(__always)
  private mutating func fillContiguousStretch(
    _ ascii: UnsafeBufferPointer<UInt8>, base: Int, from start: Int, to end: Int, upTo next: Int
  ) {
    let first = lastOffset + 1
    let count = next - first
    let low = max(start, first &- base)
    let high = min(end, next &- base)
    guard low < high else {
      utf8.append(contentsOf: repeatElement(0x20, count: count))
      advance(by: count)
      return
    }
    // The source's bytes for the whole stretch in one memory copy; then the pending space before the text (and
    // any position past it) written as a space, and white space in the text too (tab to carriage return).
    let copied = utf8.count
    utf8.append(contentsOf: UnsafeBufferPointer(start: ascii.baseAddress! + first, count: count))
    utf8.withUnsafeMutableBufferPointer { bytes in
      let target = bytes.baseAddress! + copied
      let textStart = base &+ low &- first
      let textEnd = base &+ high &- first
      for index in 0..<textStart { target[index] = 0x20 }
      for index in textStart..<textEnd {
        let value = target[index]
        target[index] = value &- 0x09 < 5 ? 0x20 : value
      }
      for index in textEnd..<count { target[index] = 0x20 }
    }
    advance(by: count)
  }

  /// Moves the block on past `count` scalars just written, one after another on the run's line.
  @inline(__always)
  private mutating func advance(by count: Int) {
    length += count
    runCount += count
    lastOffset += count
    endsWithBreak = false
  }

  private mutating func appendPlacing(_ scalar: Unicode.Scalar, at offset: Int, source: SourceIndex) {
    let known = offset >= 0 ? offset : max(lastOffset, 0)
    if let space = pendingSpace, !utf8.isEmpty {
      utf8.append(0x20)
      length += 1
      place(source.position(of: space >= 0 ? space : known, near: &line))
    }
    pendingSpace = nil
    endsWithBreak = false
    if scalar.isASCII {
      utf8.append(UInt8(truncatingIfNeeded: scalar.value))
    } else {
      utf8.append(contentsOf: scalar.utf8)
    }
    length += 1
    place(source.position(of: known, near: &line))
    lineLimit = source.offset(ofLine: line + 2)
    if firstOffset < 0 { firstOffset = known }
    lastOffset = known
  }

  /// Records the source position of the next scalar: extends the run when it stands right after it.
  private mutating func place(_ position: SourcePosition) {
    if runCount > 0, position.line == runStart.line, position.column == runStart.column + runCount {
      runCount += 1
      return
    }
    closeRun()
    runStart = position
    runCount = 1
  }

  /// Writes the run being extended to `map`.
  mutating func closeRun() {
    map.append(run: runStart, count: runCount)
    runCount = 0
  }
}
