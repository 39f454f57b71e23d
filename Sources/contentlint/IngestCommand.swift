import ArgumentParser
import ContentLintKit

struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Show what the linter sees after ingest: the document tree of each post."
  )

  @Argument(help: "Files or folders to read.")
  var paths: [String] = []

  @Option(help: "text (the article as read), jsonl (one JSON object per post) or tree.")
  var format: IngestFormat = .text

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Give at least one file or folder to ingest.") }
  }

  func run() throws {
    let session = LintSession()
    var status: Int32 = 0
    for result in session.ingest(paths: paths) {
      switch result {
      case .success(let document):
        switch format {
        case .jsonl: FileHandleOutput.standardOutput(IngestFormatter.jsonLine(document) + "\n")
        case .text: FileHandleOutput.standardOutput(IngestFormatter.text(document) + "\n")
        case .tree: FileHandleOutput.standardOutput(IngestFormatter.tree(document) + "\n")
        }
      case .failure(let failure):
        FileHandleOutput.standardError("contentlint: \(failure.path): \(failure.message)\n")
        status = failure.isMissing ? 2 : max(status, 1)
      }
    }
    throw ExitCode(status)
  }
}

enum IngestFormat: String, ExpressibleByArgument, CaseIterable {
  case text, jsonl, tree
}
