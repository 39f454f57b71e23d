import ContentModel

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
///
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`, with `warning` for warnings
/// and `notice` for suggestions. Escaping follows GitHub's toolkit: `%`, CR and LF everywhere, and also
/// `:` and `,` inside property values.
public struct GitHubReporter: Reporter {
  public static let name = "github"

  public init() {}

  public func render(_ report: LintReport) -> String {
    var output = ""
    for file in report.files {
      for finding in file.findings {
        let start = finding.range.start
        let end = max(start, finding.range.end)
        let properties = [
          ("file", file.path), ("line", String(max(1, start.line))), ("col", String(max(1, start.column))),
          ("endLine", String(max(1, end.line))), ("endColumn", String(max(1, end.column))), ("title", finding.rule),
        ]
        let message = finding.message + (finding.suggestion.map { "\n" + $0 } ?? "")
        output += "::" + Self.command(for: finding.severity) + " "
        output += properties.map { $0.0 + "=" + Self.escapedProperty($0.1) }.joined(separator: ",")
        output += "::" + Self.escapedData(message) + "\n"
      }
    }
    return output
  }

  static func command(for severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .suggestion: "notice"
    }
  }

  /// A message: `%`, CR and LF encoded; other control characters made visible so none reaches the log raw.
  static func escapedData(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": result += "%25"
      case "\r": result += "%0D"
      case "\n": result += "%0A"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return TerminalText.safe(result)
  }

  /// A property value: the data escapes plus `:` and `,`, which would otherwise end the value.
  static func escapedProperty(_ text: String) -> String {
    escapedData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
  }
}

extension String {
  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
