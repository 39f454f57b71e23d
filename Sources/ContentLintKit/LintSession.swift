public import ContentModel
import Foundation
public import Ingest
public import Linting
import Reporting

/// The report formats `--format` accepts.
public enum ReportFormat: String, Sendable, CaseIterable {
  case pretty, line, json, sarif, github, junit, checkstyle, html

  /// The formats that quote the lines around a finding, and so need each post's text.
  public var showsSource: Bool { self == .pretty || self == .html }
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
  /// A mistake in a configuration file or rule pack, which stops the run before any post is linted.
  public var configurationError: ConfigurationError? = nil
  /// Posts whose results came from `--cache`; nil when the run used no cache.
  public var cachedPosts: Int? = nil

  public init(reports: [FileReport], missing: [String], configurationError: ConfigurationError? = nil) {
    self.reports = reports
    self.missing = missing
    self.configurationError = configurationError
  }

  /// 2 for a missing path or a configuration mistake, 1 for a finding at or above the threshold, else 0.
  public func exitStatus(failOn threshold: FailThreshold) -> Int32 {
    if !missing.isEmpty || configurationError != nil { return 2 }
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

/// Everything one invocation needs: the rule sources, the ingesters, the renderers.
public struct LintSession: Sendable {
  public let ingesters = IngesterRegistry()
  /// The built-in rules at their default options. Built when asked for: a lint run builds its own from the
  /// configuration, and building them (the duplicate rule's tables) is part of every run's start.
  public var rules: [AnyRule] { BuiltInRules.all.compactMap { try? BuiltInRules.make($0, options: RuleOptions()) } }
  /// Where configuration and extra packs come from (`--config`, `--rules-dir`).
  public let sources: RuleSources

  public init(sources: RuleSources = RuleSources()) {
    self.sources = sources
  }

  /// Every rule a run from the current folder can use: built-in rules, `unused-suppression`, the
  /// bundled packs, `--rules-dir` packs and the packs the configuration adds.
  public func catalog() throws(ConfigurationError) -> [RuleDescription] {
    var setup = try RuleSetup(sources: sources)
    let here = FileManager.default.currentDirectoryPath + "/" + Configuration.fileName
    let configuration = try setup.configuration(forFileAt: here)
    return RuleSetup.descriptions(packRules: try setup.packRules(for: configuration))
  }

  /// The catalogue, or the built-in rules alone when a configuration or pack is broken.
  public var ruleDescriptions: [RuleDescription] {
    (try? catalog()) ?? RuleSetup.descriptions(packRules: [])
  }

  /// Lints `paths`; with `changedFiles`, only the changed ones are reported while every discovered post
  /// still feeds the corpus rules. `progress` counts every file read. `keepingSources: false` leaves the
  /// posts' text out of the reports, for formats that do not show it. With `cacheDirectory`, unchanged
  /// posts reuse the results kept there (`PostCache`).
  public func lint(
    paths: [String], stdinFilename: String? = nil, standardInput: [UInt8]? = nil, changedFiles: ChangedFiles? = nil,
    progress: Progress? = nil, keepingSources: Bool = true, cacheDirectory: String? = nil
  ) -> LintOutcome {
    let discovery = FileDiscovery(extensions: ingesters.fileExtensions).discover(paths.filter { $0 != "-" })
    var inputs = discovery.files.map(LintInput.file)
    var stdinBytes = standardInput
    if paths.contains("-") {
      inputs.insert(.standardInput(name: stdinFilename ?? "<stdin>.txt"), at: 0)
      if stdinBytes == nil { stdinBytes = FileReader.readStandardInput() }
    }
    let plan: LintPlan
    do {
      (inputs, plan) = try makePlan(inputs)
    } catch {
      return LintOutcome(reports: [], missing: discovery.missing, configurationError: error)
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
    var run = LintRun(plan: plan, ingesters: ingesters)
    run.keepsSources = keepingSources
    run.cache = cacheDirectory.map { PostCache(directory: $0, ruleFiles: plan.ruleFiles) }
    let reports = run.run(inputs, standardInput: stdinBytes, reporting: reported, fileDone: fileDone)
    progress?.finish()
    var outcome = LintOutcome(reports: reports, missing: discovery.missing)
    outcome.cachedPosts = run.cache?.hits
    run.cache?.prune()
    return outcome
  }

  /// Resolves each input's configuration, drops ignored inputs, and builds one profile per distinct
  /// configuration and one corpus linter per distinct set of corpus-rule options.
  func makePlan(_ inputs: [LintInput]) throws(ConfigurationError) -> ([LintInput], LintPlan) {
    struct ProfileKey: Hashable {
      var configuration: String
      var settings: RuleSettings
    }
    var setup = try RuleSetup(sources: sources)
    var kept: [LintInput] = []
    var profiles: [RuleProfile] = []
    var profileOfInput: [Int] = []
    var profileIndex: [ProfileKey: Int] = [:]
    var corpusLinters: [Linter] = []
    var corpusIndex: [[RuleSetup.CorpusRuleKey]: Int] = [:]
    var validated: [String: [PackRule]] = [:]
    var ruleFiles: Set<String> = []
    var paths = StandardizedPaths()
    // A configuration without overrides gives every file the same settings, hence the same profile.
    var profileOfPlainConfiguration: [String: Int] = [:]
    for input in inputs {
      let path: String
      switch input {
      case .file(let file): path = file
      case .standardInput(let name):
        path = name.hasPrefix("/") ? name : FileManager.default.currentDirectoryPath + "/" + name
      }
      let configuration = try setup.configuration(forFileIn: paths.folder(of: path))
      let plain = configuration.overrides.isEmpty
      // Without ignore globs or overrides, where the file lies under the configuration changes nothing.
      let relative =
        plain && configuration.ignored.isEmpty
        ? nil : configuration.relativePath(of: path, standardized: paths.absolute(path))
      if let relative, configuration.isIgnored(relativePath: relative) { continue }
      if plain, let index = profileOfPlainConfiguration[configuration.file] {
        profileOfInput.append(index)
        kept.append(input)
        continue
      }
      let packRules: [PackRule]
      if let known = validated[configuration.file] {
        packRules = known
      } else {
        packRules = try setup.packRules(for: configuration)
        try RuleSetup.validate(configuration, packRules: packRules)
        validated[configuration.file] = packRules
        ruleFiles.insert(configuration.file)
        ruleFiles.formUnion(packRules.map(\.definition.file))
      }
      // No relative path means no overrides: the file-wide settings are the file's.
      let settings = relative.map(configuration.settings(forRelativePath:)) ?? configuration.settings
      let key = ProfileKey(configuration: configuration.file, settings: settings)
      // A plain configuration's one profile is found through `profileOfPlainConfiguration`: it need not be
      // hashed by its settings (the first use of that dictionary is a good part of a one-post run's plan).
      if !plain, let index = profileIndex[key] {
        profileOfInput.append(index)
      } else {
        let parts = try RuleSetup.profileParts(key.settings, packRules: packRules)
        var corpus: Int?
        if !parts.corpusRules.isEmpty {
          if let index = corpusIndex[parts.corpusKey] {
            corpus = index
          } else {
            corpusLinters.append(Linter(rules: parts.corpusRules))
            corpusIndex[parts.corpusKey] = corpusLinters.count - 1
            corpus = corpusLinters.count - 1
          }
        }
        profiles.append(
          RuleProfile(
            linter: Linter(rules: parts.documentRules), corpusLinter: corpus, severities: parts.severities,
            disabled: parts.disabled))
        if !plain { profileIndex[key] = profiles.count - 1 }
        profileOfInput.append(profiles.count - 1)
      }
      if plain { profileOfPlainConfiguration[configuration.file] = profileOfInput.last }
      kept.append(input)
    }
    return (
      kept,
      LintPlan(profiles: profiles, corpusLinters: corpusLinters, profileOfInput: profileOfInput, ruleFiles: ruleFiles.sorted())
    )
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
    // Only SARIF describes the rules; building the catalogue reads every pack again, a good part of a
    // one-post run.
    let summaries = format != .sarif ? [] : ruleDescriptions.map {
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
    case .html: return HTMLReporter().render(report)
    }
  }
}
