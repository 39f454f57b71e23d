import ContentModel

/// Reads one pack rule file (`PACK/RULE.yml`) into a compiled rule, or says where it is wrong.
enum PackRuleParser {
  static let keys = [
    "kind", "message", "severity", "summary", "description", "scope", "ignore-case", "whole-word", "tokens",
    "patterns", "exceptions", "swap", "max", "min", "suggestion", "examples",
  ]

  /// Keys that only some kinds read; naming one under another kind is a mistake, not a no-op.
  private static let kindKeys: [PackRuleDefinition.Kind: Set<String>] = [
    .existence: ["tokens", "patterns", "exceptions", "whole-word"],
    .substitution: ["swap", "whole-word"],
    .occurrence: ["tokens", "patterns", "exceptions", "max", "min", "whole-word"],
    .repetition: ["exceptions"],
  ]

  /// - Parameter checksPatterns: compile the patterns now, so that a mistake is a configuration error;
  ///   see `PackLoader.load(directory:regexTimeLimit:checksPatterns:)`.
  static func parse(
    text: String, file: String, pack: String, name: String, regexTimeLimit: Int = 50, checksPatterns: Bool = true
  ) throws(ConfigurationError) -> PackRule
  {
    let mapping = try YAMLDocument(text: text, file: file).rootMapping()
    let what = "a pack rule"
    try mapping.checkKeys(keys, in: what)
    let kindValue = try mapping.required("kind", in: what)
    let kindName = try kindValue.string()
    guard let kind = PackRuleDefinition.Kind(rawValue: kindName) else {
      throw kindValue.error(
        "unknown kind '\(kindName)' (known kinds: \(PackRuleDefinition.Kind.allCases.map(\.rawValue).joined(separator: ", ")))"
      )
    }
    let shared: Set<String> = [
      "kind", "message", "severity", "summary", "description", "scope", "ignore-case", "suggestion", "examples",
    ]
    for pair in mapping.pairs where !shared.contains(pair.key) && !(kindKeys[kind]?.contains(pair.key) ?? false) {
      throw ConfigurationError(
        file: file, line: pair.keyLine, message: "key '\(pair.key)' does not apply to kind '\(kind.rawValue)'")
    }
    let message = try mapping.required("message", in: what).string()
    var severity = Severity.suggestion
    if let value = mapping["severity"] {
      let name = try value.string()
      guard let parsed = Severity(rawValue: name) else {
        throw value.error("severity must be error, warning or suggestion, not '\(name)'")
      }
      severity = parsed
    }
    var scopes = PackRuleDefinition.Scope.prose
    if let value = mapping["scope"] {
      scopes = []
      for item in try value.list() {
        let name = try item.string()
        guard let scope = PackRuleDefinition.Scope(rawValue: name) else {
          throw item.error(
            "unknown scope '\(name)' (known scopes: \(PackRuleDefinition.Scope.allCases.map(\.rawValue).joined(separator: ", ")))"
          )
        }
        scopes.insert(scope)
      }
    }
    var swaps: [PackRuleDefinition.Swap] = []
    if let value = mapping["swap"] {
      for pair in try value.mapping().pairs {
        swaps.append(PackRuleDefinition.Swap(phrase: pair.key, replacement: try pair.value.string()))
      }
    }
    let tokens = try mapping["tokens"]?.strings() ?? []
    let patterns = try mapping["patterns"]?.list() ?? []
    let definition = PackRuleDefinition(
      id: "\(pack)/\(name)", pack: pack, file: file, kind: kind, severity: severity, message: message,
      summary: try mapping["summary"]?.string()
        ?? message.replacingOccurrences(of: "'%s'", with: "…").replacingOccurrences(of: "%s", with: "…"),
      details: try mapping["description"]?.string() ?? "",
      scopes: scopes, ignoresCase: try mapping["ignore-case"]?.bool() ?? true,
      wholeWord: try mapping["whole-word"]?.bool() ?? true, tokens: tokens,
      patterns: try patterns.map { value throws(ConfigurationError) in try value.string() },
      exceptions: try mapping["exceptions"]?.strings() ?? [], swaps: swaps,
      maximum: try mapping["max"]?.int(), minimum: try mapping["min"]?.int(),
      suggestion: try mapping["suggestion"]?.string(),
      triggeringExamples: try examples(mapping, "trigger"), nonTriggeringExamples: try examples(mapping, "ok"))
    try validate(definition, mapping)
    do {
      return try PackRule(definition, regexTimeLimit: regexTimeLimit, checksPatterns: checksPatterns)
    } catch {
      let line = patterns.indices.contains(error.patternIndex) ? patterns[error.patternIndex].line : mapping.line
      throw ConfigurationError(file: file, line: line, message: "invalid regular expression: \(error.reason)")
    }
  }

  // MARK: - Private

  private static func validate(_ rule: PackRuleDefinition, _ mapping: YAMLMapping) throws(ConfigurationError) {
    switch rule.kind {
    case .existence where rule.tokens.isEmpty && rule.patterns.isEmpty:
      throw ConfigurationError(
        file: mapping.file, line: mapping.line, message: "an existence rule needs 'tokens' or 'patterns'")
    case .substitution where rule.swaps.isEmpty:
      throw ConfigurationError(
        file: mapping.file, line: mapping.line, message: "a substitution rule needs a 'swap' mapping")
    case .occurrence where rule.maximum == nil && rule.minimum == nil:
      throw ConfigurationError(
        file: mapping.file, line: mapping.line, message: "an occurrence rule needs 'max' or 'min'")
    default: break
    }
    for key in ["max", "min"] {
      if let value = mapping[key], try value.int() < 0 { throw value.error("'\(key)' cannot be negative") }
    }
  }

  /// `examples: {trigger: [...], ok: [...]}`, each item a string or `{text, format, note}`.
  private static func examples(_ mapping: YAMLMapping, _ key: String) throws(ConfigurationError) -> [RuleExample] {
    guard let examples = mapping["examples"] else { return [] }
    let group = try examples.mapping()
    try group.checkKeys(["trigger", "ok"], in: "examples")
    guard let items = group[key] else { return [] }
    var result: [RuleExample] = []
    for item in try items.list() {
      if item.node.scalar != nil {
        result.append(RuleExample(try item.string()))
        continue
      }
      let fields = try item.mapping()
      try fields.checkKeys(["text", "format", "note"], in: "an example")
      let formatName = try fields["format"]?.string() ?? "text"
      guard let format = SourceFormat(rawValue: formatName), format != .markdown else {
        throw ConfigurationError(
          file: mapping.file, line: fields.line, message: "an example's format is text or html, not '\(formatName)'")
      }
      result.append(
        RuleExample(
          try fields.required("text", in: "an example").string(), format: format, note: try fields["note"]?.string()))
    }
    return result
  }
}
