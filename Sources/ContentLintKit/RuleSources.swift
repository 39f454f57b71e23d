/// What the command line says about where rules and settings come from.
public struct RuleSources: Sendable, Hashable {
  /// `--config FILE`: one configuration for every file, instead of looking one up per file.
  public var configFile: String?
  /// `--rules-dir DIR`, in the order given.
  public var rulesDirectories: [String]
  public init(configFile: String? = nil, rulesDirectories: [String] = []) {
    self.configFile = configFile
    self.rulesDirectories = rulesDirectories
  }
}
