public import ContentModel
import Foundation
public import Ingest
public import Linting
import Reporting

/// The report formats `--format` accepts.
public enum ReportFormat: String, Sendable, CaseIterable {
  case pretty, line, json, sarif, github, junit, checkstyle
}

/// When a run fails: at a severity or above, or never.
public enum FailThreshold: Sendable, Hashable {
  case severity(Severity)
  case never
}

/// What a lint run produced, and the exit status it implies.
public struct LintOutcome: Sendable {
  public var reports: [FileReport]
  /// Paths given that do not exist.
  public var missing: [String]

  public init(reports: [FileReport], missing: [String]) {
    self.reports = reports
    self.missing = missing
  }

  /// 2 for a missing path, 1 for a finding at or above the threshold, else 0.
  public func exitStatus(failOn threshold: FailThreshold) -> Int32 {
    if !missing.isEmpty { return 2 }
    guard case .severity(let lowest) = threshold else { return 0 }
    let failing = reports.contains { $0.findings.contains { $0.severity >= lowest } }
    return failing ? 1 : 0
  }
}

/// Why a post could not be shown by `ingest`.
public struct IngestFailure: Error, Sendable {
  public var path: String
  public var message: String
  public var isMissing: Bool
}

/// Everything one invocation needs: the configured rules, the ingesters, the renderers.
public struct LintSession: Sendable {
  public let ingesters = IngesterRegistry()
  public let rules: [AnyRule]

  public init() {
    rules = BuiltInRules.all.compactMap { try? BuiltInRules.make($0, options: RuleOptions()) }
  }

  public var ruleDescriptions: [RuleDescription] { rules.map(\.ruleDescription) }

  /// Lints `paths`; with `changedFiles`, only the changed ones are reported while every discovered post
  /// still feeds the corpus rules. `progress` counts every file read.
  public func lint(
    paths: [String], stdinFilename: String? = nil, standardInput: [UInt8]? = nil, changedFiles: ChangedFiles? = nil,
    progress: Progress? = nil
  ) -> LintOutcome {
    let discovery = FileDiscovery(extensions: ingesters.fileExtensions).discover(paths.filter { $0 != "-" })
    var inputs = discovery.files.map(LintInput.file)
    var stdinBytes = standardInput
    if paths.contains("-") {
      inputs.insert(.standardInput(name: stdinFilename ?? "<stdin>.txt"), at: 0)
      if stdinBytes == nil { stdinBytes = FileReader.readStandardInput() }
    }
    let directory = FileManager.default.currentDirectoryPath
    let reported: Set<LintInput>? = changedFiles.map { changed in
      Set(
        inputs.filter { input in
          guard case .file(let path) = input else { return true }
          return changed.contains(path, relativeTo: directory)
        })
    }
    var fileDone: (@Sendable () -> Void)?
    if let progress { fileDone = { progress.advance() } }
    progress?.start(total: inputs.count)
    let reports = LintRun(linter: Linter(rules: rules), ingesters: ingesters).run(
      inputs, standardInput: stdinBytes, reporting: reported, fileDone: fileDone)
    progress?.finish()
    return LintOutcome(reports: reports, missing: discovery.missing)
  }

  public func ingest(paths: [String]) -> [Result<Document, IngestFailure>] {
    let discovery = FileDiscovery(extensions: ingesters.fileExtensions).discover(paths)
    var results: [Result<Document, IngestFailure>] = discovery.missing.map {
      .failure(IngestFailure(path: $0, message: "no such file or folder", isMissing: true))
    }
    let ingesters = self.ingesters
    results += discovery.files.parallelMap { path -> Result<Document, IngestFailure> in
      do throws(IngestError) {
        return .success(try ingesters.ingest(try FileReader.read(path), path: path))
      } catch {
        return .failure(IngestFailure(path: path, message: error.description, isMissing: false))
      }
    }
    return results
  }

  public func render(_ reports: [FileReport], format: ReportFormat, colored: Bool) -> String {
    let summaries = ruleDescriptions.map {
      RuleSummary(id: $0.id, defaultSeverity: $0.defaultSeverity, summary: $0.summary, details: $0.details)
    }
    let report = LintReport(files: reports, rules: summaries, toolVersion: ContentLintVersion.current)
    switch format {
    case .pretty: return PrettyReporter(colored: colored).render(report)
    case .line: return LineReporter().render(report)
    case .json: return JSONReporter().render(report)
    case .sarif: return SARIFReporter(baseDirectory: FileManager.default.currentDirectoryPath).render(report)
    case .github: return GitHubReporter().render(report)
    case .junit: return JUnitReporter().render(report)
    case .checkstyle: return CheckstyleReporter().render(report)
    }
  }
}
