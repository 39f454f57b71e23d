import ContentModel

/// `path:line:col: severity: message [rule]`, one finding a line: for editors and grep.
public struct LineReporter: Reporter {
  public static let name = "line"

  public init() {}

  public func render(_ report: LintReport) -> String {
    var output = ""
    for file in report.files {
      for finding in file.findings {
        output += "\(TerminalText.safe(file.path)):\(finding.range.start.line):\(finding.range.start.column): "
        output += "\(finding.severity.rawValue): \(TerminalText.safe(finding.message)) [\(finding.rule)]\n"
      }
    }
    return output
  }
}
