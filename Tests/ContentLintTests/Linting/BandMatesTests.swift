import Testing

@testable import Linting

@Suite struct BandMatesTests {
  /// Mates are listed band by band, each band's in the order found, and a mate named in a later band again
  /// is kept where it first appeared.
  @Test func mergesBandsInOrderAndNamesEachMateOnce() {
    let bands: [[Int32]] = [
      [3, 0, 3, 2, 4, 1],
      [],
      [3, 1, 3, 0, 4, 1, 4, 3],
    ]
    let mates = bands.withUnsafeBufferPointer { bands in
      DuplicateParagraphRule.BandMates(
        merging: bands, placeCount: 5, documents: [0, 0, 1, 1, 2], entries: [0, 1, 0, 1, 0])
    }
    typealias Seen = DuplicateParagraphRule.Seen
    #expect(mates.mates(ofPlace: 0).isEmpty)
    #expect(mates.mates(ofPlace: 3) == [Seen(document: 0, entry: 0), Seen(document: 1, entry: 0), Seen(document: 0, entry: 1)])
    #expect(mates.mates(ofPlace: 4) == [Seen(document: 0, entry: 1), Seen(document: 1, entry: 1)])
    #expect(DuplicateParagraphRule.BandMates().mates(ofPlace: 2).isEmpty)
  }
}
