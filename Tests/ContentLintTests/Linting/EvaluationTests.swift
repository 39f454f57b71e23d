import ContentLintKit
import ContentModel
import Foundation
import Testing

/// Lints the labelled evaluation corpus in one run and holds every built-in rule to precision 0.95 and
/// recall 0.90 over (file, line, rule) matches; clinical-claim findings must also agree on severity.
///
/// The table it prints is the one in the README ("Rules and their accuracy"); reproduce it with
/// `swift test --filter EvaluationTests`.
@Suite struct EvaluationTests {
  static let rules = ["ai-boilerplate", "clinical-claim", "duplicate-paragraph", "scrape-residue"]
  static let minimumPrecision = 0.95
  static let minimumRecall = 0.90

  /// One expected or produced finding: a file, the line its text starts on, the rule, and (for
  /// clinical-claim) its severity.
  struct Label: Hashable {
    var file: String
    var line: Int
    var rule: String
    var severity: String?
  }

  @Test func everyRuleMeetsItsPrecisionAndRecallOnTheLabelledCorpus() throws {
    let folder = TestPaths.fixture("evaluation")
    let expected = try Self.labels(in: folder)
    #expect(expected.count >= 170, "the corpus lost its labels")
    // The posts only (the folder's README.md is not a post), all in one run: cross-post labels need that.
    let posts = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.map { folder.appendingPathComponent($0).path }
    let reports = LintSession().lint(paths: posts).reports
    #expect(reports.count == 45)
    let found = Self.found(in: reports)

    var lines = [
      "| rule | labels | found | true positives | precision | recall |", "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for rule in Self.rules {
      let wanted = Set(expected.filter { $0.rule == rule }.map(Self.withoutSeverity))
      let got = Set(found.filter { $0.rule == rule }.map(Self.withoutSeverity))
      let hits = wanted.intersection(got).count
      let precision = got.isEmpty ? 1 : Double(hits) / Double(got.count)
      let recall = wanted.isEmpty ? 1 : Double(hits) / Double(wanted.count)
      lines.append(
        "| `\(rule)` | \(wanted.count) | \(got.count) | \(hits) | \(Self.format(precision)) | \(Self.format(recall)) |")
      #expect(
        precision >= Self.minimumPrecision,
        "\(rule) precision \(precision); false positives: \(got.subtracting(wanted).sorted(by: Self.order))")
      #expect(
        recall >= Self.minimumRecall,
        "\(rule) recall \(recall); missed: \(wanted.subtracting(got).sorted(by: Self.order))")
    }

    // Severity agreement for clinical claims found on a labelled line.
    let expectedClaims = expected.filter { $0.rule == "clinical-claim" }
    let foundSeverity = Dictionary(
      found.filter { $0.rule == "clinical-claim" }.map { (Self.withoutSeverity($0), $0.severity) }
    ) {
      $0 == "error" || $1 == "error" ? "error" : "warning"
    }
    let compared = expectedClaims.filter { foundSeverity[Self.withoutSeverity($0)] != nil }
    let agreeing = compared.filter { foundSeverity[Self.withoutSeverity($0)] == $0.severity }
    let agreement = compared.isEmpty ? 1 : Double(agreeing.count) / Double(compared.count)
    lines.append("")
    lines.append("clinical-claim severity agreement: \(agreeing.count)/\(compared.count) (\(Self.format(agreement)))")
    #expect(agreement >= Self.minimumPrecision, "severity disagreements: \(compared.filter { !agreeing.contains($0) })")
    print(lines.joined(separator: "\n"))
  }

  @Test func everyPlantedDefectInTheSamplesIsFoundAndNothingElse() throws {
    let expectedFile = TestPaths.fixture("samples-expected.md")
    let markdown = try String(contentsOf: expectedFile, encoding: .utf8)
    let planted = try Self.plantedDefects(in: markdown)
    #expect(planted.count >= 25, "samples-expected.md could not be parsed")
    let samples = Self.sampleFiles(in: markdown)
    #expect(samples.count == 6)
    for file in samples {
      // Each sample on its own: samples-expected.md lists what a sample gives when it is linted alone.
      let report = try #require(
        LintSession().lint(paths: [TestPaths.samples.appendingPathComponent(file).path]).reports.first)
      let got = Set(Self.found(in: [report]).filter { Self.rules.contains($0.rule) })
      let wanted = Set(planted.filter { $0.file == file })
      #expect(
        got == wanted,
        "\(file): missed \(wanted.subtracting(got).sorted(by: Self.order)), extra \(got.subtracting(wanted).sorted(by: Self.order))"
      )
    }
  }

  // MARK: - Labels

  /// `NAME.expected` lines: `LINE RULE [severity]`, `#` comments.
  static func labels(in folder: URL) throws -> [Label] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    var labels: [Label] = []
    for name in names where name.hasSuffix(".expected") {
      let stem = String(name.dropLast(".expected".count))
      let post = try #require(names.first { $0.hasPrefix(stem + ".") && !$0.hasSuffix(".expected") })
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        let fields = line.split(separator: " ").map(String.init)
        guard fields.count >= 2, let number = Int(fields[0]) else { continue }
        labels.append(
          Label(
            file: post, line: number, rule: fields[1],
            severity: fields[1] == "clinical-claim" ? fields.count > 2 ? fields[2] : "error" : nil))
      }
    }
    return labels
  }

  /// The samples samples-expected.md describes, clean ones included: its "## NAME" headings.
  static func sampleFiles(in markdown: String) -> [String] {
    markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.compactMap { line in
      line.dropFirst(3).split(separator: " ").first.map(String.init)
    }.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }
  }

  /// "- line 29: scrape-residue — …" under "## NAME" headings; "(warning)" or "(error)" after a clinical claim.
  static func plantedDefects(in markdown: String) throws -> [Label] {
    var file: String?
    var labels: [Label] = []
    for line in markdown.split(separator: "\n") {
      if line.hasPrefix("## ") {
        file = line.dropFirst(3).split(separator: " ").first.map(String.init)
        continue
      }
      guard let file, line.hasPrefix("- line ") else { continue }
      let fields = line.dropFirst("- line ".count).split(separator: " ", maxSplits: 2).map(String.init)
      guard fields.count >= 2, fields[0].hasSuffix(":"), let number = Int(fields[0].dropLast()) else { continue }
      let rule = fields[1]
      guard rules.contains(rule) else { continue }
      var severity: String?
      if rule == "clinical-claim" {
        severity = fields.count > 2 && fields[2].hasPrefix("(warning)") ? "warning" : "error"
      }
      labels.append(Label(file: file, line: number, rule: rule, severity: severity))
    }
    return labels
  }

  /// Error and warning findings of the built-in rules, by the line their text starts on.
  static func found(in reports: [FileReport]) -> [Label] {
    reports.flatMap { report in
      report.findings.filter { $0.severity == .error || $0.severity == .warning }.map {
        Label(
          file: URL(fileURLWithPath: report.path).lastPathComponent, line: $0.range.start.line, rule: $0.rule,
          severity: $0.rule == "clinical-claim" ? $0.severity.rawValue : nil)
      }
    }
  }

  static func withoutSeverity(_ label: Label) -> Label {
    Label(file: label.file, line: label.line, rule: label.rule, severity: nil)
  }

  static func order(_ lhs: Label, _ rhs: Label) -> Bool {
    (lhs.file, lhs.line, lhs.rule) < (rhs.file, rhs.line, rhs.rule)
  }

  static func format(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    return
      "\(thousandths / 1000).\(String(repeating: "0", count: 3 - String(thousandths % 1000).count))\(thousandths % 1000)"
  }
}
