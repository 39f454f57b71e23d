import ArgumentParser
import ContentLintKit
import Foundation

extension LintCommand {
  /// The files `--changed-since` asks for; a git failure is a usage error (status 2).
  func changedFiles() throws -> ChangedFiles? {
    guard let changedSince else { return nil }
    do {
      return try ChangedFiles.since(changedSince, in: FileManager.default.currentDirectoryPath)
    } catch {
      FileHandleOutput.standardError("contentlint: --changed-since: \(error)\n")
      throw ExitCode(2)
    }
  }

  /// Writes the baseline `--write-baseline` asks for, then hides what the baseline records, saying how many.
  func applyBaseline(to outcome: inout LintOutcome) throws {
    let directory = FileManager.default.currentDirectoryPath
    let applied: Baseline
    let source: String
    do {
      if let writeBaseline {
        var current = Baseline(reports: outcome.reports, baseDirectory: directory)
        // A previous baseline that cannot be read is replaced rather than blocking the rewrite.
        if FileManager.default.fileExists(atPath: writeBaseline), let previous = try? Baseline.load(from: writeBaseline)
        {
          current = current.keepingUnlinted(
            from: previous, linted: outcome.reports.map(\.path), baseDirectory: directory)
        }
        try current.write(to: writeBaseline)
        let recorded = LintOutcome.counted(current.entries.count, "finding")
        FileHandleOutput.standardError("contentlint: recorded \(recorded) in \(writeBaseline)\n")
        applied = current
        source = writeBaseline
      } else if let baseline {
        applied = try Baseline.load(from: baseline)
        source = baseline
      } else {
        return
      }
    } catch {
      FileHandleOutput.standardError("contentlint: \(error)\n")
      throw ExitCode(2)
    }
    let (reports, hidden) = applied.hiding(in: outcome.reports, baseDirectory: directory)
    outcome.reports = reports
    let hiddenCount = LintOutcome.counted(hidden, "finding")
    FileHandleOutput.standardError("contentlint: the baseline \(source) hid \(hiddenCount)\n")
  }
}
