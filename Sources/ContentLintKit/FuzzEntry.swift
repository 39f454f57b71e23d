import ContentModel
import Ingest
import Linting
import TextKit

/// The entry points the libFuzzer targets in `Fuzzing/` call: each runs a whole stage on arbitrary bytes.
public enum FuzzEntry {
  private static let session = LintSession()

  /// Ingests `bytes` under `path` (its extension picks the ingester) and lints the document.
  public static func lint(_ bytes: [UInt8], path: String) {
    guard let document = try? session.ingesters.ingest(bytes, path: path) else { return }
    let linter = Linter(rules: session.rules)
    let (_, summary) = linter.lint(document)
    _ = linter.lintCorpus([summary])
    for block in document.blocks {
      _ = block.sourceRange(ofScalars: 0..<block.text.unicodeScalars.count)
    }
  }

  public static func checkMessageFormat(_ bytes: [UInt8]) {
    _ = MessageFormat.check(String(decoding: bytes, as: UTF8.self), locale: "ar")
  }
}
