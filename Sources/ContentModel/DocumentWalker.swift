/// Where a block sits in its document, handed to visitors so they never track it themselves.
public struct BlockContext: Sendable {
  /// Index into `Document.blocks`.
  public var index: Int
  /// Index among the content blocks (residue not counted), nil for residue.
  public var contentIndex: Int?
  public var contentCount: Int
  /// The headings above this block, outermost first.
  public var headingPath: [String]

  /// True for the first or last few content blocks, where leftovers tend to sit.
  public func isNearEdge(within distance: Int) -> Bool {
    Self.isNearEdge(contentIndex: contentIndex, contentCount: contentCount, within: distance)
  }

  /// `isNearEdge(within:)` from the two counts alone, for a walk that builds no context (no heading path).
  @inlinable
  public static func isNearEdge(contentIndex: Int?, contentCount: Int, within distance: Int) -> Bool {
    guard let contentIndex else { return true }
    return contentIndex < distance || contentIndex >= contentCount - distance
  }
}

/// What a visitor wants next.
public enum VisitAction: Sendable {
  case visitChildren
  case skipChildren
  case stop
}

/// Visits the blocks of a document in order. Implement only what you need.
public protocol DocumentVisitor {
  mutating func visit(_ block: Block, context: BlockContext) -> VisitAction
}

extension Document {
  /// Walks the blocks in document order with their context. A visitor that returns `.skipChildren`
  /// from a heading skips every block under it (up to the next heading at the same or a higher level).
  public func walk(_ visitor: inout some DocumentVisitor) {
    var headings: [(level: Int, text: String)] = []
    var contentIndex = 0
    let contentCount = blocks.count { $0.role == .content }
    var skipBelowLevel: Int?
    for (index, block) in blocks.enumerated() {
      if block.kind == .heading {
        let level = block.level ?? 1
        if let skip = skipBelowLevel, level <= skip { skipBelowLevel = nil }
        headings.removeAll { $0.level >= level }
      }
      let isContent = block.role == .content
      let context = BlockContext(
        index: index, contentIndex: isContent ? contentIndex : nil, contentCount: contentCount,
        headingPath: headings.map(\.text))
      if isContent { contentIndex += 1 }
      if block.kind == .heading { headings.append((block.level ?? 1, block.text)) }
      guard skipBelowLevel == nil else { continue }
      switch visitor.visit(block, context: context) {
      case .stop: return
      case .skipChildren where block.kind == .heading: skipBelowLevel = block.level ?? 1
      default: break
      }
    }
  }

  /// Every block with its context, for code that prefers a loop to a visitor.
  public var blocksWithContext: [(block: Block, context: BlockContext)] {
    struct Collector: DocumentVisitor {
      var items: [(block: Block, context: BlockContext)] = []
      mutating func visit(_ block: Block, context: BlockContext) -> VisitAction {
        items.append((block, context))
        return .visitChildren
      }
    }
    var collector = Collector()
    walk(&collector)
    return collector.items
  }
}
