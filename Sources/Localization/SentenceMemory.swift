/// Every translated sentence of a bundle, by its exact source: a translation memory of exact matches.
///
/// The merge matches units (paragraphs) first; a sentence whose paragraph was rewritten beyond recognition,
/// or that moved to another paragraph, is still the same sentence and keeps its translation from here.
struct SentenceMemory {
  private var bySource: [[InlinePiece]: TranslationSegment] = [:]

  init(_ units: [TranslationUnit]) {
    for segment in units.flatMap(\.segments) where segment.target != nil && bySource[segment.source] == nil {
      bySource[segment.source] = segment
    }
  }

  func segment(for source: [InlinePiece]) -> TranslationSegment? { bySource[source] }

  /// `unit` with every untranslated segment that the memory knows filled in, state and all.
  func fill(_ unit: TranslationUnit) -> TranslationUnit {
    var unit = unit
    for index in unit.segments.indices where unit.segments[index].target == nil {
      guard let remembered = bySource[unit.segments[index].source] else { continue }
      unit.segments[index].target = remembered.target
      unit.segments[index].state = remembered.state
    }
    return unit
  }
}
