import ContentModel

/// JUnit XML for CI systems that show test results (GitLab, Jenkins, Azure DevOps, CircleCI).
///
/// One test suite per file and one failing test case per finding; a clean file gets one passing case so
/// that it still shows up as checked.
public struct JUnitReporter: Reporter {
  public static let name = "junit"

  public init() {}

  public func render(_ report: LintReport) -> String {
    let total = report.files.reduce(0) { $0 + max(1, $1.findings.count) }
    var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    output += "<testsuites name=\"contentlint\" tests=\"\(total)\" failures=\"\(report.findingCount)\" errors=\"0\">\n"
    for file in report.files {
      let path = XMLText.escaped(file.path)
      let tests = max(1, file.findings.count)
      output += "  <testsuite name=\"\(path)\" tests=\"\(tests)\" failures=\"\(file.findings.count)\" errors=\"0\""
      output += " skipped=\"0\">\n"
      if file.findings.isEmpty {
        output += "    <testcase name=\"contentlint\" classname=\"\(path)\"/>\n"
      }
      for finding in file.findings {
        let start = finding.range.start
        let name = XMLText.escaped("\(finding.rule) at \(start.line):\(start.column)")
        output += "    <testcase name=\"\(name)\" classname=\"\(path)\">\n"
        var body = "\(file.path):\(start.line):\(start.column): \(finding.severity.rawValue): \(finding.message)"
        if let suggestion = finding.suggestion { body += "\nSuggestion: \(suggestion)" }
        if !finding.excerpt.isEmpty { body += "\nText: \(finding.excerpt)" }
        output +=
          "      <failure message=\"\(XMLText.escaped(finding.message))\" type=\"\(XMLText.escaped(finding.rule))\">"
        output += XMLText.escaped(body) + "</failure>\n"
        output += "    </testcase>\n"
      }
      output += "  </testsuite>\n"
    }
    output += "</testsuites>\n"
    return output
  }
}
