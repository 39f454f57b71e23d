import ContentModel
import Foundation
import Linting
import Synchronization
import TextKit

/// Each post's results from earlier runs (`--cache DIR`), reused when nothing they depend on changed.
///
/// A record's key digests the tool build (`BuildIdentity`), every configuration and rule-pack file the run
/// uses, the post's reported path and its bytes: editing a post, a configuration or a pack, or installing
/// another build, misses the cache rather than reusing anything stale. A record holds the post's
/// document-rule findings, its suppression comments, its text when the run kept it, and its corpus-rule
/// summaries, so an unchanged post still takes part in cross-post duplicate detection without being read
/// again.
/// Records are written whole or not at all (temporary file, then rename) and checked by a checksum when
/// read; a damaged or unreadable one is a miss, never an error.
public struct PostCache: Sendable {
  public let directory: String
  private let runKey: ContentDigest
  private let counter = HitCounter()
  /// Bumped whenever a record's layout changes.
  static let layoutVersion = 1

  /// - Parameter ruleFiles: the configuration and rule-pack files that decide the run's rules.
  public init(directory: String, ruleFiles: [String]) {
    self.directory = directory
    var writer = BinaryWriter()
    writer.write(Self.layoutVersion)
    writer.write(ContentLintVersion.current)
    writer.write(BuildIdentity.current)
    for file in Set(ruleFiles).sorted() {
      writer.write(file)
      writer.write((try? FileReader.read(file)) ?? [])
    }
    runKey = ContentDigest(writer.bytes)
  }

  /// What a run keeps of one post.
  struct Record: Sendable {
    var findings: [Finding]
    var comments: [SourceComment]
    var source: String?
    /// One encoded summary per corpus linter of the plan; nil when the post could not be read.
    var summaries: [[[UInt8]]]?
    /// For a record read from the cache: its file, and where each summary part starts in it.
    var file: String? = nil
    var summaryOffsets: [[Int]] = []

    /// Where each summary part of a linter also lies on disk, for a record read from the cache.
    func origins(ofLinter index: Int) -> [SpillStore.Origin]? {
      guard let file, summaryOffsets.indices.contains(index) else { return nil }
      return summaryOffsets[index].map { SpillStore.Origin(path: file, offset: $0) }
    }
  }

  /// The record of a post, if one is kept and whole; reading it marks it used, which keeps `prune` off it.
  func load(path: String, bytes: [UInt8]) -> Record? {
    let file = file(for: key(path: path, bytes: bytes))
    var status = stat()
    guard let stored = try? FileReader.read(file, status: &status), stored.count >= 16 else { return nil }
    // Marking once a day is enough for a 30-day horizon, and spares the file system 10,000 inode updates a run.
    if time(nil) - status.st_mtim.tv_sec > 86_400 {
      _ = file.withCString { utimensat(AT_FDCWD, $0, nil, 0) }
    }
    // The body is checked and read where it lies, in front of its 16-byte checksum: no copy of it is made.
    let bodyCount = stored.count - 16
    let checksum = stored.withUnsafeBytes { ContentDigest(UnsafeRawBufferPointer(rebasing: $0[..<bodyCount])) }
    var trailer = BinaryReader(stored, at: bodyCount)
    guard trailer.readFixedUInt64() == checksum.high, trailer.readFixedUInt64() == checksum.low else { return nil }
    var reader = BinaryReader(stored, at: 0, end: bodyCount)
    var record = Record(from: &reader)
    record?.file = file
    return record
  }

  /// Removes what no run has used for `unusedFor` seconds: records of posts since edited or deleted, of
  /// other configurations and builds, folders of other record layouts, and temporary files a killed run
  /// left. It walks the folder at most once a day (a marker file's time says when it last did).
  public func prune(unusedFor age: TimeInterval = 30 * 86_400, now: Date = Date()) {
    let marker = (directory as NSString).appendingPathComponent("last-pruned")
    if let attributes = try? FileManager.default.attributesOfItem(atPath: marker),
      let last = attributes[.modificationDate] as? Date, now.timeIntervalSince(last) < 86_400
    {
      return
    }
    try? AtomicFile.write([], to: marker, durable: false)
    let files = FileManager.default
    let current = "v\(Self.layoutVersion)"
    for entry in (try? files.contentsOfDirectory(atPath: directory)) ?? [] where entry.hasPrefix("v") && entry != current {
      if Int(entry.dropFirst()) != nil { try? files.removeItem(atPath: (directory as NSString).appendingPathComponent(entry)) }
    }
    let records = (directory as NSString).appendingPathComponent(current)
    for folder in (try? files.contentsOfDirectory(atPath: records)) ?? [] {
      let folderPath = (records as NSString).appendingPathComponent(folder)
      for name in (try? files.contentsOfDirectory(atPath: folderPath)) ?? [] {
        let path = (folderPath as NSString).appendingPathComponent(name)
        guard let modified = (try? files.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { continue }
        let limit = name.hasPrefix(".") ? 3_600 : age  // a temporary file is an hour's work at most
        if now.timeIntervalSince(modified) > limit { try? files.removeItem(atPath: path) }
      }
    }
  }

  /// How many posts this cache served so far.
  public var hits: Int { counter.hits.load(ordering: .relaxed) }

  func countHit() {
    counter.hits.add(1, ordering: .relaxed)
  }

  /// Writes a record; a cache that cannot be written (full disk, read-only folder) only costs speed.
  func store(_ record: Record, path: String, bytes: [UInt8]) {
    var writer = BinaryWriter()
    record.write(to: &writer)
    let checksum = ContentDigest(writer.bytes)
    writer.write(fixed: checksum.high)
    writer.write(fixed: checksum.low)
    let target = file(for: key(path: path, bytes: bytes))
    let folder = (target as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try? AtomicFile.write(writer.bytes, to: target, durable: false)
  }

  /// Marks the folder as a cache for backup tools (https://bford.info/cachedir/).
  func markFolder() {
    let tag = (directory as NSString).appendingPathComponent("CACHEDIR.TAG")
    guard !FileManager.default.fileExists(atPath: tag) else { return }
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let text = "Signature: 8a477f597d28d172789f06886806bc55\n# contentlint's cache of per-post results (--cache).\n"
    try? AtomicFile.write(Array(text.utf8), to: tag, durable: false)
  }

  private func key(path: String, bytes: [UInt8]) -> ContentDigest {
    var writer = BinaryWriter()
    writer.write(fixed: runKey.high)
    writer.write(fixed: runKey.low)
    writer.write(path)
    let content = ContentDigest(bytes)
    writer.write(fixed: content.high)
    writer.write(fixed: content.low)
    return ContentDigest(writer.bytes)
  }

  private func file(for key: ContentDigest) -> String {
    let hex = key.hex
    return directory + "/v\(Self.layoutVersion)/" + hex.prefix(2) + "/" + hex.dropFirst(2) + ".post"
  }
}

private final class HitCounter: Sendable {
  let hits = Atomic<Int>(0)
}

extension PostCache.Record {
  func write(to writer: inout BinaryWriter) {
    writer.write(findings.count)
    for finding in findings { finding.write(to: &writer) }
    writer.write(comments.count)
    for comment in comments {
      writer.write(comment.line)
      writer.write(comment.text)
    }
    writer.write(source == nil ? 0 : 1)
    if let source { writer.write(source) }
    writer.write(summaries == nil ? 0 : 1)
    if let summaries {
      writer.write(summaries.count)
      for parts in summaries {
        writer.write(parts.count)
        for part in parts { writer.write(part) }
      }
    }
  }

  init?(from reader: inout BinaryReader) {
    guard let findingCount = reader.readCount() else { return nil }
    findings = []
    for _ in 0..<findingCount {
      guard let finding = Finding(from: &reader) else { return nil }
      findings.append(finding)
    }
    guard let commentCount = reader.readCount() else { return nil }
    comments = []
    for _ in 0..<commentCount {
      guard let line = reader.readInt(), let text = reader.readString() else { return nil }
      comments.append(SourceComment(line: line, text: text))
    }
    guard let hasSource = reader.readInt() else { return nil }
    source = nil
    if hasSource == 1 {
      guard let text = reader.readString() else { return nil }
      source = text
    }
    guard let hasSummaries = reader.readInt() else { return nil }
    summaries = nil
    if hasSummaries == 1 {
      guard let linterCount = reader.readCount() else { return nil }
      var all: [[[UInt8]]] = []
      for _ in 0..<linterCount {
        guard let partCount = reader.readCount() else { return nil }
        var parts: [[UInt8]] = []
        var offsets: [Int] = []
        for _ in 0..<partCount {
          guard let part = reader.readBytes() else { return nil }
          parts.append(part)
          offsets.append(reader.position - part.count)
        }
        all.append(parts)
        summaryOffsets.append(offsets)
      }
      summaries = all
    }
    guard reader.isAtEnd else { return nil }
  }
}

extension Finding {
  fileprivate func write(to writer: inout BinaryWriter) {
    writer.write(rule)
    writer.write(severity.rawValue)
    writer.write(message)
    for position in [range.start, range.end] {
      writer.write(position.line)
      writer.write(position.column)
    }
    writer.write(excerpt)
    writer.write(suggestion == nil ? 0 : 1)
    if let suggestion { writer.write(suggestion) }
    writer.write(fix == nil ? 0 : 1)
    if let fix {
      writer.write(fix.kind.rawValue)
      for position in [fix.range.start, fix.range.end] {
        writer.write(position.line)
        writer.write(position.column)
      }
      writer.write(fix.replacement)
    }
    writer.write(fingerprintText)
  }

  fileprivate init?(from reader: inout BinaryReader) {
    guard let rule = reader.readString(), let severity = reader.readString().flatMap(Severity.init(rawValue:)),
      let message = reader.readString(), let range = Self.readRange(&reader), let excerpt = reader.readString(),
      let hasSuggestion = reader.readInt()
    else { return nil }
    var suggestion: String?
    if hasSuggestion == 1 {
      guard let text = reader.readString() else { return nil }
      suggestion = text
    }
    guard let hasFix = reader.readInt() else { return nil }
    var fix: Fix?
    if hasFix == 1 {
      guard let kind = reader.readString().flatMap(Fix.Kind.init(rawValue:)), let fixRange = Self.readRange(&reader),
        let replacement = reader.readString()
      else { return nil }
      fix = Fix(kind: kind, range: fixRange, replacement: replacement)
    }
    guard let fingerprintText = reader.readString() else { return nil }
    self.init(
      rule: rule, severity: severity, message: message, range: range, excerpt: excerpt, suggestion: suggestion, fix: fix,
      fingerprintText: fingerprintText)
  }

  private static func readRange(_ reader: inout BinaryReader) -> SourceRange? {
    guard let startLine = reader.readInt(), let startColumn = reader.readInt(), let endLine = reader.readInt(),
      let endColumn = reader.readInt()
    else { return nil }
    return SourceRange(
      start: SourcePosition(line: startLine, column: startColumn), end: SourcePosition(line: endLine, column: endColumn))
  }
}
