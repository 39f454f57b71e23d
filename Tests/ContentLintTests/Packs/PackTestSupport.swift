import ContentModel
import Foundation
import Ingest
import Linting

/// Lints example text with pack rules the way a run does: rules, then configured severities and
/// suppression comments.
enum PackLinting {
  static var bundledPacks: String { TestPaths.packageRoot.appendingPathComponent("Rules/packs").path }

  static func document(_ text: String, format: SourceFormat = .text) throws -> Document {
    let ingester: any Ingester = format == .html ? HTMLIngester() : TextIngester()
    return try ingester.ingest(Array(text.utf8), path: format == .html ? "example.html" : "example.txt")
  }

  static func findings(_ rules: [any DocumentRule], in text: String, format: SourceFormat = .text) throws -> [Finding] {
    let document = try document(text, format: format)
    let profile = RuleProfile(linter: Linter(rules: rules.map { .document($0) }), corpusLinter: nil)
    let findings = profile.linter.lint(document).findings
    return profile.finish(findings, comments: document.comments, source: document.source).sorted(
      by: Finding.reportOrder)
  }

  static func rule(_ yaml: String, pack: String = "test", name: String = "rule", regexTimeLimit: Int = 50) throws
    -> PackRule
  {
    try PackLoader.rule(yaml: yaml, pack: pack, name: name, regexTimeLimit: regexTimeLimit)
  }

  /// The 1-based line and column of a scalar offset, as the built-in rules' example test counts them.
  static func position(ofScalar offset: Int, in text: String) -> SourcePosition {
    RuleExampleTests.position(ofScalar: offset, in: text)
  }
}
