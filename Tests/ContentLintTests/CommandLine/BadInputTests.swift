import ContentLintKit
import ContentModel
import Foundation
import Testing

/// Files that cannot be read or decoded get an `ingest-error` finding and every other file is still linted.
@Suite struct BadInputTests {
  private let duplicatePost =
    "A paragraph that repeats itself word for word in this post.\n\nA paragraph that repeats itself word for word in this post.\n"

  @Test func eachBadFileGetsAnIngestErrorAndTheRunGoesOn() throws {
    let folder = try TemporaryFolder()
    try folder.write("a-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48])
    try folder.write("b-truncated.txt", Array("Café, then cut: caf".utf8) + [0xC3])
    try folder.write("c-empty.txt", [])
    try folder.write("d-good.txt", duplicatePost)
    try folder.write("e-zip.html", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])
    let outcome = LintSession().lint(paths: [folder.url.path])
    let byName = Dictionary(uniqueKeysWithValues: outcome.reports.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0) })
    #expect(byName.count == 5)
    #expect(byName["a-binary.txt"]?.findings.map(\.rule) == ["ingest-error"])
    #expect(byName["a-binary.txt"]?.findings.first?.message.contains("PNG") == true)
    #expect(byName["e-zip.html"]?.findings.map(\.rule) == ["ingest-error"])
    #expect(byName["b-truncated.txt"]?.findings.map(\.rule) == ["ingest-error"])
    #expect(byName["c-empty.txt"]?.findings.isEmpty == true)
    #expect(byName["d-good.txt"]?.findings.map(\.rule) == ["duplicate-paragraph"])
    #expect(outcome.exitStatus(failOn: .severity(.error)) == 1)
  }

  @Test func brokenUTF8IsAnIngestErrorNamingThePlace() throws {
    let folder = try TemporaryFolder()
    // Valid UTF-8 ("é") elsewhere shows the file is UTF-8, so a bad sequence is damage, not another charset.
    try folder.write("mixed.txt", Array("Café au lait\nand ".utf8) + [0xE2, 0x28, 0xA1] + Array(" more".utf8))
    try folder.write("truncated.txt", Array("A post cut short in the middle of a caf".utf8) + [0xC3])
    let outcome = LintSession().lint(paths: [folder.url.path])
    let mixed = try #require(outcome.reports.first { $0.path.hasSuffix("mixed.txt") }?.findings.first)
    #expect(mixed.rule == "ingest-error")
    #expect(mixed.message.contains("invalid UTF-8 at byte 18"))
    #expect(mixed.range.start == SourcePosition(line: 2, column: 5))
    let truncated = try #require(outcome.reports.first { $0.path.hasSuffix("truncated.txt") }?.findings.first)
    #expect(truncated.rule == "ingest-error")
    #expect(truncated.message.contains("truncated"))
  }

  @Test func legacyEightBitTextIsDecodedNotRejected() throws {
    let folder = try TemporaryFolder()
    try folder.write("latin.txt", Array("Na".utf8) + [0xEF] + Array("ve caf".utf8) + [0xE9] + Array(" culture is worth a long paragraph.".utf8))
    let outcome = LintSession().lint(paths: [folder.url.path])
    #expect(outcome.reports.first?.findings.isEmpty == true)
  }

  @Test func symlinkLoopIsWalkedOnce() throws {
    let folder = try TemporaryFolder()
    try folder.write("posts/d-good.txt", duplicatePost)
    try FileManager.default.createSymbolicLink(atPath: folder.path("posts/loop"), withDestinationPath: folder.path("posts"))
    let outcome = LintSession().lint(paths: [folder.path("posts")])
    #expect(outcome.reports.count == 1)
    #expect(outcome.reports.first?.findings.map(\.rule) == ["duplicate-paragraph"])
  }

  @Test func missingPathIsAUsageErrorButOthersAreReported() throws {
    let folder = try TemporaryFolder()
    try folder.write("d-good.txt", duplicatePost)
    let outcome = LintSession().lint(paths: [folder.path("nope.txt"), folder.path("d-good.txt")])
    #expect(outcome.missing == [folder.path("nope.txt")])
    #expect(outcome.reports.count == 1)
    #expect(outcome.exitStatus(failOn: .severity(.error)) == 2)
  }

  @Test func unreadableFileIsAnIngestError() throws {
    guard getuid() != 0 else { return }  // root reads everything; the FIFO case below still runs
    let folder = try TemporaryFolder()
    let file = try folder.write("secret.txt", duplicatePost)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
    let outcome = LintSession().lint(paths: [file.path])
    #expect(outcome.reports.first?.findings.map(\.rule) == ["ingest-error"])
  }

  @Test func namedPipeIsNotReadForever() throws {
    let folder = try TemporaryFolder()
    try folder.write("d-good.txt", duplicatePost)
    #expect(mkfifo(folder.path("pipe.txt"), 0o644) == 0)
    let outcome = LintSession().lint(paths: [folder.url.path])
    let pipe = try #require(outcome.reports.first { $0.path.hasSuffix("pipe.txt") })
    #expect(pipe.findings.map(\.rule) == ["ingest-error"])
    #expect(outcome.reports.count == 2)
  }
}
