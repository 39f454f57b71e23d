import TextKit

/// Merges freshly extracted units into the bundle a translator already worked on, losing no work:
/// an unchanged segment keeps its translation and state; a changed one keeps the old translation in state
/// `initial` with the previous source in a note (like `msgmerge --previous`); a unit that vanished from the
/// post moves to the obsolete section with its translations, and comes back from there if the text returns.
public struct BundleMerger: Sendable {
  /// Word-set similarity above which a new unit is taken to be an edited old one.
  public var similarityThreshold = 0.5

  public init() {}

  public func merge(_ fresh: TranslationBundle, into existing: TranslationBundle?) -> TranslationBundle {
    guard let existing else { return fresh }
    var unmatched = existing.units + existing.obsolete
    let memory = SentenceMemory(unmatched)
    var merged = fresh
    merged.obsolete = []
    merged.translatorFields = existing.translatorFields
    // Exact ids first, so that an edited unit never takes the translation of one that is still there.
    var pending: [Int] = []
    for (index, unit) in fresh.units.enumerated() {
      if let old = unmatched.firstIndex(where: { $0.id == unit.id }) {
        merged.units[index] = carry(unmatched.remove(at: old), into: unit, memory: memory)
      } else {
        pending.append(index)
      }
    }
    for index in pending {
      let unit = fresh.units[index]
      let candidates = unmatched.enumerated().filter { $0.element.role == unit.role && $0.element.hasTranslation }
      let best = candidates.map { ($0.offset, Self.similarity(unit, $0.element)) }.max { $0.1 < $1.1 }
      if let best, best.1 >= similarityThreshold {
        merged.units[index] = carry(unmatched.remove(at: best.0), into: unit, memory: memory)
      } else {
        merged.units[index] = memory.fill(unit)
      }
    }
    merged.obsolete = unmatched.filter(\.hasTranslation).map { unit in
      var unit = unit
      unit.notes.removeAll { $0.category == .previousSource }
      return unit
    }
    return merged
  }

  /// The fresh unit with the old unit's translations carried over, segment by segment.
  /// Sentences found in neither the old unit nor its fuzzy leftovers are looked up in `memory`, so a sentence
  /// that moved to another paragraph keeps its own translation rather than a neighbour's.
  private func carry(_ old: TranslationUnit, into fresh: TranslationUnit, memory: SentenceMemory) -> TranslationUnit {
    var unit = fresh
    var oldSegments = old.segments.filter { $0.target != nil }
    var leftovers: [Int] = []
    for (index, segment) in unit.segments.enumerated() {
      if let match = oldSegments.firstIndex(where: { $0.source == segment.source }) {
        let previous = oldSegments.remove(at: match)
        unit.segments[index].target = previous.target
        unit.segments[index].state = previous.state
        if previous.state == .initial,
          let note = old.notes.first(where: {
            $0.category == .previousSource && $0.segment == previous.id
          })
        {
          unit.notes.append(TranslationNote(category: .previousSource, segment: segment.id, text: note.text))
        }
      } else if let remembered = memory.segment(for: segment.source) {
        unit.segments[index].target = remembered.target
        unit.segments[index].state = remembered.state
      } else {
        leftovers.append(index)
      }
    }
    // Changed sentences take the remaining old translations in order, flagged for review.
    for index in leftovers {
      guard !oldSegments.isEmpty else { break }
      let previous = oldSegments.removeFirst()
      unit.segments[index].target = previous.target
      unit.segments[index].state = .initial
      let oldSource =
        old.notes.first { $0.category == .previousSource && $0.segment == previous.id }?.text
        ?? POWriter.placeholders(previous.source)
      unit.notes.append(TranslationNote(category: .previousSource, segment: unit.segments[index].id, text: oldSource))
    }
    return unit
  }

  /// How likely `old` is an earlier version of `fresh`: the larger of the word-set Jaccard similarity and the
  /// share of sentences left exactly as they were.
  static func similarity(_ fresh: TranslationUnit, _ old: TranslationUnit) -> Double {
    let lhs = Set(ComparisonText(fresh.sourceText).words)
    let rhs = Set(ComparisonText(old.sourceText).words)
    let words = lhs.isEmpty && rhs.isEmpty ? 1 : Double(lhs.intersection(rhs).count) / Double(lhs.union(rhs).count)
    let shared = fresh.segments.count { segment in old.segments.contains { $0.source == segment.source } }
    let sentences = Double(shared) / Double(max(fresh.segments.count, old.segments.count, 1))
    return max(words, sentences)
  }
}
