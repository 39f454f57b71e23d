@testable import ContentLintKit
import ContentModel
import Foundation
import Testing

/// `--cache DIR`: an unchanged post is served from the cache with exactly the findings a fresh run gives,
/// and anything it depends on (its bytes, the configuration, a pack, the build) sends it back to the rules.
@Suite struct PostCacheTests {
  static let shared =
    "Regular stretching after a long run keeps the calves supple and lowers the risk of small strains in the weeks before a race, which is why most coaches build ten quiet minutes of mobility work into every training plan."

  private func corpus() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try FileManager.default.copyItem(at: TestPaths.samples, to: folder.url.appendingPathComponent("Samples"))
    try folder.write("posts/first.txt", "Stretching notes\n\nAn opening paragraph about the season and the club's plans for the spring.\n\n\(Self.shared)\n")
    try folder.write(
      "posts/suppressed.txt",
      "A post with a hidden offer\n\ncontentlint-disable-next-line ai-boilerplate\nLet me know if you'd like a shorter version of this post!\n")
    try folder.write("posts/second.txt", "Other notes\n\nA paragraph on hill repeats, cadence and how to breathe on the way up a long climb.\n")
    return folder
  }

  @Test func anUnchangedRerunIsServedFromTheCacheWithTheSameFindings() throws {
    let folder = try corpus()
    let cache = try TemporaryFolder()
    let fresh = LintSession().lint(paths: [folder.url.path], keepingSources: true)
    let cold = LintSession().lint(paths: [folder.url.path], keepingSources: true, cacheDirectory: cache.url.path)
    let warm = LintSession().lint(paths: [folder.url.path], keepingSources: true, cacheDirectory: cache.url.path)
    #expect(cold.cachedPosts == 0)
    #expect(warm.cachedPosts == fresh.reports.count)
    #expect(fresh.reports.contains { !$0.findings.isEmpty })
    #expect(cold.reports == fresh.reports)
    #expect(warm.reports == fresh.reports)
    #expect(warm.summaryLine.hasPrefix("contentlint: \(fresh.reports.count) files (\(fresh.reports.count) from the cache), "))
  }

  @Test func aChangedPostIsLintedAgainAndStillComparedWithTheCachedOnes() throws {
    let folder = try corpus()
    let cache = try TemporaryFolder()
    _ = LintSession().lint(paths: [folder.url.path], keepingSources: false, cacheDirectory: cache.url.path)
    try folder.write("posts/second.txt", "Other notes\n\n\(Self.shared)\n")
    let warm = LintSession().lint(paths: [folder.url.path], keepingSources: false, cacheDirectory: cache.url.path)
    let fresh = LintSession().lint(paths: [folder.url.path], keepingSources: false)
    #expect(warm.cachedPosts == fresh.reports.count - 1)
    #expect(warm.reports == fresh.reports)
    let second = try #require(warm.reports.first { $0.path.hasSuffix("posts/second.txt") })
    #expect(second.findings.map(\.message) == ["Paragraph repeats one in another post: also in \(folder.url.path)/posts/first.txt:5."])
  }

  @Test func aNewConfigurationOrPackMissesTheCache() throws {
    let folder = try corpus()
    let cache = try TemporaryFolder()
    _ = LintSession().lint(paths: [folder.url.path], keepingSources: false, cacheDirectory: cache.url.path)
    try folder.write(".contentlint.yml", "rules:\n  scrape-residue: off\n")
    let configured = LintSession().lint(paths: [folder.url.path], keepingSources: false, cacheDirectory: cache.url.path)
    #expect(configured.cachedPosts == 0)
    #expect(configured.reports == LintSession().lint(paths: [folder.url.path], keepingSources: false).reports)
    #expect(!configured.reports.flatMap(\.findings).contains { $0.rule == "scrape-residue" })
    try folder.write("packs/house/no-synergy.yml", "kind: existence\nmessage: \"Avoid '%s'.\"\ntokens: [hill repeats]\n")
    let packed = LintSession(sources: RuleSources(rulesDirectories: [folder.path("packs")]))
      .lint(paths: [folder.url.path], keepingSources: false, cacheDirectory: cache.url.path)
    #expect(packed.cachedPosts == 0)
    #expect(packed.reports.flatMap(\.findings).contains { $0.rule == "house/no-synergy" })
  }

  @Test func damagedRecordsAreMissesNotErrors() throws {
    let folder = try corpus()
    let cache = try TemporaryFolder()
    let cold = LintSession().lint(paths: [folder.url.path], keepingSources: false, cacheDirectory: cache.url.path)
    let records = try #require(FileManager.default.enumerator(atPath: cache.url.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".post") }
    #expect(records.count == cold.reports.count)
    for (index, record) in records.enumerated() {
      let path = cache.path(record)
      var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      if index % 2 == 0 { bytes[bytes.count / 2] ^= 0x40 } else { bytes.removeLast(bytes.count / 3) }
      try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
    let warm = LintSession().lint(paths: [folder.url.path], keepingSources: false, cacheDirectory: cache.url.path)
    #expect(warm.cachedPosts == 0)
    #expect(warm.reports == cold.reports)
  }

  @Test func aRunThatShowsTheTextDoesNotReuseRecordsWithoutIt() throws {
    let folder = try corpus()
    let cache = try TemporaryFolder()
    let cold = LintSession().lint(paths: [folder.url.path], keepingSources: false, cacheDirectory: cache.url.path)
    let shown = LintSession().lint(paths: [folder.url.path], keepingSources: true, cacheDirectory: cache.url.path)
    let fresh = LintSession().lint(paths: [folder.url.path], keepingSources: true)
    // Posts with document-rule findings were recorded without their text and are linted again; the clean
    // ones are reused, the post whose suppression comments hide its finding among them (it kept its text).
    let clean = cold.reports.filter { $0.findings.isEmpty }.count
    #expect(clean > 0 && clean < cold.reports.count)
    #expect(shown.cachedPosts == clean)
    #expect(shown.reports == fresh.reports)
    #expect(shown.reports.allSatisfy { $0.findings.isEmpty || $0.source != nil })
    let second = try #require(shown.reports.first { $0.path.hasSuffix("posts/second.txt") })
    #expect(second.findings.isEmpty && second.source == nil)
  }

  /// A post whose only finding comes from the corpus rules still shows its lines: the text is read again.
  @Test func aPostFlaggedOnlyAcrossPostsStillHasItsText() throws {
    let folder = try corpus()
    try folder.write("posts/second.txt", "Other notes\n\n\(Self.shared)\n")
    let report = try #require(
      LintSession().lint(paths: [folder.url.path], keepingSources: true).reports.first { $0.path.hasSuffix("posts/second.txt") })
    #expect(report.findings.map(\.rule) == ["duplicate-paragraph"])
    #expect(report.source == "Other notes\n\n\(Self.shared)\n")
  }

  @Test func theCommandLineReusesItsCache() throws {
    let cache = try TemporaryFolder()
    let arguments = ["lint", "--format", "json", "--fail-on", "none", "--cache", cache.url.path, TestPaths.samples.path]
    let cold = try CommandRunner.run(arguments)
    let warm = try CommandRunner.run(arguments)
    #expect(cold.status == 0 && warm.status == 0)
    #expect(warm.standardOutput == cold.standardOutput)
    #expect(cold.standardError.contains("files (0 from the cache)"))
    #expect(warm.standardError.contains("files (7 from the cache)"))
    #expect(FileManager.default.fileExists(atPath: cache.path("CACHEDIR.TAG")))
  }

  /// CI restores a cache and a build from elsewhere: a copy of the same build (another path, inode and time)
  /// must still hit, so the key names the build by its linked contents, not by where it lies.
  @Test func aCopyOfTheSameBuildReusesTheCache() throws {
    let executable = try #require(TestPaths.executable)
    let cache = try TemporaryFolder()
    let elsewhere = try TemporaryFolder()
    let copy = elsewhere.url.appendingPathComponent("contentlint")
    try FileManager.default.copyItem(at: executable, to: copy)
    let arguments = ["lint", "--format", "json", "--fail-on", "none", "--cache", cache.url.path, TestPaths.samples.path]
    let cold = try CommandRunner.run(arguments)
    let process = Process()
    process.executableURL = copy
    process.arguments = arguments
    let error = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = error
    try process.run()
    let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(cold.standardError.contains("files (0 from the cache)"))
    #expect(message.contains("files (7 from the cache)"), "\(message)")
  }

  /// The build ID read from the file is the one the linker wrote (as `readelf -n` prints it), so the key does
  /// not fall back to digesting the whole executable.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/readelf"), "needs readelf (binutils)"))
  func theBuildIsNamedByItsGNUBuildID() throws {
    let executable = try #require(TestPaths.executable)
    let id = try #require(BuildIdentity.gnuBuildID(ofELF: executable.path))
    let readelf = Process()
    readelf.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
    readelf.arguments = ["-n", executable.path]
    let output = Pipe()
    readelf.standardOutput = output
    try readelf.run()
    let notes = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    readelf.waitUntilExit()
    let hex = id.map { String(format: "%02x", $0) }.joined()
    #expect(id.count >= 16)
    #expect(notes.contains("Build ID: \(hex)"))
    #expect(BuildIdentity.gnuBuildID(ofELF: TestPaths.samples.appendingPathComponent("individual-psychotherapy.txt").path) == nil)
  }

  /// Records no run used for a month go, with temporary files a killed run left and folders of other record
  /// layouts; records the last run used stay, and the folder is walked at most once a day.
  @Test func recordsUnusedForAMonthArePruned() throws {
    let folder = try corpus()
    let cache = try TemporaryFolder()
    _ = LintSession().lint(paths: [folder.url.path], keepingSources: false, cacheDirectory: cache.url.path)
    let records = try #require(FileManager.default.enumerator(atPath: cache.url.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".post") }.sorted()
    let old = Date(timeIntervalSinceNow: -40 * 86_400)
    let stale = cache.path(records[0])
    let leftover = try cache.write("v1/00/.abc.post.tmp-XXXXXX", "half a record")
    let otherLayout = try cache.write("v0/00/record.post", "an old layout")
    for path in [stale, leftover.path, otherLayout.path] {
      try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
    }
    // The run above pruned already today; take its marker away so this prune walks the folder.
    try FileManager.default.removeItem(atPath: cache.path("last-pruned"))
    let run = PostCache(directory: cache.url.path, ruleFiles: [])
    run.prune(now: Date())
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(!FileManager.default.fileExists(atPath: leftover.path))
    #expect(!FileManager.default.fileExists(atPath: cache.path("v0")))
    #expect(records.dropFirst().allSatisfy { FileManager.default.fileExists(atPath: cache.path($0)) })
    // A second prune the same day does not walk the folder, and a record a run uses is marked afresh.
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: cache.path(records[1]))
    run.prune(now: Date())
    #expect(FileManager.default.fileExists(atPath: cache.path(records[1])))
    _ = LintSession().lint(paths: [folder.url.path], keepingSources: false, cacheDirectory: cache.url.path)
    let modified = try #require(FileManager.default.attributesOfItem(atPath: cache.path(records[1]))[.modificationDate] as? Date)
    #expect(modified.timeIntervalSinceNow > -3_600)
  }
}
