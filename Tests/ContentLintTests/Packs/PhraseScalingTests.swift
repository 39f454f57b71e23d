import ContentModel
import Foundation
import Linting
import Testing

/// Ten times the phrases must cost at most 1.3 times the matching time. Timing on a shared machine is
/// noisy, so this runs only when asked: `CONTENTLINT_BENCHMARK=1 swift test --filter PhraseScalingTests`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CONTENTLINT_BENCHMARK"] == "1"))
struct PhraseScalingTests {
  /// Made-up two- and three-word phrases, a few of which occur in the text.
  private func phrases(_ count: Int) -> [String] {
    (0..<count).map { index in
      index % 50 == 0 ? "quiet harbour" : "zq\(index) word\(index % 7)" + (index % 3 == 0 ? " extra\(index)" : "")
    }
  }

  private func rule(phraseCount: Int) throws -> PackRule {
    let tokens = phrases(phraseCount).map { "'\($0)'" }.joined(separator: ", ")
    return try PackLoader.rule(
      yaml: "kind: existence\nmessage: '%s'\ntokens: [\(tokens)]", pack: "bench", name: "phrases")
  }

  /// CPU time of this thread, which other work on a busy machine disturbs far less than wall time.
  private func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
    var start = timespec()
    var end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    try body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
  }

  @Test func tenTimesThePhrasesCostsAtMostThirtyPercentMore() throws {
    let paragraph =
      "The boats came back to the quiet harbour at dusk, and the fishermen sorted the catch while gulls "
      + "circled overhead and children ran along the wall to watch the nets come in. "
    let text = (0..<1_000).map { "Paragraph \($0). " + paragraph }.joined(separator: "\n\n")
    let document = try PackLinting.document(text)
    let small = try rule(phraseCount: 100)
    let large = try rule(phraseCount: 1_000)
    #expect(try small.check(document).count == large.check(document).count)
    // Alternate the two and keep each one's best run, so that a burst of load hits both alike.
    var best = (small: Double.infinity, large: Double.infinity)
    for _ in 0..<7 {
      best.small = min(best.small, try cpuSeconds { _ = try small.check(document) })
      best.large = min(best.large, try cpuSeconds { _ = try large.check(document) })
    }
    let ratio = best.large / best.small
    print("phrase scaling: 100 phrases \(best.small) s, 1000 phrases \(best.large) s, ratio \(ratio)")
    #expect(ratio <= 1.3)
  }
}
