import Foundation

/// Loads rule packs from folders: each sub-folder is a pack, each `.yml` file in it one rule.
///
/// A folder that holds rule files itself (no sub-folders) is read as one pack named after it, so that
/// `--rules-dir my-pack` works as well as `--rules-dir packs`.
public enum PackLoader {
  /// Every rule of every pack under `directory`, sorted by id. Throws on the first mistake.
  ///
  /// - Parameter checksPatterns: compile every regular expression now, so that a broken one is a
  ///   configuration error. Only the packs that ship with contentlint are loaded without: the tests compile
  ///   their patterns, and compiling the first ICU pattern of a process costs a good part of a start-up.
  public static func load(directory: String, regexTimeLimit: Int = 50, checksPatterns: Bool = true)
    throws(ConfigurationError) -> [PackRule]
  {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw ConfigurationError(file: directory, line: nil, message: "no such rule packs folder")
    }
    let entries = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    var rules: [PackRule] = []
    let base = URL(fileURLWithPath: directory)
    if entries.contains(where: isRuleFile) {
      rules += try loadPack(
        at: directory, name: base.standardizedFileURL.lastPathComponent, regexTimeLimit: regexTimeLimit,
        checksPatterns: checksPatterns)
    }
    for entry in entries {
      let path = join(directory, entry)
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
      rules += try loadPack(at: path, name: entry, regexTimeLimit: regexTimeLimit, checksPatterns: checksPatterns)
    }
    return rules.sorted { $0.id < $1.id }
  }

  /// The rules of one pack folder.
  public static func loadPack(
    at directory: String, name: String, regexTimeLimit: Int = 50, checksPatterns: Bool = true
  ) throws(ConfigurationError) -> [PackRule] {
    guard isValidName(name) else {
      throw ConfigurationError(
        file: directory, line: nil, message: "a pack's name is lower-case letters, digits and hyphens, not '\(name)'")
    }
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter(isRuleFile).sorted()
    var rules: [PackRule] = []
    for file in files {
      let path = join(directory, file)
      let ruleName = String(file[..<(file.lastIndex(of: ".") ?? file.endIndex)])
      guard isValidName(ruleName) else {
        throw ConfigurationError(
          file: path, line: nil,
          message: "a rule's file name is lower-case letters, digits and hyphens, not '\(ruleName)'")
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        throw ConfigurationError(file: path, line: nil, message: "cannot be read")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw ConfigurationError(file: path, line: nil, message: "is not UTF-8 text")
      }
      rules.append(
        try PackRuleParser.parse(
          text: text, file: path, pack: name, name: ruleName, regexTimeLimit: regexTimeLimit,
          checksPatterns: checksPatterns))
    }
    return rules
  }

  /// Builds one rule from YAML text, as a pack file `pack/name.yml` holding it would.
  public static func rule(yaml: String, pack: String, name: String, file: String? = nil, regexTimeLimit: Int = 50)
    throws(ConfigurationError) -> PackRule
  {
    try PackRuleParser.parse(
      text: yaml, file: file ?? "\(pack)/\(name).yml", pack: pack, name: name, regexTimeLimit: regexTimeLimit)
  }

  /// Paths stay as the user wrote them (relative ones relative), so messages name what they typed.
  private static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  private static func isRuleFile(_ name: String) -> Bool {
    !name.hasPrefix(".") && (name.hasSuffix(".yml") || name.hasSuffix(".yaml"))
  }

  static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" || $0 == "_" }
  }
}
