import Foundation
import Localization
import Testing

@Suite struct UnitIDTests {
  private func seed() throws -> String { try String(contentsOf: L10nFixture.seedPost, encoding: .utf8) }

  private func ids(_ text: String) throws -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: try L10nFixture.units(text, path: "Samples/individual-psychotherapy.txt").map {
        ($0.id, $0.sourceText)
      })
  }

  @Test func insertingAnUnrelatedParagraphChangesNoId() throws {
    let text = try seed()
    let before = try ids(text)
    let edited = text.replacingOccurrences(
      of: "Benefits of Individual Therapy\n",
      with: "A new paragraph about scheduling that someone added later on.\n\nBenefits of Individual Therapy\n")
    #expect(edited != text)
    let after = try ids(edited)
    #expect(Set(before.keys).isSubset(of: Set(after.keys)))
    #expect(after.count == before.count + 1)
  }

  @Test func editingOneSentenceChangesExactlyOneUnit() throws {
    let text = try seed()
    let before = try ids(text)
    let edited = text.replacingOccurrences(
      of: "Finding the right therapist is a crucial part of the healing process.",
      with: "Finding the right therapist is an important part of healing.")
    #expect(edited != text)
    let after = try ids(edited)
    #expect(Set(before.keys).subtracting(after.keys).count == 1)
    #expect(Set(after.keys).subtracting(before.keys).count == 1)
  }

  @Test func idsNeverComeFromLineNumbers() throws {
    let text = try seed()
    let shifted = "\n\n\n" + text
    #expect(try ids(text).keys.sorted() == ids(shifted).keys.sorted())
  }

  @Test func idsAreVerifiableFromTheUnitAlone() throws {
    let units = try L10nFixture.units(try seed(), path: "Samples/individual-psychotherapy.txt")
    #expect(units.allSatisfy(UnitID.matches))
    var forged = try #require(units.first)
    forged.id = "u000000000000"
    #expect(!UnitID.matches(forged))
  }
}
