import ContentLintKit
import Foundation
import Linting
import Localization
import Testing

/// Inputs the fuzzers turned up, kept as regression cases: each must give a clear answer, never a crash.
@Suite struct FuzzRegressionTests {
  private func fixture(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: TestPaths.fixture("fuzz/\(name)")))
  }

  @Test func malformedBundleIsRefusedWithItsLine() throws {
    let text = String(decoding: try fixture("bundle-xmlparser-error-leak.xlf"), as: UTF8.self)
    #expect(throws: BundleError.self) { try BundleFormat.xliff2.read(text, path: "fuzz.xlf") }
    FuzzEntry.readBundle(try fixture("bundle-xmlparser-error-leak.xlf"))
  }

  @Test func emptyConfigurationFileMeansTheDefaults() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(".contentlint.yml", try fixture("configuration-empty-file.yml"))
    let configuration = try Configuration.load(file: file.path)
    let settings = configuration.settings(forRelativePath: "post.txt")
    #expect(settings.rules.isEmpty && settings.packs.isEmpty)
    #expect(!configuration.isIgnored(relativePath: "post.txt"))
    FuzzEntry.loadConfiguration([])
  }
}
