import ArgumentParser
import ContentLintKit
import Foundation

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a commented .contentlint.yml in the current folder."
  )

  @Flag(help: "Replace an existing .contentlint.yml.")
  var force = false

  @OptionGroup var ruleSources: RuleSourceOptions

  func run() throws {
    let path = ".contentlint.yml"
    if !force, FileManager.default.fileExists(atPath: path) {
      FileHandleOutput.standardError("contentlint: \(path) already exists; use --force to replace it\n")
      throw ExitCode(2)
    }
    let text = ConfigurationTemplate.render(try ruleSources.catalog())
    do {
      try AtomicFile.write(Array(text.utf8), to: path)
    } catch {
      FileHandleOutput.standardError("contentlint: cannot write \(path): \(error)\n")
      throw ExitCode(2)
    }
    FileHandleOutput.standardError("contentlint: wrote \(path)\n")
  }
}
