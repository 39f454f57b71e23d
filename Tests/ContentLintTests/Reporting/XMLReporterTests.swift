import ContentModel
import Foundation
import Reporting
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// JUnit and checkstyle output must stay well-formed XML whatever text a scraped page carries.
@Suite(.serialized) struct XMLReporterTests {
  static let hostile = "Tags <b>&amp; \"quotes\" 'single' ]]> \u{0}\u{1B}[2J\u{7} \u{FFFE} end"

  static var report: LintReport {
    let finding = Finding(
      rule: "duplicate-paragraph", severity: .warning, message: Self.hostile,
      range: SourceRange(start: SourcePosition(line: 2, column: 1), end: SourcePosition(line: 2, column: 9)),
      excerpt: Self.hostile, suggestion: "Delete <this>.")
    return LintReport(
      files: [
        FileReport(path: "posts/<odd> & \"name\".txt", findings: [finding, finding], source: nil),
        FileReport(path: "posts/clean.txt", findings: [], source: nil),
      ], toolVersion: "1")
  }

  @Test func junitIsWellFormedWithASuitePerFileAndAFailurePerFinding() throws {
    let xml = JUnitReporter().render(Self.report)
    let counts = try Self.parse(xml)
    #expect(counts["testsuite"] == 2)
    #expect(counts["testcase"] == 3)
    #expect(counts["failure"] == 2)
    #expect(xml.contains("<testsuites name=\"contentlint\" tests=\"3\" failures=\"2\" errors=\"0\">"))
    try Self.expectXMLLintAccepts(xml)
  }

  @Test func checkstyleIsWellFormed() throws {
    let xml = CheckstyleReporter().render(Self.report)
    let counts = try Self.parse(xml)
    #expect(counts["file"] == 2)
    #expect(counts["error"] == 2)
    try Self.expectXMLLintAccepts(xml)
  }

  // MARK: - Helpers

  /// Element counts, after Foundation's parser read the whole document without an error.
  static func parse(_ xml: String) throws -> [String: Int] {
    let delegate = CountingDelegate()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = delegate
    let parsed = parser.parse()
    #expect(parsed, "XMLParser: \(parser.parserError.map { "\($0)" } ?? "failed")")
    return delegate.counts
  }

  static func expectXMLLintAccepts(_ xml: String) throws {
    guard ExternalTool.hasXMLLint else { return }  // xmllint is optional (libxml2-utils)
    let folder = try TemporaryFolder()
    let file = try folder.write("report.xml", xml)
    let result = try #require(ExternalTool.run(["xmllint", "--noout", file.path]))
    #expect(result.status == 0, "\(result.output)")
  }

  final class CountingDelegate: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      counts[elementName, default: 0] += 1
    }
  }
}
