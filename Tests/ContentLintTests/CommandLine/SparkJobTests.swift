import Foundation
import Testing

/// The Spark job (`spark/contentlint_job.py`) in local[2] mode writes the report of one `contentlint lint`
/// run. It needs pyspark and Java, so it runs only where they are installed (`scripts/spark-job --setup`
/// puts pyspark in `.build-spark/venv`); CI on a fresh clone skips it.
@Suite struct SparkJobTests {
  /// A Python that can import pyspark, with Java beside it; nil when either is missing.
  static let python: String? = {
    guard ExternalTool.isAvailable(["java", "-version"]) else { return nil }
    let venv = TestPaths.packageRoot.appendingPathComponent(".build-spark/venv/bin/python").path
    return [venv, "python3"].first { ExternalTool.isAvailable([$0, "-c", "import pyspark"]) }
  }()

  @Test(
    .enabled(
      if: python != nil, "pyspark or Java is missing: scripts/spark-job --setup installs pyspark into .build-spark/venv"
    ))
  func sparkReportEqualsASingleRun() throws {
    let python = try #require(Self.python)
    let executable = try #require(TestPaths.executable)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [python, "spark/test_contentlint_job.py"]
    process.currentDirectoryURL = TestPaths.packageRoot
    var environment = ProcessInfo.processInfo.environment
    environment["CONTENTLINT"] = executable.path
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text.suffix(3000))")
    #expect(text.contains("test_report_equals_a_single_machine_run") && text.contains("... ok"), "\(text.suffix(3000))")
    #expect(!text.contains("skipped"))
  }
}
