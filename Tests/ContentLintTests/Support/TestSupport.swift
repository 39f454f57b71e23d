import ContentModel
import Foundation
import Ingest

/// Paths the tests read from: the package root, fixtures, samples and the shared folder beside the repository.
enum TestPaths {
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var fixtures: URL { packageRoot.appendingPathComponent("Tests/ContentLintTests/Fixtures") }
  static var samples: URL { packageRoot.appendingPathComponent("Samples") }
  /// `../shared` beside the repository; nil in a user's fresh clone.
  static var shared: URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.appendingPathComponent("seed").path) ? url : nil
  }

  static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

  /// The built `contentlint` executable that `swift test` builds beside the tests.
  static var executable: URL? {
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent("contentlint"),
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("contentlint"),
      packageRoot.appendingPathComponent(".build/debug/contentlint"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("contentlint-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    // Restore permissions a test may have removed so the folder can be deleted.
    _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    try? FileManager.default.removeItem(at: url)
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> URL {
    try write(name, Array(text.utf8))
  }

  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> URL {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Runs the built executable and captures what it printed.
struct CommandResult {
  var status: Int32
  var standardOutput: String
  var standardError: String
}

enum CommandRunner {
  static func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:], in directory: URL? = nil)
    throws -> CommandResult
  {
    guard let executable = TestPaths.executable else { throw CommandError.notBuilt }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var environmentValues = ProcessInfo.processInfo.environment
    environmentValues["NO_COLOR"] = "1"
    for (key, value) in environment { environmentValues[key] = value }
    process.environment = environmentValues
    let output = Pipe()
    let error = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = inputPipe
    try process.run()
    if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inputPipe.fileHandleForWriting.close()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }

  enum CommandError: Error { case notBuilt }
}

extension Document {
  /// Content blocks' texts, for compact expectations.
  var blockTexts: [String] { blocks.map(\.text) }
}
