import Foundation
import Testing

@Suite struct L10nCommandTests {
  @Test func localeTagsAreCanonicalisedAndBadOnesRefused() throws {
    let folder = try TemporaryFolder()
    try folder.write("p.txt", "Title Here\n\nA paragraph of text for the test.\n")
    let result = try CommandRunner.run(
      ["l10n", "extract", "p.txt", "--locales", "fr_FR,zh_hans,iw,en_xa", "--out", "L"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    for locale in ["fr-FR", "zh-Hans", "he", "en-XA"] {
      #expect(FileManager.default.fileExists(atPath: folder.path("L/\(locale)/p.txt.xlf")), "\(locale)")
    }
    let bad = try CommandRunner.run(
      ["l10n", "extract", "p.txt", "--locales", "1234567890123", "--out", "L"], in: folder.url)
    #expect(bad.status == 2)
    #expect(bad.standardError.contains("not a BCP 47 language tag"))
  }

  @Test func sourceLocaleComesFromThePageLang() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "p.html", "<html lang=\"de\"><body><article><h1>Titel</h1><p>Ein kurzer Absatz.</p></article></body></html>")
    let result = try CommandRunner.run(["l10n", "extract", "p.html", "--locales", "fr", "--out", "L"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    let text = try String(contentsOfFile: folder.path("L/fr/p.html.xlf"), encoding: .utf8)
    #expect(text.contains("srcLang=\"de\" trgLang=\"fr\""))
  }

  @Test func statusAsJSON() throws {
    let folder = try TemporaryFolder()
    try folder.write("p.txt", "Title Here\n\nA paragraph of text for the test. It has two sentences.\n")
    _ = try CommandRunner.run(["l10n", "extract", "p.txt", "--locales", "fr,en-XA", "--out", "L"], in: folder.url)
    let result = try CommandRunner.run(["l10n", "status", "L", "--format", "json"], in: folder.url)
    #expect(result.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let locales = try #require(json["locales"] as? [[String: Any]])
    #expect(locales.map { $0["locale"] as? String } == ["en-XA", "fr"])
    #expect(locales[0]["translatedPercent"] as? Double == 100)
    #expect(locales[1]["translatedPercent"] as? Double == 0)
    #expect(locales[1]["segments"] as? Int == 5)
    #expect((locales[1]["words"] as? Int ?? 0) > 10)
    let text = try CommandRunner.run(["l10n", "status", "L"], in: folder.url)
    #expect(text.standardOutput.hasPrefix("locale"))
  }

  @Test func aMissingBundlesFolderExitsTwo() throws {
    for command in ["check", "status"] {
      let result = try CommandRunner.run(["l10n", command, "/no/such/Locales"])
      #expect(result.status == 2)
      #expect(result.standardError.contains("/no/such/Locales: no such folder"))
    }
  }

  @Test func checkNamesAMalformedBundleAndExitsOne() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "L/fr/p.txt.po", "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\nmsgctxt \"u1.s1\"\nmsgid \"Hello\nmsgstr \"\"\n"
    )
    let result = try CommandRunner.run(["l10n", "check", "L"], in: folder.url)
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("L/fr/p.txt.po:6: error:"))
  }
}
