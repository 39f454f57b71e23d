import ContentModel
import Foundation

/// A `.contentlint.yml` file: which rules and packs run, at what severity, with what options, and
/// which paths are left alone.
///
/// ```yaml
/// rules:
///   duplicate-paragraph: {severity: error, options: {threshold: 0.85}}
///   ai-style/delve: off
/// packs:
///   ai-style: off
/// rules-dir: [house-rules]
/// ignore: ["drafts/**"]
/// overrides:
///   - files: ["legacy/**/*.html"]
///     rules: {duplicate-paragraph: off}
/// ```
public struct Configuration: Sendable {
  /// The file it was read from, as found.
  public var file: String
  /// The folder globs and relative paths are resolved against.
  public var directory: String
  public var settings: RuleSettings
  public var overrides: [Override]
  public var ignored: [Glob]
  /// Extra pack folders, as absolute paths.
  public var rulesDirectories: [String]

  /// Settings that apply only to files matching some globs, on top of the file-wide ones.
  public struct Override: Sendable {
    public var files: [Glob]
    public var settings: RuleSettings
  }

  public static let fileName = ".contentlint.yml"
  static let keys = ["rules", "packs", "rules-dir", "ignore", "overrides"]

  /// The settings for one file: the file-wide ones, then each matching override in order.
  public func settings(forRelativePath path: String) -> RuleSettings {
    var result = settings
    for override in overrides where override.files.contains(where: { $0.matches(path) }) {
      result.merge(override.settings)
    }
    return result
  }

  public func isIgnored(relativePath path: String) -> Bool {
    ignored.contains { $0.matches(path) }
  }

  /// `path` relative to the configuration's folder, or as given when it lies outside it.
  public func relativePath(of path: String) -> String {
    relativePath(of: path, standardized: URL(fileURLWithPath: path).standardizedFileURL.path)
  }

  /// `relativePath(of:)` when the caller already has the path standardised (`URL.standardizedFileURL`).
  public func relativePath(of path: String, standardized absolute: String) -> String {
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    return absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : path
  }

  // MARK: - Reading

  public static func load(file: String) throws(ConfigurationError) -> Configuration {
    let document = try YAMLDocument(contentsOf: file)
    let mapping = try document.rootMapping()
    try mapping.checkKeys(keys, in: "the configuration")
    let directory = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent().path
    var overrides: [Override] = []
    for item in try mapping["overrides"]?.list() ?? [] {
      let fields = try item.mapping()
      try fields.checkKeys(["files", "rules", "packs"], in: "an override")
      let files = try fields.required("files", in: "an override").strings().map(Glob.init)
      overrides.append(Override(files: files, settings: try RuleSettings(fields)))
    }
    let rulesDirectories = try (mapping["rules-dir"]?.strings() ?? []).map { path in
      URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory, isDirectory: true)).standardizedFileURL
        .path
    }
    return Configuration(
      file: file, directory: directory, settings: try RuleSettings(mapping), overrides: overrides,
      ignored: try (mapping["ignore"]?.strings() ?? []).map(Glob.init), rulesDirectories: rulesDirectories)
  }

  /// What applies when no configuration file is found: every rule and pack at its defaults.
  public static func defaults(directory: String) -> Configuration {
    Configuration(
      file: "", directory: directory, settings: RuleSettings(), overrides: [], ignored: [], rulesDirectories: [])
  }

  /// Every rule and pack setting of the file and its overrides, to check them against the rules known.
  public var allSettings: [RuleSettings] { [settings] + overrides.map(\.settings) }
}

/// How a rule or pack is switched: off, on at its default severity, or on at a given severity.
public enum RuleSwitch: Hashable, Sendable {
  case off
  case on
  case severity(Severity)

  init(_ value: YAMLValue) throws(ConfigurationError) {
    switch try value.string().lowercased() {
    case "off", "false", "no": self = .off
    case "on", "true", "yes": self = .on
    case let name:
      guard let severity = Severity(rawValue: name) else {
        throw value.error("expected error, warning, suggestion, on or off, not '\(name)'")
      }
      self = .severity(severity)
    }
  }
}

/// One rule's entry in the configuration.
public struct RuleSetting: Hashable, Sendable {
  public var state: RuleSwitch?
  /// Option values as written, typed by their YAML form; checked against the rule's options later.
  public var options: [String: RuleOptionValue]
  /// Where the entry is, to report a rule that does not exist.
  public var file: String
  public var line: Int
  /// Where each option is, to report an option that does not exist or has the wrong type.
  public var optionLines: [String: Int]

  public static func == (lhs: RuleSetting, rhs: RuleSetting) -> Bool {
    lhs.state == rhs.state && lhs.options == rhs.options
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(state)
    hasher.combine(options)
  }
}

/// The `rules:` and `packs:` of a configuration or an override.
public struct RuleSettings: Hashable, Sendable {
  public var rules: [String: RuleSetting] = [:]
  public var packs: [String: RuleSwitch] = [:]
  /// Where each pack entry is, to report a pack that does not exist.
  public var packLines: [String: Int] = [:]
  public var file = ""

  public init() {}

  init(_ mapping: YAMLMapping) throws(ConfigurationError) {
    file = mapping.file
    if let rules = mapping["rules"] {
      for pair in try rules.mapping().pairs {
        var setting = RuleSetting(state: nil, options: [:], file: mapping.file, line: pair.keyLine, optionLines: [:])
        if pair.value.node.scalar != nil {
          setting.state = try RuleSwitch(pair.value)
        } else {
          let fields = try pair.value.mapping()
          try fields.checkKeys(["severity", "options"], in: "a rule's settings")
          setting.state = try fields["severity"].map { value throws(ConfigurationError) in try RuleSwitch(value) }
          for option in try fields["options"]?.mapping().pairs ?? [] {
            setting.options[option.key] = try option.value.naturalOptionValue()
            setting.optionLines[option.key] = option.keyLine
          }
        }
        self.rules[pair.key] = setting
      }
    }
    if let packs = mapping["packs"] {
      for pair in try packs.mapping().pairs {
        self.packs[pair.key] = try RuleSwitch(pair.value)
        packLines[pair.key] = pair.keyLine
      }
    }
  }

  /// Later settings win: a rule's state and each of its options, a pack's state. A pack switched in a
  /// later layer also resets the states its rules had in earlier layers, so that `packs: {style: off}`
  /// in an override turns the whole pack off there.
  mutating func merge(_ other: RuleSettings) {
    for pack in other.packs.keys {
      for id in rules.keys where id.hasPrefix(pack + "/") { rules[id]?.state = nil }
    }
    for (id, setting) in other.rules {
      var merged = rules[id] ?? setting
      if let state = setting.state { merged.state = state }
      merged.options.merge(setting.options) { $1 }
      merged.optionLines.merge(setting.optionLines) { $1 }
      rules[id] = merged
    }
    packs.merge(other.packs) { $1 }
    packLines.merge(other.packLines) { $1 }
  }
}
