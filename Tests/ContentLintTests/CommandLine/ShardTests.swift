import ContentLintKit
import Foundation
import Testing

/// `lint --shard K/N`, `signatures` and `lint --duplicate-pairs`: a corpus linted in parts gives the
/// report of one run over all of it.
@Suite(.serialized) struct ShardTests {
  // MARK: - --shard

  @Test func aFileStaysInItsShardWhenOtherFilesAreAdded() throws {
    let folder = try TemporaryFolder()
    for index in 0..<24 { try folder.write("posts/post-\(index).txt", ShardCorpus.paragraph(seed: index)) }
    let before = try shardOfEachFile(in: folder, count: 3)
    #expect(Set(before.values).count == 3, "24 files fill all three shards")
    for index in 0..<30 { try folder.write("posts/new/added-\(index).txt", ShardCorpus.paragraph(seed: 100 + index)) }
    let after = try shardOfEachFile(in: folder, count: 3)
    #expect(after.count == 54)
    for (path, shard) in before { #expect(after[path] == shard, "\(path) moved") }
  }

  @Test func theShardsTogetherAreTheWholeRun() throws {
    let folder = try ShardCorpus.write()
    let whole = try lintJSON(["posts"], in: folder)
    var files: [[String: Any]] = []
    for index in 1...3 { files += try lintJSON(["--shard", "\(index)/3", "posts"], in: folder).files }
    let merged = files.sorted { ($0["path"] as! String).utf8.lexicographicallyPrecedes(($1["path"] as! String).utf8) }
    #expect(merged.count == whole.files.count)
    #expect(NSArray(array: merged).isEqual(to: whole.files), "shards differ from the whole run")
    #expect(whole.messages.contains { $0.contains("repeats posts/") }, "the corpus has cross-post duplicates")
  }

  @Test(arguments: ["0/3", "4/3", "1/0", "a/b", "3", "1/2/3"])
  func aBadShardIsAUsageError(shard: String) throws {
    let folder = try ShardCorpus.write()
    let result = try CommandRunner.run(["lint", "--shard", shard, "posts"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.standardError.contains("K/N"))
  }

  // MARK: - signatures

  @Test func signaturesDescribeEveryComparedBlock() throws {
    let folder = try ShardCorpus.write()
    let result = try CommandRunner.run(["signatures", "posts", "--format", "jsonl"], in: folder.url)
    #expect(result.status == 0)
    let records = try SignatureJoin.records(result.standardOutput)
    let rule = try #require(records.first)
    #expect(rule["type"] as? String == "rule")
    #expect(rule["rule"] as? String == "duplicate-paragraph")
    #expect(rule["version"] as? Int == 2)
    #expect((rule["options"] as? [String: Any])?["site-boilerplate-share"] as? Double == 0.5)

    let posts = records.filter { $0["type"] as? String == "post" }
    #expect(posts.map { $0["file"] as! String } == ShardCorpus.files)
    #expect(posts.map { $0["post"] as! Int } == Array(0..<ShardCorpus.files.count))
    #expect(posts.filter { $0["error"] != nil }.map { $0["file"] as! String } == ["posts/b/broken.txt"])

    let blocks = records.filter { $0["type"] as? String == "block" }
    for post in posts where post["error"] == nil {
      let own = blocks.filter { $0["file"] as? String == post["file"] as? String }
      #expect(own.map { $0["block"] as! Int } == Array(0..<(post["blocks"] as! Int)))
    }
    for block in blocks {
      let signature = try #require(block["signature"] as? [String])
      let bands = try #require(block["bands"] as? [String])
      #expect(signature.count == 64 && bands.count == 16)
      #expect(signature.allSatisfy { $0.count == 4 && UInt16($0, radix: 16) != nil })
      #expect(bands.allSatisfy { $0.count == 16 && UInt64($0, radix: 16) != nil })
      #expect((block["text"] as? String)?.count == 32)
      #expect((block["words"] as? Int ?? 0) >= 8, "short blocks are not compared")
    }
    // The same paragraph in two posts: one text digest, the same bands; the first block of a file sits
    // where the post's text starts.
    let digest = try #require(SignatureJoin.digest(of: blocks, file: "posts/a/one.txt", block: 1))
    let shared = blocks.filter { $0["text"] as? String == digest }
    #expect(Set(shared.map { $0["file"] as! String }) == ["posts/a/one.txt", "posts/b/four.txt"])
    #expect(Set(shared.map { $0["bands"] as! [String] }).count == 1)
    let first = try #require(blocks.first { $0["file"] as? String == "posts/a/one.txt" })
    #expect(first["line"] as? Int == 1 && first["column"] as? Int == 1)

    let sharded = try CommandRunner.run(["signatures", "--shard", "1/2", "posts"], in: folder.url)
    let shardPosts = try SignatureJoin.records(sharded.standardOutput).filter { $0["type"] as? String == "post" }
    #expect(shardPosts.count < posts.count && !shardPosts.isEmpty)
    #expect(shardPosts.allSatisfy { Shard.index(ofPath: $0["file"] as! String, among: 2) == 1 })
  }

  // MARK: - --duplicate-pairs

  @Test func pairsFromAJoinGiveTheFindingsOfOneRun() throws {
    let folder = try ShardCorpus.write()
    let whole = try lintJSON(["posts"], in: folder)
    let signatures = try CommandRunner.run(["signatures", "posts"], in: folder.url).standardOutput
    try folder.write("pairs.jsonl", try SignatureJoin.pairsFile(signatures))
    var files: [[String: Any]] = []
    for index in 1...2 {
      files += try lintJSON(["--shard", "\(index)/2", "--duplicate-pairs", "pairs.jsonl", "posts"], in: folder).files
    }
    let merged = files.sorted { ($0["path"] as! String).utf8.lexicographicallyPrecedes(($1["path"] as! String).utf8) }
    #expect(NSArray(array: merged).isEqual(to: whole.files), "pairs give other findings than one run")
    // What makes the comparison worth it: every corpus-wide decision shows in the report.
    #expect(whole.messages.contains { $0.contains("Paragraph repeats one in another post: also in posts/a/one.txt:") })
    #expect(whole.messages.contains { $0.contains("nearly repeats posts/a/one.txt:") })
    #expect(whole.messages.contains { $0.hasPrefix("Post repeats posts/a/two.txt almost entirely") })
    #expect(
      !whole.excerpts.contains { $0.hasPrefix("This article is general information") }, "site boilerplate is left alone"
    )
  }

  @Test func withoutItsPairACrossPostDuplicateIsNotReported() throws {
    let folder = try TemporaryFolder()
    try folder.write("posts/first.txt", ShardCorpus.paragraph(seed: 1) + "\n\n" + ShardCorpus.paragraph(seed: 2) + "\n")
    try folder.write(
      "posts/second.txt", ShardCorpus.paragraph(seed: 3) + "\n\n" + ShardCorpus.paragraph(seed: 2) + "\n")
    let local = try lintJSON(["posts"], in: folder)
    #expect(local.messages == ["Paragraph repeats one in another post: also in posts/first.txt:3."])

    try folder.write("none.jsonl", #"{"type":"corpus","posts":2}"# + "\n")
    #expect(try lintJSON(["--duplicate-pairs", "none.jsonl", "posts"], in: folder).messages.isEmpty)

    try folder.write(
      "real.jsonl", #"{"type":"corpus","posts":2}"# + "\n" + Self.pair("posts/first.txt", 1, "posts/second.txt", 1))
    #expect(try lintJSON(["--duplicate-pairs", "real.jsonl", "posts"], in: folder).messages == local.messages)
  }

  @Test func aPairThatDoesNotVerifyGivesNoFinding() throws {
    let folder = try TemporaryFolder()
    try folder.write("posts/first.txt", ShardCorpus.paragraph(seed: 1) + "\n\n" + ShardCorpus.paragraph(seed: 2) + "\n")
    try folder.write(
      "posts/second.txt", ShardCorpus.paragraph(seed: 3) + "\n\n" + ShardCorpus.paragraph(seed: 4) + "\n")
    let bogus =
      #"{"type":"corpus","posts":2}"# + "\n" + Self.pair("posts/first.txt", 0, "posts/second.txt", 0)
      + Self.pair("posts/first.txt", 1, "posts/second.txt", 1) + Self.pair("posts/first.txt", 7, "posts/second.txt", 9)
    try folder.write("bogus.jsonl", bogus)
    let result = try lintJSON(["--duplicate-pairs", "bogus.jsonl", "posts"], in: folder)
    #expect(result.files.count == 2)
    #expect(result.messages.isEmpty)
  }

  @Test(arguments: [
    ("{\"type\":\"corpus\",\"posts\":2}\nnot json\n", "pairs.jsonl:2: not a JSON object"),
    (
      "{\"type\":\"pair\",\"a\":{\"file\":\"posts/first.txt\",\"block\":0},\"b\":{\"file\":\"posts/second.txt\",\"block\":0}}\n",
      "no {\"type\":\"corpus\",\"posts\":N} line"
    ),
    ("{\"type\":\"corpus\",\"posts\":2}\n{\"type\":\"triple\"}\n", "pairs.jsonl:2: unknown type 'triple'"),
    ("{\"type\":\"corpus\",\"posts\":-1}\n", "pairs.jsonl:1: corpus needs \"posts\""),
    (
      "{\"type\":\"corpus\",\"posts\":2}\n{\"type\":\"pair\",\"a\":{\"file\":\"posts/first.txt\"},\"b\":{\"file\":\"posts/second.txt\",\"block\":0}}\n",
      "pairs.jsonl:2: pair needs \"a\" and \"b\""
    ),
    (
      "{\"type\":\"corpus\",\"posts\":2}\n\n{\"type\":\"pair\",\"a\":{\"file\":\"posts/first.txt\",\"block\":0},\"b\":{\"file\":\"posts/elsewhere.txt\",\"block\":0}}\n",
      "pairs.jsonl:3: posts/elsewhere.txt is not a file of this run"
    ),
  ])
  func aMalformedPairsFileIsAUsageError(content: String, message: String) throws {
    let folder = try TemporaryFolder()
    try folder.write("posts/first.txt", ShardCorpus.paragraph(seed: 1) + "\n")
    try folder.write("posts/second.txt", ShardCorpus.paragraph(seed: 2) + "\n")
    try folder.write("pairs.jsonl", content)
    let result = try CommandRunner.run(
      ["lint", "--format", "json", "--duplicate-pairs", "pairs.jsonl", "posts"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
  }

  @Test func differentDuplicateOptionsAcrossTheCorpusAreAUsageError() throws {
    let folder = try ShardCorpus.write()
    try folder.write(
      ".contentlint.yml",
      "overrides:\n  - files: [\"posts/b/**\"]\n    rules:\n      duplicate-paragraph:\n        options: {min-words: 12}\n"
    )
    try folder.write("pairs.jsonl", #"{"type":"corpus","posts":7}"# + "\n")
    for arguments in [["signatures", "posts"], ["lint", "--duplicate-pairs", "pairs.jsonl", "posts"]] {
      let result = try CommandRunner.run(arguments, in: folder.url)
      #expect(result.status == 2)
      #expect(result.standardError.contains("duplicate-paragraph different options"))
    }
    // A shard alone reads every post with each configuration's rules, so it still works.
    #expect(
      try CommandRunner.run(["lint", "--shard", "1/2", "--fail-on", "none", "posts"], in: folder.url).status == 0)
  }

  @Test func aMissingPairsFileIsAUsageError() throws {
    let folder = try ShardCorpus.write()
    let result = try CommandRunner.run(["lint", "--duplicate-pairs", "nowhere.jsonl", "posts"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.standardError.contains("nowhere.jsonl: cannot read the file"))
  }

  // MARK: - Helpers

  private static func pair(_ fileA: String, _ blockA: Int, _ fileB: String, _ blockB: Int) -> String {
    #"{"type":"pair","a":{"file":"\#(fileA)","block":\#(blockA)},"b":{"file":"\#(fileB)","block":\#(blockB)}}"# + "\n"
  }

  private struct Report {
    var files: [[String: Any]]
    var findings: [[String: Any]] { files.flatMap { $0["findings"] as! [[String: Any]] } }
    var messages: [String] {
      findings.filter { $0["rule"] as? String == "duplicate-paragraph" }.map { $0["message"] as! String }
    }
    var excerpts: [String] {
      findings.filter { $0["rule"] as? String == "duplicate-paragraph" }.map { $0["excerpt"] as! String }
    }
  }

  private func lintJSON(_ arguments: [String], in folder: TemporaryFolder) throws -> Report {
    let result = try CommandRunner.run(["lint", "--format", "json", "--fail-on", "none"] + arguments, in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    return Report(files: try #require(json["files"] as? [[String: Any]]))
  }

  private func shardOfEachFile(in folder: TemporaryFolder, count: Int) throws -> [String: Int] {
    var shards: [String: Int] = [:]
    for index in 1...count {
      for file in try lintJSON(["--shard", "\(index)/\(count)", "posts"], in: folder).files {
        let path = file["path"] as! String
        #expect(shards[path] == nil, "\(path) is in two shards")
        shards[path] = index
      }
    }
    return shards
  }
}

/// A small corpus with every corpus-wide case of duplicate-paragraph: an exact cross-post repeat, a near
/// one, a post saved twice, site boilerplate held by most posts, a repeat within a post, and a file that
/// cannot be read.
enum ShardCorpus {
  static let disclaimer =
    "This article is general information for our readers and does not replace advice from a qualified professional."
  static let files = [
    "posts/a/one.txt", "posts/a/three.txt", "posts/a/two.txt", "posts/b/broken.txt", "posts/b/five.txt",
    "posts/b/four.txt", "posts/b/six.html", "posts/b/two-again.txt",
  ]

  static func write() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let shared = paragraph(seed: 50) + " " + paragraph(seed: 51)
    var near = shared.split(separator: " ").map(String.init)
    near[5] = "lantern"
    func post(_ paragraphs: [String]) -> String { paragraphs.joined(separator: "\n\n") + "\n" }
    try folder.write("posts/a/one.txt", post([paragraph(seed: 1), shared, paragraph(seed: 2), disclaimer]))
    let two = post([paragraph(seed: 3), paragraph(seed: 4), paragraph(seed: 5), paragraph(seed: 6), disclaimer])
    try folder.write("posts/a/two.txt", two)
    try folder.write(
      "posts/a/three.txt", post([paragraph(seed: 7), paragraph(seed: 8), paragraph(seed: 7), disclaimer]))
    try folder.write("posts/b/four.txt", post([paragraph(seed: 9), shared, disclaimer]))
    try folder.write("posts/b/five.txt", post([paragraph(seed: 10), near.joined(separator: " "), disclaimer]))
    try folder.write(
      "posts/b/six.html",
      "<html><head><title>Six</title></head><body><article><h1>Six</h1><p>\(paragraph(seed: 11))</p><p>\(paragraph(seed: 12))</p></article></body></html>\n"
    )
    try folder.write("posts/b/two-again.txt", two)
    try folder.write("posts/b/broken.txt", [0x00, 0xFF, 0xFE, 0x00])
    return folder
  }

  /// Two or three sentences of words drawn by a small deterministic generator.
  static func paragraph(seed: Int) -> String {
    let words =
      "garden river kitchen window morning evening market journey habit routine season recipe harvest mountain coastline library village harbour meadow careful quiet bright gentle steady simple honest patient curious practical plant water prune measure compare gather explain notice improve prepare travel visit share"
      .split(separator: " ")
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    return (0..<(2 + next() % 2)).map { _ in
      let sentence = (0..<(9 + next() % 6)).map { _ in String(words[next() % words.count]) }.joined(separator: " ")
      return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
    }.joined(separator: " ")
  }
}

/// The join an external system does over `contentlint signatures`, written plainly: post count, posts
/// per text for site boilerplate, and every cross-post pair of blocks that share a band or their text.
enum SignatureJoin {
  static func records(_ jsonLines: String) throws -> [[String: Any]] {
    try jsonLines.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  static func digest(of blocks: [[String: Any]], file: String, block: Int) -> String? {
    blocks.first { $0["file"] as? String == file && $0["block"] as? Int == block }?["text"] as? String
  }

  static func pairsFile(_ signatures: String) throws -> String {
    let records = try records(signatures)
    let posts = records.filter { $0["type"] as? String == "post" && $0["error"] == nil }.count
    let share = try #require((records.first?["options"] as? [String: Any])?["site-boilerplate-share"] as? Double)
    let blocks = records.filter { $0["type"] as? String == "block" }
    var postsByText: [String: Set<Int>] = [:]
    for block in blocks { postsByText[block["text"] as! String, default: []].insert(block["post"] as! Int) }
    let needed = max(3, Int((Double(posts) * share).rounded(.up)))
    let boilerplate = posts >= 3 ? postsByText.filter { $0.value.count >= needed }.mapValues(\.count) : [:]
    var lines = [#"{"type":"corpus","posts":\#(posts)}"#]
    lines += boilerplate.map { #"{"type":"text","text":"\#($0.key)","posts":\#($0.value)}"# }
    var buckets: [String: [Int]] = [:]
    for (index, block) in blocks.enumerated() where boilerplate[block["text"] as! String] == nil {
      for key in (block["bands"] as! [String]) + ["text:" + (block["text"] as! String)] {
        buckets[key, default: []].append(index)
      }
    }
    var pairs: Set<[Int]> = []
    for members in buckets.values {
      for first in members {
        for second in members where blocks[first]["post"] as! Int != blocks[second]["post"] as! Int && first < second {
          pairs.insert([first, second])
        }
      }
    }
    for pair in pairs {
      let (a, b) = (blocks[pair[0]], blocks[pair[1]])
      lines.append(
        #"{"type":"pair","a":{"file":"\#(a["file"] as! String)","block":\#(a["block"] as! Int)},"b":{"file":"\#(b["file"] as! String)","block":\#(b["block"] as! Int)}}"#
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
