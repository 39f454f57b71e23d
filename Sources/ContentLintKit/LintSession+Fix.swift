public import ContentModel
import Foundation

/// What `--fix` did to one file.
public struct FixResult: Sendable {
  public var path: String
  public var applied: Int
  /// The unified diff of the change (what `--fix --dry-run` prints).
  public var diff: String
  /// Why the file was left alone, when it was.
  public var skippedBecause: String?
}

extension LintSession {
  /// Applies the safe fixes of every finding in `reports`. With `dryRun` nothing is written; the diffs say
  /// what would change. Files are rewritten atomically and only when their bytes are exactly the UTF-8
  /// text that was linted (with or without a byte-order mark), so no other byte can change.
  public func applyFixes(_ reports: [FileReport], dryRun: Bool) -> [FixResult] {
    var results: [FixResult] = []
    for report in reports {
      let fixes = report.findings.compactMap(\.fix)
      guard !fixes.isEmpty, let source = report.source else { continue }
      guard let bytes = try? FileReader.read(report.path) else {
        results.append(FixResult(path: report.path, applied: 0, diff: "", skippedBecause: "it could not be read again"))
        continue
      }
      let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
      let hasBOM = bytes.starts(with: bom)
      guard Array(source.utf8) == (hasBOM ? Array(bytes.dropFirst(3)) : bytes) else {
        results.append(
          FixResult(path: report.path, applied: 0, diff: "", skippedBecause: "it is not UTF-8 or it changed since it was linted"))
        continue
      }
      let (fixed, applied) = FixApplier.apply(fixes, to: source)
      let shownPath = report.path.hasPrefix("/") ? report.path : "/" + report.path
      let diff = UnifiedDiff.diff(old: source, new: fixed, oldName: "a" + shownPath, newName: "b" + shownPath)
      if !dryRun, fixed != source {
        do {
          try AtomicFile.write((hasBOM ? bom : []) + Array(fixed.utf8), to: report.path)
        } catch {
          results.append(FixResult(path: report.path, applied: 0, diff: "", skippedBecause: "\(error)"))
          continue
        }
      }
      results.append(FixResult(path: report.path, applied: applied, diff: diff, skippedBecause: nil))
    }
    return results
  }
}
