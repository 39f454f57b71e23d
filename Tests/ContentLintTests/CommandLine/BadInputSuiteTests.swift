import Foundation
import Glibc
import Testing
import TextKit

/// Every hostile input the issue tracker names, each linted by the real executable beside a good post, under a
/// bound on wall time and peak memory: the bad file gets a clear finding (or is skipped for a stated reason)
/// and the good post's findings are exactly what they are when it is linted alone.
@Suite(.serialized) struct BadInputSuiteTests {
  @Test(arguments: BadInput.all)
  func badInputIsContained(_ input: BadInput) throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", BadInput.goodPost)
    try input.prepare(folder.url)
    let seconds = input.seconds * BadInput.sanitizerFactor.time
    let megabytes = input.megabytes * BadInput.sanitizerFactor.memory
    let run = try BoundedRun.contentlint(
      ["lint", "--format", "json", folder.url.path], seconds: seconds, asUser: input.needsUnprivilegedUser ? .nobody : nil)
    print("bad input '\(input.name)': \(Int(run.seconds * 1000)) ms, peak \(Int(run.peakMegabytes ?? 0)) MB")
    #expect(!run.timedOut, "took over \(seconds) s")
    if let peak = run.peakMegabytes {
      #expect(peak <= megabytes, "peak memory \(Int(peak)) MB over \(Int(megabytes)) MB")
    }
    #expect(run.status == 0 || run.status == 1, "exit status \(run.status): \(run.standardError)")
    let reports = try LintJSON(run.standardOutput)
    #expect(reports.rules(of: "good.txt") == BadInput.goodPostRules)
    switch input.expected {
    case .ingestError(let words):
      let finding = try #require(reports.findings(of: input.file).first, "no report for \(input.file)")
      #expect(finding.rule == "ingest-error")
      #expect(finding.message.contains(words), "\(finding.message)")
      if let place = input.place { #expect(finding.line == place.line && finding.column == place.column) }
    case .linted(let rules):
      #expect(reports.rules(of: input.file) == rules)
    case .notAPost:
      #expect(reports.paths.count == 1, "\(reports.paths)")
    }
    for secret in input.mustNotAppear {
      #expect(!run.standardOutput.contains(secret), "\(secret) leaked into the report")
    }
  }

  /// `ingest` prints the article text itself: entity expansion and external files must not reach it either.
  @Test func ingestNeverPrintsLocalFilesOrExpandedEntities() throws {
    let folder = try TemporaryFolder()
    for input in BadInput.all where !input.mustNotAppear.isEmpty { try input.prepare(folder.url) }
    let run = try BoundedRun.contentlint(["ingest", "--format", "jsonl", folder.url.path], seconds: 60)
    #expect(!run.timedOut)
    #expect(!run.standardOutput.contains("root:x:0:0"))
    #expect(run.standardOutput.utf8.count < 1_000_000)
  }
}

/// One hostile file (or folder entry), what it must produce, and its bounds.
struct BadInput: Sendable, CustomTestStringConvertible {
  enum Expected: Sendable {
    case ingestError(containing: String)
    case linted(rules: [String])
    /// Not a post at all (a directory loop): discovery passes it by and the run goes on.
    case notAPost
  }

  var name: String
  var file: String
  var expected: Expected
  var place: (line: Int, column: Int)? = nil
  var seconds: Double = 60
  var megabytes: Double = 300
  var needsUnprivilegedUser = false
  var mustNotAppear: [String] = []
  var prepare: @Sendable (URL) throws -> Void

  var testDescription: String { name }

  /// Under `scripts/sanitize` the executable is instrumented: AddressSanitizer's shadow memory and checks,
  /// or ThreadSanitizer's, cost several times the time and memory, so the bounds widen by as much.
  static var sanitizerFactor: (time: Double, memory: Double) {
    ProcessInfo.processInfo.environment["CONTENTLINT_SANITIZER"] == nil ? (1, 1) : (10, 4)
  }

  static let goodPost =
    "A garden path in winter\n\nPrune the apple trees while the wood is bare and the buds are still closed tight.\n\n"
    + "Prune the apple trees while the wood is bare and the buds are still closed tight.\n"
  static let goodPostRules = ["duplicate-paragraph"]

  /// A post of its own, distinct from the good one so that no cross-post duplicate links them.
  static let ownPost =
    "Notes from the harbour\n\nThe ferry leaves at seven and the fishing boats come back before noon each day.\n\n"
    + "The ferry leaves at seven and the fishing boats come back before noon each day.\n"

  static func bytes(_ name: String, _ bytes: @escaping @Sendable () -> [UInt8]) -> @Sendable (URL) throws -> Void {
    { folder in try Data(bytes()).write(to: folder.appendingPathComponent(name)) }
  }

  /// A UTF-8 post with a valid "é" on line 1 (so the file is UTF-8) and `bad` after `before` on line 2.
  static func damagedUTF8(_ label: String, _ bad: [UInt8], before: String = "and ", after: String = " more text") -> BadInput {
    let head = Array("Café notes\n\(before)".utf8)
    return BadInput(
      name: "invalid UTF-8: \(label)", file: "utf8-\(label.replacingOccurrences(of: " ", with: "-")).txt",
      expected: .ingestError(containing: "invalid UTF-8 at byte \(head.count)"),
      place: (2, before.unicodeScalars.count + 1),
      prepare: bytes("utf8-\(label.replacingOccurrences(of: " ", with: "-")).txt") { head + bad + Array(after.utf8) })
  }

  static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { unit in
      bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
  }

  static let all: [BadInput] = [
    BadInput(
      name: "PNG image named .txt", file: "image.txt", expected: .ingestError(containing: "PNG image"),
      prepare: bytes("image.txt") { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: 0x41, count: 4000) }),
    BadInput(
      name: "ZIP archive named .html", file: "archive.html", expected: .ingestError(containing: "ZIP archive"),
      prepare: bytes("archive.html") { [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0] + Array("<p>x</p>".utf8) }),
    damagedUTF8("lone continuation byte", [0x80], before: ""),
    damagedUTF8("overlong two bytes", [0xC0, 0xAF]),
    damagedUTF8("overlong three bytes", [0xE0, 0x80, 0xAF]),
    damagedUTF8("surrogate", [0xED, 0xA0, 0x80]),
    damagedUTF8("past U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
    damagedUTF8("byte never used", [0xFF]),
    damagedUTF8("lead byte then ASCII", [0xC3, 0x41]),
    damagedUTF8("at the end of a line", [0xE2, 0x82], before: "price in euros ", after: "\nnext line"),
    BadInput(
      name: "invalid UTF-8: first byte of the file", file: "utf8-first.txt",
      expected: .ingestError(containing: "invalid UTF-8 at byte 0"), place: (1, 1),
      prepare: bytes("utf8-first.txt") { [0xBF] + Array("Café notes\n".utf8) }),
    BadInput(
      name: "invalid UTF-8: cut off at the end of the file", file: "utf8-cut.txt",
      expected: .ingestError(containing: "truncated UTF-8 sequence at byte 21"),
      prepare: bytes("utf8-cut.txt") { Array("Café notes\nprice: 3 ".utf8) + [0xE2, 0x82] }),
    BadInput(
      name: "UTF-16LE without a byte-order mark", file: "utf16le.txt", expected: .linted(rules: ["duplicate-paragraph"]),
      prepare: bytes("utf16le.txt") { utf16(ownPost, bigEndian: false) }),
    BadInput(
      name: "UTF-16BE without a byte-order mark", file: "utf16be.txt",
      expected: .linted(rules: ["duplicate-paragraph"]),
      prepare: bytes("utf16be.txt") { utf16(ownPost.replacingOccurrences(of: "harbour", with: "market"), bigEndian: true) }),
    BadInput(
      name: "NUL byte deep inside text", file: "nul.txt", expected: .ingestError(containing: "NUL byte at offset 20000"),
      prepare: bytes("nul.txt") { Array(String(repeating: "plain words ", count: 1667).utf8.prefix(20_000)) + [0] + Array("tail".utf8) }),
    BadInput(
      name: "50 MB HTML page", file: "huge.html", expected: .linted(rules: ["duplicate-paragraph"]), seconds: 600,
      megabytes: 2_000, prepare: { try HostilePages.huge(megabytes: 50).write(to: $0.appendingPathComponent("huge.html")) }),
    BadInput(
      name: "100,000 nested elements", file: "nested.html", expected: .linted(rules: []),
      prepare: { folder in
        let page = String(repeating: "<div><span>", count: 50_000) + "Deep text sits at the bottom of the page."
          + String(repeating: "</span></div>", count: 50_000)
        try page.write(to: folder.appendingPathComponent("nested.html"), atomically: false, encoding: .utf8)
      }),
    BadInput(
      name: "a single 1,000,000-character line", file: "long-line.txt", expected: .linted(rules: []), seconds: 300,
      megabytes: 1_000,
      prepare: { folder in
        let words = ["river", "lantern", "orchard", "meadow", "harbour", "compass", "library", "village"]
        var line = ""
        var index = 0
        while line.utf8.count < 1_000_000 {
          line += words[index % words.count] + (index % 11 == 10 ? ". " : " ")
          index += 7
        }
        try String(line.prefix(1_000_000)).write(to: folder.appendingPathComponent("long-line.txt"), atomically: false, encoding: .utf8)
      }),
    BadInput(
      name: "billion laughs", file: "laughs.html", expected: .linted(rules: []), megabytes: 300,
      prepare: { try HostilePages.billionLaughs.write(to: $0.appendingPathComponent("laughs.html"), atomically: false, encoding: .utf8) }),
    BadInput(
      name: "external entity and XInclude naming /etc/passwd", file: "xxe.html", expected: .linted(rules: []),
      mustNotAppear: ["root:x:0:0"],
      prepare: { try HostilePages.externalEntities.write(to: $0.appendingPathComponent("xxe.html"), atomically: false, encoding: .utf8) }),
    BadInput(
      name: "symlink loop", file: "loop", expected: .notAPost,
      prepare: { folder in
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
      }),
    BadInput(
      name: "unreadable file", file: "secret.txt", expected: .ingestError(containing: "Permission denied".lowercased()),
      needsUnprivilegedUser: true,
      prepare: { folder in
        let path = folder.appendingPathComponent("secret.txt").path
        try ownPost.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
      }),
    BadInput(
      name: "named pipe", file: "pipe.txt", expected: .ingestError(containing: "named pipe"),
      prepare: { folder in
        guard mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0 else { throw POSIXError(.EEXIST) }
      }),
    BadInput(
      name: "names with spaces, a newline and other scripts", file: "日本語 の\n記事.txt",
      expected: .linted(rules: ["duplicate-paragraph"]),
      prepare: { try ownPost.write(to: $0.appendingPathComponent("日本語 の\n記事.txt"), atomically: false, encoding: .utf8) }),
  ]
}

extension (uid: UInt32, gid: UInt32)? {
  /// The unprivileged account; when the tests already run unprivileged, no change is needed.
  static var nobody: (uid: UInt32, gid: UInt32)? { getuid() == 0 ? (65534, 65534) : nil }
}

/// Pages built to attack a parser.
enum HostilePages {
  static var billionLaughs: String {
    var page = "<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      page += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    return page + "]>\n<html><body><article><p>&lol9; laughing at the parser.</p></article></body></html>\n"
  }

  static let externalEntities = """
    <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
    <html xmlns:xi="http://www.w3.org/2001/XInclude"><head><link rel="stylesheet" href="file:///etc/passwd"></head>
    <body><article><p>Start &secret; end of the paragraph.</p>
    <xi:include href="file:///etc/passwd" parse="text"/><iframe src="file:///etc/passwd"></iframe></article></body></html>
    """

  /// A scraped page bloated the way real ones are (inline state, base64 images, navigation: about 46 MB)
  /// around a long article (the rest) whose first paragraph is repeated near the end.
  static func huge(megabytes: Int) -> Data {
    let words = ["time", "garden", "river", "kitchen", "window", "morning", "market", "journey", "habit", "season",
                 "recipe", "harvest", "mountain", "library", "village", "harbour", "meadow", "lantern", "compass"]
    var generator = SplitMix64(state: 42)
    var page = "<!DOCTYPE html><html><head><title>Everything about gardens</title>"
    page += "<script>window.__STATE__ = {\"items\": [" + String(repeating: "{\"id\": 1, \"tag\": \"x\"},", count: 1_200_000) + "0]}</script>"
    page += "</head><body><nav>" + String(repeating: "<a href=\"/archive\">Archive</a> ", count: 20_000) + "</nav>"
    page += "<img src=\"data:image/png;base64," + String(repeating: "iVBORw0KGgo", count: 1_500_000) + "\">"
    page += "<article><h1>Everything about gardens</h1>\n"
    let repeated = "<p>The first frost arrives early in the valley and every gardener watches the sky for it.</p>\n"
    page += repeated
    let target = megabytes * 1_000_000
    var paragraphs = 0
    while page.utf8.count < target - 200 {
      var paragraph = "<p>"
      for index in 0..<60 {
        paragraph += words[Int(generator.next() % UInt64(words.count))] + (index == 59 ? ".</p>\n" : " ")
      }
      page += paragraph
      paragraphs += 1
    }
    page += repeated + "</article></body></html>\n"
    return Data(page.utf8)
  }
}

/// The parts of `lint --format json` these tests read.
struct LintJSON {
  struct Finding {
    var rule: String
    var message: String
    var line: Int
    var column: Int
  }

  private var byFile: [String: [Finding]] = [:]

  init(_ json: String) throws {
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    for file in root["files"] as? [[String: Any]] ?? [] {
      let path = file["path"] as? String ?? ""
      byFile[(path as NSString).lastPathComponent] = (file["findings"] as? [[String: Any]] ?? []).map { finding in
        Finding(
          rule: finding["rule"] as? String ?? "", message: finding["message"] as? String ?? "",
          line: finding["line"] as? Int ?? 0, column: finding["column"] as? Int ?? 0)
      }
    }
  }

  var paths: [String] { byFile.keys.sorted() }
  func findings(of name: String) -> [Finding] { byFile[name] ?? [] }
  func rules(of name: String) -> [String]? { byFile[name].map { $0.map(\.rule) } }
}
