import ContentModel

/// Checkstyle XML, for review tools that read only that (reviewdog, Jenkins Warnings, Danger).
public struct CheckstyleReporter: Reporter {
  public static let name = "checkstyle"

  public init() {}

  public func render(_ report: LintReport) -> String {
    var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
    for file in report.files {
      output += "  <file name=\"\(XMLText.escaped(file.path))\">\n"
      for finding in file.findings {
        output += "    <error line=\"\(finding.range.start.line)\" column=\"\(finding.range.start.column)\""
        output += " severity=\"\(Self.severity(finding.severity))\""
        output += " message=\"\(XMLText.escaped(finding.message))\""
        output += " source=\"contentlint.\(XMLText.escaped(finding.rule))\"/>\n"
      }
      output += "  </file>\n"
    }
    return output + "</checkstyle>\n"
  }

  private static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .suggestion: "info"
    }
  }
}
