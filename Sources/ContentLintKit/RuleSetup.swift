import ContentModel
import Foundation
public import Linting
import RulePacks

/// Resolves each file's configuration, loads the packs it needs, and builds one rule profile per
/// distinct configuration. Every mistake in a configuration or pack is a `ConfigurationError`.
public struct RuleSetup {
  public let sources: RuleSources
  private var configurations: [String: Configuration] = [:]
  private var folderConfiguration: [String: String?] = [:]
  private var packs: [String: [PackRule]] = [:]
  private var commandLineConfiguration: Configuration?
  private var paths = StandardizedPaths()
  /// The folder asked about last and its answer: files come sorted by path, so a folder's files come together
  /// and most lookups are for the folder just asked about.
  private var lastLookup: (folder: String, configuration: Configuration)?

  public init(sources: RuleSources) throws(ConfigurationError) {
    self.sources = sources
    if let file = sources.configFile {
      guard FileManager.default.fileExists(atPath: file) else {
        throw ConfigurationError(file: file, line: nil, message: "no such configuration file")
      }
      commandLineConfiguration = try Configuration.load(file: file)
    }
  }

  // MARK: - Configurations

  /// The configuration for a file: `--config`, else the nearest `.contentlint.yml` from the file's
  /// folder upwards, else the defaults.
  public mutating func configuration(forFileAt path: String) throws(ConfigurationError) -> Configuration {
    if let commandLineConfiguration { return commandLineConfiguration }
    return try configuration(forFileIn: paths.folder(of: path))
  }

  /// The configuration for a file in `folder`, a standardised absolute path.
  mutating func configuration(forFileIn folder: String) throws(ConfigurationError) -> Configuration {
    if let commandLineConfiguration { return commandLineConfiguration }
    if let lastLookup, lastLookup.folder == folder { return lastLookup.configuration }
    let configuration = try nearestConfiguration(from: folder)
    lastLookup = (folder, configuration)
    return configuration
  }

  private mutating func nearestConfiguration(from folder: String) throws(ConfigurationError) -> Configuration {
    guard let file = try nearestConfigurationFile(from: folder) else {
      return Configuration.defaults(directory: FileManager.default.currentDirectoryPath)
    }
    if let loaded = configurations[file] { return loaded }
    let loaded = try Configuration.load(file: file)
    configurations[file] = loaded
    return loaded
  }

  private mutating func nearestConfigurationFile(from folder: String) throws(ConfigurationError) -> String? {
    var visited: [String] = []
    var current = folder
    var found: String?
    while true {
      if let known = folderConfiguration[current] {
        found = known
        break
      }
      visited.append(current)
      let candidate = (current as NSString).appendingPathComponent(Configuration.fileName)
      if FileManager.default.fileExists(atPath: candidate) {
        found = candidate
        break
      }
      let parent = (current as NSString).deletingLastPathComponent
      if parent == current || parent.isEmpty { break }
      current = parent
    }
    for folder in visited { folderConfiguration[folder] = found }
    return found
  }

  // MARK: - Packs

  /// Packs every file gets: the bundled ones, then `--rules-dir`.
  public mutating func commonPackRules() throws(ConfigurationError) -> [PackRule] {
    var folders: [String] = []
    let bundled = BundledPacks.directory?.path
    if let bundled { folders.append(bundled) }
    folders += sources.rulesDirectories
    return try packRules(in: folders, bundled: bundled)
  }

  /// The pack rules a configuration can use: the common ones and its own `rules-dir` folders.
  public mutating func packRules(for configuration: Configuration) throws(ConfigurationError) -> [PackRule] {
    try commonPackRules() + packRules(in: configuration.rulesDirectories, configurationFile: configuration.file)
  }

  /// - Parameter bundled: the folder of the packs that ship with contentlint, whose patterns the tests
  ///   compile: they are compiled on first use rather than checked at every start.
  private mutating func packRules(in folders: [String], configurationFile: String? = nil, bundled: String? = nil)
    throws(ConfigurationError) -> [PackRule]
  {
    var rules: [PackRule] = []
    for folder in folders {
      if let cached = packs[folder] {
        rules += cached
        continue
      }
      let loaded: [PackRule]
      do {
        loaded = try PackLoader.load(directory: folder, checksPatterns: folder != bundled)
      } catch let error where error.line == nil && error.file == folder && configurationFile != nil {
        // A folder the configuration names but that does not exist: point at the configuration.
        throw ConfigurationError(
          file: configurationFile ?? folder, line: nil, message: "rules-dir \(folder): \(error.message)")
      }
      packs[folder] = loaded
      rules += loaded
    }
    var seen: [String: String] = [:]
    for rule in rules {
      if let other = seen[rule.id], other != rule.definition.file {
        throw ConfigurationError(
          file: rule.definition.file, line: nil, message: "rule \(rule.id) is also defined in \(other)")
      }
      seen[rule.id] = rule.definition.file
    }
    return rules
  }

  // MARK: - Profiles

  /// The rule catalogue a configuration sees: built-in rules, `unused-suppression`, then pack rules.
  public static func descriptions(packRules: [PackRule]) -> [RuleDescription] {
    BuiltInRules.all.map { $0.description } + [Suppressions.description]
      + packRules.map(\.ruleDescription).sorted { $0.id < $1.id }
  }

  /// Checks every rule, pack and option a configuration names against the rules it can use.
  public static func validate(_ configuration: Configuration, packRules: [PackRule]) throws(ConfigurationError) {
    let known = Dictionary(
      descriptions(packRules: packRules).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let packNames = Set(packRules.map(\.definition.pack))
    for settings in configuration.allSettings {
      for (id, setting) in settings.rules.sorted(by: { $0.value.line < $1.value.line }) {
        guard let description = known[id] else {
          let hint = packNames.contains(id) ? " ('\(id)' is a pack: set it under 'packs:')" : ""
          throw ConfigurationError(
            file: setting.file, line: setting.line,
            message: "unknown rule '\(id)'\(hint); `contentlint rules` lists them")
        }
        for (name, value) in setting.options.sorted(by: { $0.key < $1.key }) {
          let line = setting.optionLines[name] ?? setting.line
          guard let option = description.options.first(where: { $0.name == name }) else {
            let names = description.options.map(\.name)
            throw ConfigurationError(
              file: setting.file, line: line,
              message: "rule '\(id)' has no option '\(name)'"
                + (names.isEmpty ? " (it takes none)" : " (its options: \(names.joined(separator: ", ")))"))
          }
          guard value.coerced(like: option.defaultValue) != nil else {
            throw ConfigurationError(
              file: setting.file, line: line,
              message: "option '\(name)' of rule '\(id)' takes \(option.defaultValue.typeName), not \(value.typeName)")
          }
        }
      }
      for (pack, line) in settings.packLines.sorted(by: { $0.value < $1.value }) where !packNames.contains(pack) {
        throw ConfigurationError(
          file: settings.file, line: line,
          message: "unknown pack '\(pack)' (packs: \(packNames.sorted().joined(separator: ", ")))")
      }
    }
  }

  /// The document rules, corpus rules and severity changes that `settings` ask for.
  public static func profileParts(_ settings: RuleSettings, packRules: [PackRule]) throws(ConfigurationError)
    -> ProfileParts
  {
    var parts = ProfileParts()
    for type in BuiltInRules.all {
      let description = type.description
      let setting = settings.rules[description.id]
      if setting?.state == .off {
        parts.disabled.insert(description.id)
        continue
      }
      if case .severity(let severity) = setting?.state { parts.severities[description.id] = severity }
      var values: [String: RuleOptionValue] = [:]
      for (name, value) in setting?.options ?? [:] {
        if let option = description.options.first(where: { $0.name == name }) {
          values[name] = value.coerced(like: option.defaultValue)
        }
      }
      let rule: AnyRule
      do {
        rule = try BuiltInRules.make(type, options: RuleOptions(values))
      } catch {
        throw ConfigurationError(file: setting?.file ?? "", line: setting?.line, message: error.description)
      }
      switch rule {
      case .document: parts.documentRules.append(rule)
      case .corpus:
        parts.corpusRules.append(rule)
        parts.corpusKey.append(CorpusRuleKey(id: description.id, options: values))
      }
    }
    if settings.rules[Suppressions.unusedRule]?.state == .off { parts.disabled.insert(Suppressions.unusedRule) }
    if case .severity(let severity) = settings.rules[Suppressions.unusedRule]?.state {
      parts.severities[Suppressions.unusedRule] = severity
    }
    for rule in packRules {
      let packState = settings.packs[rule.definition.pack]
      let ruleState = settings.rules[rule.id]?.state
      let enabled = ruleState.map { $0 != .off } ?? (packState != .off)
      guard enabled else {
        parts.disabled.insert(rule.id)
        continue
      }
      if case .severity(let severity) = ruleState {
        parts.severities[rule.id] = severity
      } else if case .severity(let severity) = packState {
        parts.severities[rule.id] = severity
      }
      parts.documentRules.append(.document(rule))
    }
    return parts
  }

  /// A profile's rules before linters are built.
  public struct ProfileParts {
    public var documentRules: [AnyRule] = []
    public var corpusRules: [AnyRule] = []
    /// Identifies the corpus rules and their options, so that profiles with the same ones share a linter.
    public var corpusKey: [CorpusRuleKey] = []
    public var severities: [String: Severity] = [:]
    public var disabled: Set<String> = []
  }

  /// A corpus rule and its options.
  public struct CorpusRuleKey: Hashable, Sendable {
    public var id: String
    public var options: [String: RuleOptionValue]
  }
}
