import Foundation
import Testing

/// Golden files without a snapshot package: compare output with a file under `Fixtures/golden`, or rewrite the
/// file when `CONTENTLINT_UPDATE_GOLDENS=1` is set (after a change that is meant to alter the output).
enum Snapshot {
  static var isUpdating: Bool { ProcessInfo.processInfo.environment["CONTENTLINT_UPDATE_GOLDENS"] == "1" }

  static func file(_ name: String) -> URL { TestPaths.fixture("golden").appendingPathComponent(name) }

  /// Records an issue naming the first line that differs, or rewrites the golden file when updating.
  static func expectMatches(_ actual: String, golden name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let url = file(name)
    if isUpdating {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "Missing golden file \(name); run CONTENTLINT_UPDATE_GOLDENS=1 swift test", sourceLocation: sourceLocation)
      return
    }
    guard expected != actual else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let index =
      zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expectedLines.count, actualLines.count)
    let want = index < expectedLines.count ? String(expectedLines[index]) : "(end of file)"
    let got = index < actualLines.count ? String(actualLines[index]) : "(end of file)"
    Issue.record(
      """
      \(name) differs at line \(index + 1) (CONTENTLINT_UPDATE_GOLDENS=1 swift test rewrites it if that is intended)
        expected: \(want)
        actual:   \(got)
      """, sourceLocation: sourceLocation)
  }
}
