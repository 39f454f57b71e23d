import Foundation
import Yams

/// A parsed YAML file whose every value keeps its line, so that a mistake can be reported where it is.
///
/// Packs and configuration files are read through this one type: it rejects keys it was not told
/// about, and turns Yams' errors into `ConfigurationError`s naming the file and line.
struct YAMLDocument {
  let file: String
  let root: Node?

  init(text: String, file: String) throws(ConfigurationError) {
    self.file = file
    do {
      // Values are typed here, by the reader that asks for them, so Yams' implicit typing (a regular expression
      // per scalar, compiled on first use) is skipped; the encoding is given rather than looked up in the
      // environment for every file.
      root = try Yams.compose(yaml: text, .basic, .default, .utf8)
    } catch let error as YamlError {
      throw Self.describe(error, file: file)
    } catch {
      throw ConfigurationError(file: file, line: nil, message: "not valid YAML: \(error)")
    }
  }

  init(contentsOf path: String) throws(ConfigurationError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ConfigurationError(file: path, line: nil, message: "cannot be read")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ConfigurationError(file: path, line: nil, message: "is not UTF-8 text")
    }
    try self.init(text: text, file: path)
  }

  /// The top-level mapping (an empty file counts as an empty mapping).
  func rootMapping() throws(ConfigurationError) -> YAMLMapping {
    guard let root else { return YAMLMapping(file: file, line: 1, pairs: []) }
    return try YAMLValue(node: root, file: file).mapping()
  }

  private static func describe(_ error: YamlError, file: String) -> ConfigurationError {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\($0.text), " } ?? ""
      return ConfigurationError(file: file, line: mark.line, message: "YAML syntax error: \(detail)\(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return ConfigurationError(
        file: file, line: context.mark.line > 0 ? context.mark.line : nil,
        message: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
    case .reader(let problem, _, _, _):
      return ConfigurationError(file: file, line: nil, message: "YAML cannot be read: \(problem)")
    default:
      return ConfigurationError(file: file, line: nil, message: "not valid YAML: \(error)")
    }
  }
}

/// One YAML value and where it stands.
struct YAMLValue {
  let node: Node
  let file: String

  var line: Int { node.mark?.line ?? 1 }

  func error(_ message: String) -> ConfigurationError {
    ConfigurationError(file: file, line: line, message: message)
  }

  /// True for a key with nothing after it (`rules:` followed only by comments).
  var isEmpty: Bool {
    guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return false }
    return ["", "~", "null"].contains(scalar.string)
  }

  func mapping() throws(ConfigurationError) -> YAMLMapping {
    if isEmpty { return YAMLMapping(file: file, line: line, pairs: []) }
    guard let mapping = node.mapping else { throw error("expected a mapping of keys to values") }
    var pairs: [(key: String, keyLine: Int, value: YAMLValue)] = []
    for (key, value) in mapping {
      guard let name = key.scalar?.string else {
        throw ConfigurationError(file: file, line: key.mark?.line ?? line, message: "a key must be plain text")
      }
      pairs.append((name, key.mark?.line ?? line, YAMLValue(node: value, file: file)))
    }
    return YAMLMapping(file: file, line: line, pairs: pairs)
  }

  /// A plain scalar as written (numbers and booleans included, as their text).
  func string() throws(ConfigurationError) -> String {
    guard let scalar = node.scalar else { throw error("expected a single value, not a list or mapping") }
    return scalar.string
  }

  /// A list of strings; a single string counts as a list of one.
  func strings() throws(ConfigurationError) -> [String] {
    if isEmpty { return [] }
    if node.scalar != nil { return [try string()] }
    guard let sequence = node.sequence else { throw error("expected a list of values") }
    var result: [String] = []
    for item in sequence {
      result.append(try YAMLValue(node: item, file: file).string())
    }
    return result
  }

  /// The items of a list, each with its own line.
  func list() throws(ConfigurationError) -> [YAMLValue] {
    if isEmpty { return [] }
    if node.scalar != nil { return [self] }
    guard let sequence = node.sequence else { throw error("expected a list") }
    return sequence.map { YAMLValue(node: $0, file: file) }
  }

  func int() throws(ConfigurationError) -> Int {
    guard let value = node.int else { throw error("expected a whole number, not '\(node.string ?? "a list")'") }
    return value
  }

  func bool() throws(ConfigurationError) -> Bool {
    switch try string().lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw error("expected true or false")
    }
  }

  /// The value as a rule option, typed by how it is written: a list, a whole number, a number,
  /// true/false, or text.
  func naturalOptionValue() throws(ConfigurationError) -> RuleOptionValue {
    if node.sequence != nil { return .strings(try strings()) }
    guard let scalar = node.scalar else { throw error("an option's value is a single value or a list") }
    // Quoted values stay text; plain ones are read as YAML reads them.
    if scalar.style == .plain || scalar.style == .any {
      if let value = Int(scalar.string) { return .int(value) }
      if let value = Double(scalar.string) { return .double(value) }
      switch scalar.string.lowercased() {
      case "true", "yes", "on": return .bool(true)
      case "false", "no", "off": return .bool(false)
      default: break
      }
    }
    return .string(try string())
  }
}

/// A YAML mapping read key by key; keys nobody asked about are mistakes.
struct YAMLMapping {
  let file: String
  let line: Int
  let pairs: [(key: String, keyLine: Int, value: YAMLValue)]

  subscript(key: String) -> YAMLValue? {
    pairs.first { $0.key == key }?.value
  }

  /// Fails on the first key not in `allowed`, naming its line and the keys that are allowed.
  func checkKeys(_ allowed: [String], in what: String) throws(ConfigurationError) {
    for pair in pairs where !allowed.contains(pair.key) {
      throw ConfigurationError(
        file: file, line: pair.keyLine,
        message: "unknown key '\(pair.key)' in \(what) (known keys: \(allowed.joined(separator: ", ")))")
    }
  }

  func required(_ key: String, in what: String) throws(ConfigurationError) -> YAMLValue {
    guard let value = self[key] else {
      throw ConfigurationError(file: file, line: line, message: "\(what) needs a '\(key)' key")
    }
    return value
  }
}
