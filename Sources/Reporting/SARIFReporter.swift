import ContentModel

/// SARIF 2.1.0, the format GitHub code scanning and most CI dashboards import.
///
/// Locations are relative to `%SRCROOT%` (the folder the run started in) with columns counted in Unicode
/// scalars, which SARIF calls `unicodeCodePoints`. Alerts are matched across runs by `partialFingerprints`
/// built from what a finding flags, never from its line.
public struct SARIFReporter: Reporter {
  public static let name = "sarif"
  /// Where the project documents its rules; SARIF requires an absolute URI.
  public static let informationURI = "https://github.com/contentlint/contentlint#rules"
  static let sourceRoot = "%SRCROOT%"
  static let fingerprintKey = "contentlint/v1"

  /// The folder relative paths are resolved against and absolute paths made relative to.
  public let baseDirectory: String

  public init(baseDirectory: String) {
    self.baseDirectory = baseDirectory
  }

  public func render(_ report: LintReport) -> String {
    let rules = descriptors(for: report)
    let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let writer = JSONWriter()
    writer.object {
      writer.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
      writer.field("version", "2.1.0")
      writer.key("runs") {
        writer.array([report]) { report in
          writer.object {
            writer.key("tool") { writeDriver(rules, version: report.toolVersion, to: writer) }
            writer.key("originalUriBaseIds") {
              writer.object {
                writer.key(Self.sourceRoot) {
                  writer.object {
                    writer.key("description") {
                      writer.object { writer.field("text", "The folder contentlint was run from.") }
                    }
                  }
                }
              }
            }
            writer.field("columnKind", "unicodeCodePoints")
            writer.key("results") {
              writer.array(report.files) { file in
                let location = artifactLocation(for: file.path)
                let fingerprints = FindingFingerprint.fingerprints(of: file.findings)
                for (finding, fingerprint) in zip(file.findings, fingerprints) {
                  writeResult(
                    finding, location: location, fingerprint: fingerprint, ruleIndex: ruleIndex[finding.rule],
                    to: writer)
                }
              }
            }
          }
        }
      }
    }
    return writer.output + "\n"
  }

  // MARK: - Private

  /// The rules that ran, then any rule a finding names that is not among them (`ingest-error`, a pack rule).
  private func descriptors(for report: LintReport) -> [RuleSummary] {
    var rules = report.rules
    var known = Set(rules.map(\.id))
    for file in report.files {
      for finding in file.findings where known.insert(finding.rule).inserted {
        rules.append(Self.fallbackSummary(for: finding.rule, severity: finding.severity))
      }
    }
    return rules
  }

  private static func fallbackSummary(for rule: String, severity: Severity) -> RuleSummary {
    if rule == "ingest-error" {
      return RuleSummary(
        id: rule, defaultSeverity: .error, summary: "A file could not be read or decoded.",
        details: "The file is binary, not valid UTF-8 in its declared encoding, or could not be opened; "
          + "nothing else in it was checked.")
    }
    return RuleSummary(id: rule, defaultSeverity: severity, summary: "Findings of the rule \(rule).", details: "")
  }

  private func writeDriver(_ rules: [RuleSummary], version: String, to writer: JSONWriter) {
    writer.object {
      writer.key("driver") {
        writer.object {
          writer.field("name", "contentlint")
          writer.field("version", version)
          writer.field("semanticVersion", version)
          writer.field("informationUri", Self.informationURI)
          writer.key("rules") {
            writer.array(rules) { rule in
              writer.object {
                writer.field("id", rule.id)
                writer.key("shortDescription") { writer.object { writer.field("text", rule.summary) } }
                writer.key("fullDescription") {
                  writer.object { writer.field("text", rule.details.isEmpty ? rule.summary : rule.details) }
                }
                writer.key("help") {
                  writer.object { writer.field("text", "Run `contentlint explain \(rule.id)` for examples.") }
                }
                writer.key("defaultConfiguration") {
                  writer.object { writer.field("level", Self.level(rule.defaultSeverity)) }
                }
              }
            }
          }
        }
      }
    }
  }

  private func writeResult(
    _ finding: Finding, location: ArtifactLocation, fingerprint: String, ruleIndex: Int?, to writer: JSONWriter
  ) {
    writer.object {
      writer.field("ruleId", finding.rule)
      if let ruleIndex { writer.field("ruleIndex", ruleIndex) }
      writer.field("level", Self.level(finding.severity))
      writer.key("message") {
        writer.object {
          let suggestion = finding.suggestion.map { " Suggestion: " + $0 } ?? ""
          writer.field("text", finding.message + suggestion)
        }
      }
      writer.key("locations") {
        writer.array([location]) { location in
          writer.object {
            writer.key("physicalLocation") {
              writer.object {
                writer.key("artifactLocation") { write(location, to: writer) }
                writer.key("region") { write(finding.range, to: writer) }
              }
            }
          }
        }
      }
      writer.key("partialFingerprints") { writer.object { writer.field(Self.fingerprintKey, fingerprint) } }
      if let fix = finding.fix {
        writer.key("fixes") {
          writer.array([fix]) { fix in
            writer.object {
              writer.key("description") {
                writer.object { writer.field("text", finding.suggestion ?? Self.describe(fix)) }
              }
              writer.key("artifactChanges") {
                writer.array([location]) { location in
                  writer.object {
                    writer.key("artifactLocation") { write(location, to: writer) }
                    writer.key("replacements") {
                      writer.array([fix]) { fix in
                        writer.object {
                          writer.key("deletedRegion") { write(fix.range, to: writer) }
                          writer.key("insertedContent") { writer.object { writer.field("text", fix.replacement) } }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  private func write(_ range: SourceRange, to writer: JSONWriter) {
    // SARIF positions are 1-based and an end never precedes its start; an ingest error may sit at line 0.
    let start = SourcePosition(line: max(1, range.start.line), column: max(1, range.start.column))
    let end = max(start, SourcePosition(line: max(1, range.end.line), column: max(1, range.end.column)))
    writer.object {
      writer.field("startLine", start.line)
      writer.field("startColumn", start.column)
      writer.field("endLine", end.line)
      writer.field("endColumn", end.column)
    }
  }

  private struct ArtifactLocation {
    var uri: String
    var isRelative: Bool
  }

  private func write(_ location: ArtifactLocation, to writer: JSONWriter) {
    writer.object {
      writer.field("uri", location.uri)
      if location.isRelative { writer.field("uriBaseId", Self.sourceRoot) }
    }
  }

  /// A relative URI under `%SRCROOT%` when the file is inside the base folder, an absolute `file:` URI otherwise.
  private func artifactLocation(for path: String) -> ArtifactLocation {
    if let relative = ReportPath.relative(path, to: baseDirectory) {
      return ArtifactLocation(uri: ReportPath.uriEncoded(relative), isRelative: true)
    }
    let absolute = path.hasPrefix("/") ? path : baseDirectory + "/" + path
    return ArtifactLocation(uri: "file://" + ReportPath.uriEncoded(absolute), isRelative: false)
  }

  private static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .suggestion: "note"
    }
  }

  private static func describe(_ fix: Fix) -> String {
    switch fix.kind {
    case .delete: "Delete the flagged text."
    case .replace: "Replace the flagged text with “\(fix.replacement)”."
    }
  }
}
