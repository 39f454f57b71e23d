import Foundation
import Localization
import Testing
import TextKit

/// Random edits to a translated post (insert, delete, reorder, reword), then a fresh extract merged into the
/// old bundle: every translation whose source sentence is still in the post must still be there, attached to
/// that sentence.
@Suite struct TranslationKeepingPropertyTests {
  private static let subjects = ["The orchard", "Our river", "The old library", "A quiet harbour", "The village market",
                                 "Every lantern", "The mountain path", "This recipe", "The morning ferry", "A meadow"]
  private static let verbs = ["needs", "rewards", "hides", "changes", "welcomes", "survives", "remembers", "outlasts"]
  private static let objects = ["careful pruning in winter", "patient visitors at dawn", "a generous budget",
                                "the first frost of the season", "curious children on weekends", "a steady routine",
                                "honest work and good tools", "the longest evening of the year", "a second look"]

  private static func sentence(_ generator: inout SplitMix64) -> String {
    let subject = subjects.randomElement(using: &generator)!
    let verb = verbs.randomElement(using: &generator)!
    let object = objects.randomElement(using: &generator)!
    return "\(subject) \(verb) \(object) number \(generator.next() % 10_000)."
  }

  private static func paragraph(_ generator: inout SplitMix64) -> [String] {
    (0..<Int.random(in: 1...4, using: &generator)).map { _ in sentence(&generator) }
  }

  private static func post(_ title: String, _ paragraphs: [[String]]) -> String {
    ([title] + paragraphs.map { $0.joined(separator: " ") }).joined(separator: "\n\n") + "\n"
  }

  /// One random edit of the paragraphs.
  private static func edit(_ paragraphs: inout [[String]], _ generator: inout SplitMix64) {
    switch generator.next() % 4 {
    case 0:
      paragraphs.insert(paragraph(&generator), at: Int.random(in: 0...paragraphs.count, using: &generator))
    case 1 where paragraphs.count > 1:
      paragraphs.remove(at: Int.random(in: 0..<paragraphs.count, using: &generator))
    case 2 where paragraphs.count > 1:
      let from = Int.random(in: 0..<paragraphs.count, using: &generator)
      let moved = paragraphs.remove(at: from)
      paragraphs.insert(moved, at: Int.random(in: 0...paragraphs.count, using: &generator))
    default:
      let index = Int.random(in: 0..<paragraphs.count, using: &generator)
      let sentenceIndex = Int.random(in: 0..<paragraphs[index].count, using: &generator)
      paragraphs[index][sentenceIndex] = sentence(&generator)
    }
  }

  private static func bundle(_ text: String) throws -> TranslationBundle {
    TranslationBundle(original: "post.txt", sourceLocale: "en", targetLocale: "fr", units: try L10nFixture.units(text))
  }

  /// Translates every segment as "FR <n>: source", n unique, so a translation moved to another sentence shows.
  private static func translated(_ bundle: TranslationBundle) -> (TranslationBundle, [String: [InlinePiece]]) {
    var bundle = bundle
    var bySource: [String: [InlinePiece]] = [:]
    var counter = 0
    for unit in bundle.units.indices {
      for segment in bundle.units[unit].segments.indices {
        counter += 1
        let source = InlinePiece.plainText(bundle.units[unit].segments[segment].source)
        let target: [InlinePiece] = [.text("FR \(counter): \(source)")]
        bundle.units[unit].segments[segment].target = target
        bundle.units[unit].segments[segment].state = .final
        bySource[source] = target
      }
    }
    return (bundle, bySource)
  }

  @Test(arguments: 0..<40)
  func everySurvivingSentenceKeepsItsTranslation(seed: Int) throws {
    var generator = SplitMix64(state: UInt64(seed) &* 7919 &+ 1)
    var paragraphs = (0..<Int.random(in: 2...7, using: &generator)).map { _ in Self.paragraph(&generator) }
    let (old, translations) = Self.translated(try Self.bundle(Self.post("Notes from the valley", paragraphs)))
    var current = old
    // Several rounds, each merging into the last result, as a post edited and re-extracted over weeks.
    for _ in 0..<3 {
      for _ in 0..<Int.random(in: 1...4, using: &generator) { Self.edit(&paragraphs, &generator) }
      let fresh = try Self.bundle(Self.post("Notes from the valley", paragraphs))
      current = BundleMerger().merge(fresh, into: current)
      for unit in current.units {
        for segment in unit.segments {
          let source = InlinePiece.plainText(segment.source)
          guard let expected = translations[source] else { continue }
          #expect(segment.target == expected, "'\(source)' lost or changed its translation")
        }
      }
    }
  }
}
