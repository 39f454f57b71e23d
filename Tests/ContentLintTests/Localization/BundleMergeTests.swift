import Foundation
import Localization
import Testing

@Suite struct BundleMergeTests {
  private let original =
    "Title Here\n\nFirst paragraph stays the same. It has two sentences.\n\nSecond paragraph will change soon. Its second sentence stays.\n\nThird paragraph will disappear entirely from the post.\n"

  private func bundle(_ text: String) throws -> TranslationBundle {
    TranslationBundle(
      original: "post.txt", sourceLocale: "en", targetLocale: "fr", units: try L10nFixture.units(text))
  }

  /// Every segment translated as "FR:" + its source.
  private func translated(_ bundle: TranslationBundle) -> TranslationBundle {
    var bundle = bundle
    for unit in bundle.units.indices {
      for segment in bundle.units[unit].segments.indices {
        let source = InlinePiece.plainText(bundle.units[unit].segments[segment].source)
        bundle.units[unit].segments[segment].target = [.text("FR: " + source)]
        bundle.units[unit].segments[segment].state = .final
      }
    }
    return bundle
  }

  @Test func mergingKeepsEveryTranslation() throws {
    let old = translated(try bundle(original))
    let edited = original.replacingOccurrences(of: "will change soon", with: "has changed now")
      .replacingOccurrences(of: "Third paragraph will disappear entirely from the post.\n", with: "")
    let merged = BundleMerger().merge(try bundle(edited), into: old)

    let first = try #require(merged.units.first { $0.sourceText.hasPrefix("First") })
    #expect(first.segments.allSatisfy { $0.state == .final && $0.target != nil })

    let second = try #require(merged.units.first { $0.sourceText.hasPrefix("Second") })
    #expect(second.segments[0].state == .initial)
    #expect(second.segments[0].target == [.text("FR: Second paragraph will change soon.")])
    #expect(
      second.notes.contains {
        $0.category == .previousSource && $0.segment == "s1" && $0.text == "Second paragraph will change soon."
      })
    #expect(second.segments[1].state == .final)

    #expect(!merged.units.contains { $0.sourceText.hasPrefix("Third") })
    let obsolete = try #require(merged.obsolete.first)
    #expect(obsolete.sourceText.hasPrefix("Third"))
    #expect(obsolete.segments[0].target == [.text("FR: Third paragraph will disappear entirely from the post.")])
  }

  @Test func anObsoleteUnitComesBackWithItsTranslation() throws {
    let old = translated(try bundle(original))
    let without = original.replacingOccurrences(
      of: "Third paragraph will disappear entirely from the post.\n", with: "")
    let first = BundleMerger().merge(try bundle(without), into: old)
    #expect(first.obsolete.count == 1)
    let back = BundleMerger().merge(try bundle(original), into: first)
    #expect(back.obsolete.isEmpty)
    let third = try #require(back.units.first { $0.sourceText.hasPrefix("Third") })
    #expect(third.segments[0].state == .final)
  }

  @Test(arguments: BundleFormat.allCases)
  func extractOverExistingBundlesLosesNoWork(_ format: BundleFormat) throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", original)
    let first = try CommandRunner.run(
      ["l10n", "extract", "post.txt", "--locales", "fr", "--out", "Locales", "--format", format.rawValue],
      in: folder.url)
    #expect(first.status == 0, "\(first.standardError)")
    let path = folder.path("Locales/fr/post.txt.\(format.fileExtension)")
    var fresh = try format.read(try String(contentsOfFile: path, encoding: .utf8), path: path)
    fresh.translatorFields = ["Last-Translator": "Ana Martin <ana@example.org>"]
    try format.write(translated(fresh)).write(toFile: path, atomically: true, encoding: .utf8)

    try folder.write("post.txt", original.replacingOccurrences(of: "will change soon", with: "has changed now"))
    let second = try CommandRunner.run(
      ["l10n", "extract", "post.txt", "--locales", "fr", "--out", "Locales", "--format", format.rawValue],
      in: folder.url)
    #expect(second.status == 0, "\(second.standardError)")
    let merged = try format.read(try String(contentsOfFile: path, encoding: .utf8), path: path)
    if format == .po { #expect(merged.translatorFields["Last-Translator"] == "Ana Martin <ana@example.org>") }
    let changed = try #require(merged.units.first { $0.sourceText.hasPrefix("Second") })
    #expect(changed.segments[0].needsReview)
    #expect(changed.notes.contains { $0.category == .previousSource })
    let kept = merged.units.filter { !$0.isMessage && !$0.sourceText.hasPrefix("Second") }
    #expect(!kept.isEmpty)
    #expect(kept.allSatisfy { $0.segments.allSatisfy { $0.target != nil } })
  }

  @Test func aMalformedBundleStopsExtractAndNothingIsOverwritten() throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", original)
    _ = try CommandRunner.run(
      ["l10n", "extract", "post.txt", "--locales", "fr,de", "--out", "Locales"], in: folder.url)
    let frPath = folder.path("Locales/fr/post.txt.xlf")
    let dePath = folder.path("Locales/de/post.txt.xlf")
    let broken = try String(contentsOfFile: frPath, encoding: .utf8).replacingOccurrences(of: "</unit>", with: "</unt>")
    try broken.write(toFile: frPath, atomically: true, encoding: .utf8)
    let deBefore = try String(contentsOfFile: dePath, encoding: .utf8)

    try folder.write("post.txt", original + "\nA brand new paragraph at the end of the post.\n")
    let result = try CommandRunner.run(
      ["l10n", "extract", "post.txt", "--locales", "fr,de", "--out", "Locales"], in: folder.url)
    #expect(result.status == 1)
    #expect(result.standardError.contains("Locales/fr/post.txt.xlf:"))
    #expect(result.standardError.contains("nothing was written"))
    #expect(try String(contentsOfFile: frPath, encoding: .utf8) == broken)
    #expect(try String(contentsOfFile: dePath, encoding: .utf8) == deBefore)
  }

  @Test func unknownIdsAndWrongLocalesAreRefused() throws {
    let folder = try TemporaryFolder()
    try folder.write("post.txt", original)
    _ = try CommandRunner.run(["l10n", "extract", "post.txt", "--locales", "fr", "--out", "Locales"], in: folder.url)
    let path = folder.path("Locales/fr/post.txt.xlf")
    let good = try String(contentsOfFile: path, encoding: .utf8)
    let firstID = try #require(good.firstMatch(of: /unit id="(u[0-9a-f]+)"/)?.1)
    try good.replacingOccurrences(of: "unit id=\"\(firstID)\"", with: "unit id=\"u123456789abc\"")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let unknown = try CommandRunner.run(
      ["l10n", "extract", "post.txt", "--locales", "fr", "--out", "Locales"], in: folder.url)
    #expect(unknown.status == 1)
    #expect(unknown.standardError.contains("unknown unit id 'u123456789abc'"))

    try good.replacingOccurrences(of: "trgLang=\"fr\"", with: "trgLang=\"de\"").write(
      toFile: path, atomically: true, encoding: .utf8)
    let wrong = try CommandRunner.run(
      ["l10n", "extract", "post.txt", "--locales", "fr", "--out", "Locales"], in: folder.url)
    #expect(wrong.status == 1)
    #expect(wrong.standardError.contains("Locales/fr/post.txt.xlf:1: targets for 'de'"))
  }
}
