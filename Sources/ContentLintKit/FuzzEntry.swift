import ContentModel
import Foundation
import Ingest
import Linting
import Localization
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

  /// Reads `bytes` as a rule pack's rule file and as a `.contentlint.yml`: errors are fine, crashes are not.
  public static func loadConfiguration(_ bytes: [UInt8]) {
    let yaml = String(decoding: bytes, as: UTF8.self)
    _ = try? PackLoader.rule(yaml: yaml, pack: "fuzz", name: "rule", regexTimeLimit: 5)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("contentlint-fuzz-\(getpid()).yml")
    guard (try? Data(bytes).write(to: file)) != nil else { return }
    _ = try? Configuration.load(file: file.path)
  }

  /// Reads `bytes` as a translator's bundle in every format.
  public static func readBundle(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    for format in BundleFormat.allCases {
      _ = try? format.read(text, path: "fuzz." + format.fileExtension)
    }
  }
}
