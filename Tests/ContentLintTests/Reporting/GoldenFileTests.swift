import Foundation
import Testing

/// Every CI format on `Samples/`, run from the package root so that paths read `Samples/...`.
@Suite(.serialized) struct GoldenFileTests {
  static let formats: [(format: String, golden: String)] = [
    ("json", "samples.json"), ("line", "samples.line"), ("sarif", "samples.sarif"), ("github", "samples.github"),
    ("junit", "samples.junit.xml"), ("checkstyle", "samples.checkstyle.xml"),
  ]

  @Test(arguments: formats.map(\.format))
  func samplesMatchTheGoldenFile(format: String) throws {
    let golden = try #require(Self.formats.first { $0.format == format }).golden
    let result = try CommandRunner.run(["lint", "--format", format, "Samples"], in: TestPaths.packageRoot)
    #expect(result.status == 0 || result.status == 1)
    #expect(!result.standardOutput.contains(TestPaths.packageRoot.path), "no absolute paths in \(format) output")
    try Snapshot.expectMatches(result.standardOutput, golden: golden)
  }

  @Test func outputIsTheSameOnEveryRun() throws {
    let first = try CommandRunner.run(["lint", "--format", "sarif", "Samples"], in: TestPaths.packageRoot)
    let second = try CommandRunner.run(["lint", "--format", "sarif", "Samples"], in: TestPaths.packageRoot)
    #expect(first.standardOutput == second.standardOutput)
  }
}
