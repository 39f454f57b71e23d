import Foundation
public import Linting

/// The file `lint --duplicate-pairs FILE` reads: what a join over the whole corpus's signatures found.
///
/// JSON Lines, one object per line, each with a `type`:
///
///     {"type":"corpus","posts":4000}                       readable posts in the whole corpus (once)
///     {"type":"text","text":"<32 hex digits>","posts":2400} posts holding a block text (site boilerplate)
///     {"type":"pair","a":{"file":"p/a.txt","block":3},"b":{"file":"p/b.html","block":0}}
///
/// `text` is a block's `text` digest from `contentlint signatures`; `block` is a block's place among the
/// blocks that `signatures` lists for its file. Blank lines are skipped.
public struct DuplicatePairsFile: Sendable {
  public var facts: CorpusFacts
  /// Every file a pair names, with the first line naming it (for messages).
  public var lineNaming: [String: Int]
  public let path: String

  public init(path: String) throws(DuplicatePairsError) {
    self.path = path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DuplicatePairsError(path: path, line: nil, message: "cannot read the file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw DuplicatePairsError(path: path, line: nil, message: "not UTF-8")
    }
    var postCount: Int?
    var postsHoldingText: [String: Int] = [:]
    var pairs: [(CorpusFacts.BlockReference, CorpusFacts.BlockReference)] = []
    var lineNaming: [String: Int] = [:]
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = offset + 1
      func fail(_ message: String) -> DuplicatePairsError {
        DuplicatePairsError(path: path, line: number, message: message)
      }
      guard !line.allSatisfy(\.isWhitespace) else { continue }
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        throw fail("not a JSON object")
      }
      switch object["type"] as? String {
      case "corpus":
        guard postCount == nil else { throw fail("a second corpus line") }
        guard let posts = Self.count(object["posts"]) else { throw fail("corpus needs \"posts\": a whole number") }
        postCount = posts
      case "text":
        guard let digest = object["text"] as? String, !digest.isEmpty else {
          throw fail("text needs \"text\": a digest")
        }
        guard let posts = Self.count(object["posts"]) else { throw fail("text needs \"posts\": a whole number") }
        postsHoldingText[digest] = posts
      case "pair":
        guard let first = Self.block(object["a"]), let second = Self.block(object["b"]) else {
          throw fail("pair needs \"a\" and \"b\", each {\"file\": path, \"block\": whole number}")
        }
        guard first.path != second.path else { throw fail("a pair joins blocks of two different files") }
        pairs.append((first, second))
        for path in [first.path, second.path] where lineNaming[path] == nil { lineNaming[path] = number }
      case let other?:
        throw fail("unknown type '\(other)' (corpus, text or pair)")
      case nil:
        throw fail("no \"type\" (corpus, text or pair)")
      }
    }
    guard let postCount else {
      throw DuplicatePairsError(path: path, line: nil, message: "no {\"type\":\"corpus\",\"posts\":N} line")
    }
    facts = CorpusFacts(postCount: postCount, postsHoldingText: postsHoldingText, pairs: pairs)
    self.lineNaming = lineNaming
  }

  private static func count(_ value: Any?) -> Int? {
    guard let number = value as? NSNumber, number.doubleValue == number.doubleValue.rounded(),
      number.intValue >= 0
    else { return nil }
    return number.intValue
  }

  private static func block(_ value: Any?) -> CorpusFacts.BlockReference? {
    guard let object = value as? [String: Any], let file = object["file"] as? String, !file.isEmpty,
      let block = count(object["block"])
    else { return nil }
    return CorpusFacts.BlockReference(path: file, block: block)
  }
}

/// A pairs file that cannot be used: a usage error (exit status 2).
public struct DuplicatePairsError: Error, Sendable, CustomStringConvertible {
  public let path: String
  public let line: Int?
  public let message: String

  public var description: String {
    "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
  }
}
