public import ContentModel
import Foundation
import Reporting

/// Findings recorded so a corpus can adopt contentlint without fixing everything first: later runs hide
/// them and report only what is new.
///
/// A finding is recorded by its file and `FindingFingerprint` (rule, normalised flagged text, occurrence
/// among identical ones in that file), never by line, so editing a post elsewhere keeps its old findings
/// hidden. Paths are stored relative to the folder contentlint runs from, so run it from the same place.
public struct Baseline: Sendable, Equatable {
  /// One recorded finding; the rule and excerpt are there for people reading the file.
  public struct Entry: Codable, Hashable, Sendable {
    public var path: String
    public var rule: String
    public var fingerprint: String
    public var excerpt: String
  }

  /// Why a baseline could not be read or written.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  public private(set) var entries: [Entry]

  /// The findings of `reports`, with paths made relative to `baseDirectory` when they lie inside it.
  public init(reports: [FileReport], baseDirectory: String) {
    entries = reports.flatMap { report in
      let path = Self.key(for: report.path, baseDirectory: baseDirectory)
      return zip(report.findings, FindingFingerprint.fingerprints(of: report.findings)).map { finding, fingerprint in
        Entry(path: path, rule: finding.rule, fingerprint: fingerprint, excerpt: finding.excerpt)
      }
    }
    sort()
  }

  public static func load(from file: String) throws(Failure) -> Baseline {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: file))
    } catch {
      throw Failure(description: "cannot read the baseline \(file): \(error.localizedDescription)")
    }
    do {
      let stored = try JSONDecoder().decode(Stored.self, from: data)
      guard stored.version == Stored.currentVersion else {
        throw Failure(
          description:
            "the baseline \(file) has version \(stored.version); this contentlint reads \(Stored.currentVersion)")
      }
      var baseline = Baseline(reports: [], baseDirectory: "/")
      baseline.entries = stored.findings
      baseline.sort()
      return baseline
    } catch let failure as Failure {
      throw failure
    } catch {
      throw Failure(description: "the baseline \(file) is not a contentlint baseline: \(error)")
    }
  }

  /// Writes the baseline atomically, in a stable order so that its changes read well in a diff.
  public func write(to file: String) throws(Failure) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      let data = try encoder.encode(Stored(version: Stored.currentVersion, tool: "contentlint", findings: entries))
      try AtomicFile.write(Array(data) + Array("\n".utf8), to: file)
    } catch {
      throw Failure(description: "cannot write the baseline \(file): \(error)")
    }
  }

  /// This baseline plus the entries of `previous` for files this run did not lint that still exist, so that
  /// rewriting it after a partial run (`--changed-since`, one folder) keeps the rest of the corpus recorded.
  public func keepingUnlinted(from previous: Baseline, linted: [String], baseDirectory: String) -> Baseline {
    let lintedKeys = Set(linted.map { Self.key(for: $0, baseDirectory: baseDirectory) })
    var merged = self
    merged.entries += previous.entries.filter { entry in
      guard !lintedKeys.contains(entry.path) else { return false }
      let onDisk = entry.path.hasPrefix("/") ? entry.path : baseDirectory + "/" + entry.path
      return FileManager.default.fileExists(atPath: onDisk)
    }
    merged.sort()
    return merged
  }

  /// The reports without the findings this baseline records, and how many were hidden.
  public func hiding(in reports: [FileReport], baseDirectory: String) -> (reports: [FileReport], hidden: Int) {
    let recorded = Set(entries.map { $0.path + "\u{0}" + $0.fingerprint })
    var hidden = 0
    let kept = reports.map { report in
      let path = Self.key(for: report.path, baseDirectory: baseDirectory)
      let fingerprints = FindingFingerprint.fingerprints(of: report.findings)
      var filtered = report
      filtered.findings = zip(report.findings, fingerprints).compactMap { finding, fingerprint in
        guard recorded.contains(path + "\u{0}" + fingerprint) else { return finding }
        hidden += 1
        return nil
      }
      return filtered
    }
    return (kept, hidden)
  }

  // MARK: - Private

  private struct Stored: Codable {
    static let currentVersion = 1
    var version: Int
    var tool: String
    var findings: [Entry]
  }

  /// Files in path order, findings in the order they were recorded (report order within a file).
  private mutating func sort() {
    let order = Dictionary(entries.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    entries.sort { lhs, rhs in
      if lhs.path != rhs.path { return FileDiscovery.pathOrder(lhs.path, rhs.path) }
      return order[lhs, default: 0] < order[rhs, default: 0]
    }
  }

  static func key(for path: String, baseDirectory: String) -> String {
    ReportPath.relative(path, to: baseDirectory) ?? path
  }
}
