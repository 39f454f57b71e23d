import ContentModel

/// Compiler-style output for people at a terminal: each file once, the flagged line with the span
/// underlined, the message, the suggestion and the rule; a count per rule at the end.
public struct PrettyReporter: Reporter {
  public static let name = "pretty"

  /// Whether to use ANSI colour (a terminal without `NO_COLOR`).
  public let colored: Bool

  public init(colored: Bool = false) {
    self.colored = colored
  }

  public func render(_ report: LintReport) -> String {
    var output = ""
    var perRule: [String: Int] = [:]
    for file in report.files where !file.findings.isEmpty {
      let lines = file.source.map(Self.lines) ?? []
      output += paint(TerminalText.safe(file.path), .bold) + "\n"
      for finding in file.findings {
        perRule[finding.rule, default: 0] += 1
        let start = finding.range.start
        let label = paint(finding.severity.rawValue, color(for: finding.severity))
        output += "  \(start.line):\(start.column)  \(label)  \(TerminalText.safe(finding.message))  "
        output += paint(finding.rule, .dim) + "\n"
        if start.line >= 1, start.line <= lines.count {
          let text = lines[start.line - 1]
          let gutter = String(start.line)
          let visible = Self.visibleWindow(of: text, around: start.column)
          output += "    " + paint(gutter + " │", .dim) + " " + TerminalText.safe(visible.text) + "\n"
          let endColumn = finding.range.end.line == start.line ? finding.range.end.column : text.unicodeScalars.count + 1
          let width = max(1, min(endColumn - start.column, visible.text.unicodeScalars.count - (start.column - visible.firstColumn)))
          let padding = String(repeating: " ", count: max(0, start.column - visible.firstColumn))
          output += "    " + String(repeating: " ", count: gutter.count) + paint(" │", .dim) + " " + padding
          output += paint("^" + String(repeating: "~", count: max(0, width - 1)), color(for: finding.severity)) + "\n"
        }
        if let suggestion = finding.suggestion {
          output += "    " + paint("suggestion:", .cyan) + " " + TerminalText.safe(suggestion) + "\n"
        }
      }
      output += "\n"
    }
    let counts = report.counts
    if report.findingCount == 0 {
      output += paint("✓", .green) + " \(report.files.count) file\(report.files.count == 1 ? "" : "s") checked, no findings.\n"
    } else {
      for (rule, count) in perRule.sorted(by: { $0.key < $1.key }) {
        output += "  \(String(count).leftPadded(to: 4))  \(rule)\n"
      }
      output += "\(report.findingCount) finding\(report.findingCount == 1 ? "" : "s") in \(report.files.count) file\(report.files.count == 1 ? "" : "s"): "
      output += "\(counts[.error] ?? 0) error\((counts[.error] ?? 0) == 1 ? "" : "s"), "
      output += "\(counts[.warning] ?? 0) warning\((counts[.warning] ?? 0) == 1 ? "" : "s"), "
      output += "\(counts[.suggestion] ?? 0) suggestion\((counts[.suggestion] ?? 0) == 1 ? "" : "s")\n"
    }
    return output
  }

  // MARK: - Private

  private enum Style: String {
    case bold = "1", dim = "2", red = "31", yellow = "33", cyan = "36", green = "32"
  }

  private func color(for severity: Severity) -> Style {
    switch severity {
    case .error: .red
    case .warning: .yellow
    case .suggestion: .cyan
    }
  }

  private func paint(_ text: String, _ style: Style) -> String {
    colored ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }

  static func lines(_ source: String) -> [String] {
    source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
  }

  /// At most 100 columns of a long line (a minified page is one line), keeping the flagged column in view.
  static func visibleWindow(of line: String, around column: Int) -> (text: String, firstColumn: Int) {
    let scalars = Array(line.unicodeScalars)
    guard scalars.count > 100 else { return (line, 1) }
    let first = max(1, min(column - 20, scalars.count - 99))
    let slice = scalars[(first - 1)..<min(scalars.count, first - 1 + 100)]
    return (String(String.UnicodeScalarView(slice)), first)
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
