public import Linting

/// The commented `.contentlint.yml` that `contentlint init` writes: every key, every rule and its
/// options at their defaults, all commented out, so the file changes nothing until edited.
public enum ConfigurationTemplate {
  public static func render(_ rules: [RuleDescription]) -> String {
    var output = """
      # contentlint configuration. contentlint looks it up from each linted file's folder upwards
      # (or reads the file given with --config). Every key is optional.
      # `contentlint rules` lists the rules; `contentlint explain RULE` describes one.

      # A rule: error, warning, suggestion, on or off; or {severity: ..., options: {...}}.
      rules:

      """
    for rule in rules where rule.source == "built-in" {
      if rule.options.isEmpty {
        output += "  # \(rule.id): \(rule.defaultSeverity.rawValue)\n"
      } else {
        output += "  # \(rule.id):\n  #   severity: \(rule.defaultSeverity.rawValue)\n  #   options:\n"
        for option in rule.options {
          output += "  #     \(option.name): \(yaml(option.defaultValue))    # \(option.summary)\n"
        }
      }
    }
    let packs = Array(Set(rules.filter { $0.source != "built-in" }.map(\.source))).sorted()
    output += """

      # A pack: on, off, or a severity for all of its rules. A rule's own entry above wins.
      packs:

      """
    for pack in packs { output += "  # \(pack): on\n" }
    output += """

      # Extra rule pack folders (one sub-folder per pack), relative to this file.
      # rules-dir: [house-rules]

      # Paths never linted: gitignore-like globs relative to this file.
      # ignore: ["drafts/**"]

      # Settings for some files only, applied in order over the ones above.
      # overrides:
      #   - files: ["legacy/**"]
      #     rules: {duplicate-paragraph: off}
      #     packs: {ai-style: off}

      """
    return output
  }

  private static func yaml(_ value: RuleOptionValue) -> String {
    switch value {
    case .string(let text): "\"\(text)\""
    case .strings(let values): "[" + values.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    default: value.description
    }
  }
}
