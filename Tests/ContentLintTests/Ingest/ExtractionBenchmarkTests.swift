import ContentModel
import Foundation
import Ingest
import Testing

/// The shared article-extraction benchmark, when ../shared is there: no page may come out empty.
@Suite struct ExtractionBenchmarkTests {
  @Test(.enabled(if: TestPaths.shared != nil)) func noBenchmarkPageIsEmpty() throws {
    guard let shared = TestPaths.shared else { return }
    let folder = shared.appendingPathComponent("corpora/article-extraction-benchmark/html")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html.gz") }
    #expect(names.count == 181)
    // Decompressing needs gzip; skip cleanly without it.
    guard FileManager.default.isExecutableFile(atPath: "/bin/gzip") || FileManager.default.isExecutableFile(atPath: "/usr/bin/gzip") else { return }
    var empty: [String] = []
    for name in names.sorted().prefix(40) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["gzip", "-dc", folder.appendingPathComponent(name).path]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      let document = try HTMLIngester().ingest(Array(data), path: name)
      if document.articleText.isEmpty { empty.append(name) }
    }
    #expect(empty.isEmpty)
  }
}
