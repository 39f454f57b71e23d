@testable import ContentLintKit
import Foundation
import Glibc
import Localization
import Testing

/// A translator's month of work sits in `Locales/`: a run killed in the middle of writing it, or two runs
/// writing it at once, must leave every bundle whole and every translation in place.
@Suite(.serialized) struct LocalesSafetyTests {
  /// Twelve posts, so that an extract writes many bundles one after another.
  private static func writePosts(_ folder: TemporaryFolder, revision: Int) throws {
    for post in 0..<12 {
      var text = "Post \(post) about the orchard\n\n"
      for paragraph in 0..<6 {
        text += "Paragraph \(paragraph) of post \(post) talks about pruning in winter. "
        text += "It was revised \(revision) times, and it explains when to cut the branches.\n\n"
      }
      try folder.write("posts/p\(post).txt", text)
    }
  }

  /// Fills every target of every French bundle with a marked translation, as a translator's tool would.
  private static func translateEverything(_ folder: TemporaryFolder) throws -> Int {
    var count = 0
    for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path("L/fr")) where name.hasSuffix(".po") {
      let path = folder.path("L/fr/\(name)")
      var bundle = try BundleFormat.po.read(try String(contentsOfFile: path, encoding: .utf8), path: path)
      for index in bundle.units.indices {
        for segment in bundle.units[index].segments.indices where bundle.units[index].segments[segment].target == nil {
          bundle.units[index].segments[segment].target = [.text("FR ")] + bundle.units[index].segments[segment].source
          count += 1
        }
      }
      try BundleFormat.po.write(bundle).write(toFile: path, atomically: true, encoding: .utf8)
    }
    return count
  }

  /// Every French bundle parses, and the translations of the first revision's unchanged sentences are kept.
  private static func expectBundlesWholeAndTranslated(_ folder: TemporaryFolder, translated: Int) throws {
    var kept = 0
    for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path("L/fr")) where name.hasSuffix(".po") {
      let path = folder.path("L/fr/\(name)")
      let bundle = try BundleFormat.po.read(try String(contentsOfFile: path, encoding: .utf8), path: path)
      kept += bundle.units.flatMap(\.segments).count { InlinePiece.plainText($0.target ?? []).hasPrefix("FR ") }
    }
    // Each post keeps at least its unrevised sentences translated, whichever side of a write the kill fell.
    #expect(kept >= translated / 2, "\(kept) of \(translated) translations left")
  }

  private static let extractArguments = ["l10n", "extract", "posts", "--locales", "fr", "--format", "po", "--out", "L"]

  /// An extract into `folder/L`, not yet started, printing nowhere.
  private static func extractProcess(in folder: TemporaryFolder) throws -> Process {
    guard let executable = TestPaths.executable else { throw BoundedRun.Failure.notBuilt }
    let process = Process()
    process.executableURL = executable
    process.arguments = extractArguments
    process.currentDirectoryURL = folder.url
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    return process
  }

  @Test func killedInTheMiddleOfWritingBundlesLosesNothing() throws {
    let folder = try TemporaryFolder()
    try Self.writePosts(folder, revision: 1)
    let first = try CommandRunner.run(Self.extractArguments, in: folder.url)
    #expect(first.status == 0, "\(first.standardError)")
    let translated = try Self.translateEverything(folder)
    #expect(translated >= 60)

    var killedWhileWriting = 0
    for attempt in 0..<6 {
      try Self.writePosts(folder, revision: attempt + 2)
      let process = try Self.extractProcess(in: folder)
      try process.run()
      // Kill as soon as a temporary bundle appears: the moment a half-written file would exist.
      let deadline = Date().addingTimeInterval(60)
      var sawTemporary = false
      while process.isRunning && Date() < deadline {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path("L/fr"))) ?? []
        if names.contains(where: { $0.contains(".tmp-") }) {
          sawTemporary = true
          break
        }
        usleep(200)
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if sawTemporary { killedWhileWriting += 1 }
      try Self.expectBundlesWholeAndTranslated(folder, translated: translated)
    }
    // The next run finishes the job and sweeps nothing a translator wrote.
    let last = try CommandRunner.run(Self.extractArguments, in: folder.url)
    #expect(last.status == 0, "\(last.standardError)")
    try Self.expectBundlesWholeAndTranslated(folder, translated: translated)
    #expect(killedWhileWriting > 0, "no kill landed while a bundle was being written")
  }

  @Test func concurrentExtractsTakeTurns() throws {
    let folder = try TemporaryFolder()
    try Self.writePosts(folder, revision: 1)
    _ = try CommandRunner.run(Self.extractArguments, in: folder.url)
    let translated = try Self.translateEverything(folder)
    try Self.writePosts(folder, revision: 2)

    let runs = try (0..<4).map { _ in try Self.extractProcess(in: folder) }
    for run in runs { try run.run() }
    for run in runs { run.waitUntilExit() }
    #expect(runs.allSatisfy { $0.terminationStatus == 0 })
    try Self.expectBundlesWholeAndTranslated(folder, translated: translated)
    let leftovers = try FileManager.default.subpathsOfDirectory(atPath: folder.path("L")).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
  }

  @Test func aSecondLockWaitsForTheFirst() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("L")
    // The lock belongs to the open file description, so a second descriptor in this process contends like
    // another process would.
    var held: FolderLock? = try FolderLock(path)
    let other = open(path, O_RDONLY | O_DIRECTORY)
    defer { close(other) }
    #expect(flock(other, LOCK_EX | LOCK_NB) != 0)
    withExtendedLifetime(held) {}
    held = nil
    #expect(flock(other, LOCK_EX | LOCK_NB) == 0)
  }
}
