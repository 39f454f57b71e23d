import Foundation

/// Runs tools some tests use when they are installed (python3 with jsonschema, xmllint); tests skip without them.
enum ExternalTool {
  /// Exit status and combined output, or nil when the tool cannot be started.
  static func run(_ arguments: [String], in directory: URL? = nil) -> (status: Int32, output: String)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  static func isAvailable(_ check: [String]) -> Bool { run(check)?.status == 0 }

  static var hasJSONSchema: Bool { isAvailable(["python3", "-c", "import jsonschema"]) }
  static var hasXMLLint: Bool { isAvailable(["xmllint", "--version"]) }
  static var hasGit: Bool { isAvailable(["git", "--version"]) }
}
