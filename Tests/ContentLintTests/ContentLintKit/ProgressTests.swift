import ContentLintKit
import Foundation
import Testing

@Suite struct ProgressTests {
  /// Collects what the progress line writes, from the timer's queue.
  final class Sink: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []
    func append(_ text: String) { lock.withLock { parts.append(text) } }
    var text: String { lock.withLock { parts.joined() } }

    /// Waits for the timer's first write, however busy the machine: a fixed sleep would make the test flaky.
    func waitForText() async throws {
      let deadline = Date().addingTimeInterval(30)
      while text.isEmpty && Date() < deadline { try await Task.sleep(nanoseconds: 10_000_000) }
    }
  }

  @Test func linesShowDoneTotalAndRateOnceTheDelayHasPassed() async throws {
    let sink = Sink()
    let progress = Progress(style: .lines, delay: 0.05, interval: 0.05) { sink.append($0) }
    progress.start(total: 4)
    progress.advance()
    try await sink.waitForText()
    progress.advance()
    progress.finish()
    let lines = sink.text.split(separator: "\n")
    #expect(lines.first?.hasPrefix("contentlint: 1/4 files, ") == true)
    #expect(lines.last?.hasPrefix("contentlint: 2/4 files, ") == true)
    #expect(lines.allSatisfy { $0.hasSuffix(" files/s") })
    let count = lines.count
    try await Task.sleep(nanoseconds: 150_000_000)
    #expect(sink.text.split(separator: "\n").count == count, "nothing after finish")
  }

  @Test func aRedrawnLineIsErasedAtTheEnd() async throws {
    let sink = Sink()
    let progress = Progress(style: .redrawn, delay: 0.02, interval: 0.02) { sink.append($0) }
    progress.start(total: 2)
    try await sink.waitForText()
    progress.finish()
    #expect(sink.text.hasPrefix("\r\u{1B}[Kcontentlint: 0/2 files"))
    #expect(sink.text.hasSuffix("\r\u{1B}[K"))
    #expect(!sink.text.contains("\n"))
  }

  @Test func aZeroDelayShowsTheFirstLineAtOnce() {
    let sink = Sink()
    let progress = Progress(style: .lines, delay: 0, interval: 60) { sink.append($0) }
    progress.start(total: 2)
    #expect(sink.text.hasPrefix("contentlint: 0/2 files, "))
    progress.advance()
    progress.advance()
    progress.finish()
    let lines = sink.text.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.last?.hasPrefix("contentlint: 2/2 files, ") == true)
  }

  @Test func shortRunsPrintNothing() {
    let sink = Sink()
    let progress = Progress(style: .lines, delay: 1) { sink.append($0) }
    progress.start(total: 3)
    for _ in 0..<3 { progress.advance() }
    progress.finish()
    #expect(sink.text.isEmpty)
  }
}
