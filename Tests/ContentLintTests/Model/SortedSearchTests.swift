import ContentModel
import Testing

@Suite struct SortedSearchTests {
  /// Against a scan from the end, for every value around and between the keys, repeated keys included.
  @Test(arguments: [[0], [0, 4], [0, 4, 4, 9], [2, 3, 5, 8, 13, 21]])
  func findsTheLastKeyAtMostTheValue(_ starts: [Int]) {
    for value in -1...(starts.last! + 2) {
      let expected = starts.lastIndex { $0 <= value } ?? 0
      #expect(starts.lastIndex(withKeyAtMost: value) { $0 } == expected, "value \(value) in \(starts)")
    }
  }

  @Test func anEmptyCollectionAnswersItsStart() {
    #expect([Int]().lastIndex(withKeyAtMost: 3) { $0 } == 0)
  }
}
