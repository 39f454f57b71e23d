import Foundation
import Testing

/// `Locales/` holds the bundles for `Samples/`; they must match what `scripts/update-locales` makes now.
@Suite struct LocalesTests {
  @Test func localesAreCurrent() throws {
    let root = TestPaths.packageRoot
    let locales = root.appendingPathComponent("Locales")
    let folder = try TemporaryFolder()
    let copy = folder.url.appendingPathComponent("Locales")
    try FileManager.default.copyItem(at: locales, to: copy)
    let result = try CommandRunner.run(
      ["l10n", "extract", "Samples", "--locales", "fr,de,ar,zh-Hans,en-XA", "--out", copy.path], in: root)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      !result.standardError.contains("wrote "), "Locales/ is stale; run scripts/update-locales: \(result.standardError)"
    )
    let samples = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Samples").path)
      .filter { !$0.hasPrefix(".") }
    for locale in ["fr", "de", "ar", "zh-Hans", "en-XA"] {
      for sample in samples {
        let path = locales.appendingPathComponent("\(locale)/Samples/\(sample).xlf").path
        #expect(FileManager.default.fileExists(atPath: path), "missing \(path); run scripts/update-locales")
      }
    }
  }

  @Test(.enabled(if: TestPaths.shared != nil && L10nFixture.tool("xmllint") != nil))
  func committedBundlesValidate() throws {
    let locales = TestPaths.packageRoot.appendingPathComponent("Locales")
    let enumerator = try #require(FileManager.default.enumerator(atPath: locales.path))
    var files: [String] = []
    for case let file as String in enumerator where file.hasSuffix(".xlf") {
      files.append(locales.appendingPathComponent(file).path)
    }
    #expect(!files.isEmpty)
    let result = try XLIFFValidator.validate(files)
    #expect(result.status == 0, "\(result.output)")
  }
}
