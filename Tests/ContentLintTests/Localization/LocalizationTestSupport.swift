import ContentLintKit
import ContentModel
import Foundation
import Ingest
import Linting
import Localization

/// Posts turned into units the way `l10n extract` does it: ingest, lint with every rule, build units.
enum L10nFixture {
  static func document(_ text: String, path: String = "post.txt") throws -> Document {
    try IngesterRegistry().ingest(Array(text.utf8), path: path)
  }

  static func findings(_ document: Document) -> [Finding] {
    let linter = Linter(rules: LintSession().rules)
    let result = linter.lint(document)
    return result.findings + (linter.lintCorpus([result.summary]).first ?? [])
  }

  static func extracted(_ document: Document) -> [ExtractedUnit] {
    UnitBuilder().extract(document, findings: findings(document), sourceLocale: "en")
  }

  static func units(_ text: String, path: String = "post.txt") throws -> [TranslationUnit] {
    extracted(try document(text, path: path)).map(\.unit)
  }

  static var htmlPost: URL { TestPaths.fixture("l10n/post.html") }

  static func htmlDocument() throws -> Document {
    try IngesterRegistry().ingest(Array(try Data(contentsOf: htmlPost)), path: "post.html")
  }

  static var seedPost: URL { TestPaths.samples.appendingPathComponent("individual-psychotherapy.txt") }

  /// Every source text of a bundle, segments joined.
  static func sourceTexts(_ units: [TranslationUnit]) -> [String] { units.map(\.sourceText) }

  /// The path of a command-line tool, or nil when it is not installed.
  static func tool(_ name: String) -> String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs a tool; returns its exit status and combined output.
  static func runTool(_ path: String, _ arguments: [String], environment: [String: String]? = nil) throws
    -> (status: Int32, output: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// Validates XLIFF files against the OASIS schemas in `../shared`: 2.x files with `tools/validate-xliff`;
/// 1.2 files with the same schema through xmllint and a catalog of absolute paths, because the shared
/// `catalog.xml` does not parse (a `--` inside its comment) and xmllint then tries to fetch `xml.xsd`.
enum XLIFFValidator {
  static func validate(_ files: [String]) throws -> (status: Int32, output: String) {
    guard let shared = TestPaths.shared, let xmllint = L10nFixture.tool("xmllint") else { return (0, "") }
    let schemas = shared.appendingPathComponent("schemas/xliff")
    var status: Int32 = 0
    var output = ""
    let version2 = try files.filter { !(try String(contentsOfFile: $0, encoding: .utf8)).contains("document:1.2") }
    let version12 = files.filter { !version2.contains($0) }
    if !version2.isEmpty {
      let result = try L10nFixture.runTool(shared.appendingPathComponent("tools/validate-xliff").path, version2)
      status = max(status, result.status)
      output += result.output
    }
    if !version12.isEmpty {
      let folder = try TemporaryFolder()
      let xml = schemas.appendingPathComponent("xml/xml.xsd").absoluteString
      let catalog = try folder.write(
        "catalog.xml",
        """
        <?xml version="1.0"?>
        <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
          <system systemId="http://www.w3.org/2001/xml.xsd" uri="\(xml)"/>
          <system systemId="http://www.w3.org/2001/03/xml.xsd" uri="\(xml)"/>
          <uri name="http://www.w3.org/XML/1998/namespace" uri="\(xml)"/>
        </catalog>
        """)
      let schema = schemas.appendingPathComponent("xliff/xliff-core-1.2-strict.xsd").path
      let result = try L10nFixture.runTool(
        xmllint, ["--noout", "--nonet", "--schema", schema] + version12,
        environment: ["XML_CATALOG_FILES": catalog.path])
      status = max(status, result.status)
      output += result.output
    }
    return (status, output)
  }
}
