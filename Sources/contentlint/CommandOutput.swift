import ArgumentParser
import ContentLintKit

/// Where a command's result goes: `--output FILE` (written atomically) or standard output.
enum CommandOutput {
  /// A file that cannot be written is a usage error (exit status 2).
  static func write(_ text: String, to output: String?) throws {
    guard let output else {
      FileHandleOutput.standardOutput(text)
      return
    }
    do {
      try AtomicFile.write(Array(text.utf8), to: output)
    } catch {
      FileHandleOutput.standardError("contentlint: cannot write \(output): \(error)\n")
      throw ExitCode(2)
    }
  }
}
