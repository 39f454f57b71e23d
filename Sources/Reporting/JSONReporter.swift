import ContentModel

/// The contract's JSON report: stable keys in a fixed order, so output can be compared byte for byte.
public struct JSONReporter: Reporter {
  public static let name = "json"

  public init() {}

  public func render(_ report: LintReport) -> String {
    let writer = JSONWriter()
    writer.object {
      writer.key("tool") {
        writer.object {
          writer.field("name", "contentlint")
          writer.field("version", report.toolVersion)
        }
      }
      writer.key("files") {
        writer.array(report.files) { file in
          writer.object {
            writer.field("path", file.path)
            writer.key("findings") {
              writer.array(file.findings) { finding in self.write(finding, to: writer) }
            }
          }
        }
      }
      let counts = report.counts
      writer.key("summary") {
        writer.object {
          writer.field("files", report.files.count)
          writer.field("findings", report.findingCount)
          writer.field("error", counts[.error] ?? 0)
          writer.field("warning", counts[.warning] ?? 0)
          writer.field("suggestion", counts[.suggestion] ?? 0)
        }
      }
    }
    return writer.output + "\n"
  }

  private func write(_ finding: Finding, to writer: JSONWriter) {
    writer.object {
      writer.field("rule", finding.rule)
      writer.field("severity", finding.severity.rawValue)
      writer.field("message", finding.message)
      writer.field("line", finding.range.start.line)
      writer.field("column", finding.range.start.column)
      writer.field("endLine", finding.range.end.line)
      writer.field("endColumn", finding.range.end.column)
      writer.field("excerpt", finding.excerpt)
      if let suggestion = finding.suggestion { writer.field("suggestion", suggestion) }
      if let fix = finding.fix {
        writer.key("fix") {
          writer.object {
            writer.field("kind", fix.kind.rawValue)
            writer.field("line", fix.range.start.line)
            writer.field("column", fix.range.start.column)
            writer.field("endLine", fix.range.end.line)
            writer.field("endColumn", fix.range.end.column)
            writer.field("replacement", fix.replacement)
          }
        }
      }
    }
  }
}
