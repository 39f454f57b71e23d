import ContentModel
public import Linting
import Reporting

/// The text of `contentlint rules` and `contentlint explain`.
public enum RuleCatalog {
  /// One rule of the catalogue.
  public typealias Entry = RuleDescription

  public static func render(_ rules: [RuleDescription], asJSON: Bool) -> String {
    if asJSON {
      let writer = JSONWriter()
      writer.array(rules) { rule in
        writer.object {
          writer.field("id", rule.id)
          writer.field("severity", rule.defaultSeverity.rawValue)
          writer.field("summary", rule.summary)
          writer.field("source", rule.source)
        }
      }
      return writer.output + "\n"
    }
    let width = rules.map(\.id.count).max() ?? 10
    return rules.map { rule in
      rule.id.padding(width) + "  " + rule.defaultSeverity.rawValue.padding(10) + "  " + rule.summary + "  (" + rule.source + ")"
    }.joined(separator: "\n") + "\n"
  }

  public static func explain(_ rule: RuleDescription) -> String {
    var output = "\(rule.id) (\(rule.defaultSeverity.rawValue), \(rule.source))\n\n\(rule.summary)\n\n\(rule.details)\n"
    if !rule.options.isEmpty {
      output += "\nOptions:\n"
      for option in rule.options { output += "  \(option.name) (default \(option.defaultValue)): \(option.summary)\n" }
    }
    output += "\nTriggers on:\n"
    for example in rule.triggeringExamples { output += render(example) }
    output += "\nDoes not trigger on:\n"
    for example in rule.nonTriggeringExamples { output += render(example) }
    return output
  }

  private static func render(_ example: RuleExample) -> String {
    let text = example.text.replacingMarkers()
    var output = ""
    if let note = example.note { output += "  # \(note)\n" }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) { output += "  │ \(line)\n" }
    return output + "\n"
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }

  /// Example text without the `1️⃣` finding markers.
  fileprivate func replacingMarkers() -> String {
    ExampleMarkers.strip(self).text
  }
}
