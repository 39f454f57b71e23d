import Linting
import Reporting

/// The lines of `contentlint signatures --format jsonl`, one JSON object each, with a `type`:
///
///     {"type":"rule","rule":"duplicate-paragraph","version":2,"options":{"cross-post":1,"site-boilerplate-share":0.5}}
///     {"type":"post","file":"p/a.txt","post":0,"blocks":2}
///     {"type":"post","file":"p/bad.txt","post":1,"error":"…"}       (not readable: not part of the corpus)
///     {"type":"block","file":"p/a.txt","post":0,"block":0,"line":3,"column":1,"words":24,
///      "text":"<32 hex digits>","signature":["<4 hex digits>", …64],"bands":["<16 hex digits>", …16]}
///
/// `post` is the file's place in the whole run (the report order), so that an external join can tell
/// which of two posts comes first; `block` numbers the compared blocks of a post from 0, as pairs name
/// them. Blocks whose `text` digests are equal have equal normalised text; blocks that share any band
/// are the candidates the rule verifies. `version` names the MinHash scheme: signatures and bands of two
/// versions mean different things and must not be joined together.
enum SignatureRecords {
  /// 2: 16-bit permutations (1 was 64-bit, and had no `version` field).
  static let version = 2

  static func rule(_ id: String, options: [String: Double]) -> String {
    line { writer in
      writer.field("type", "rule")
      writer.field("rule", id)
      writer.field("version", version)
      writer.key("options") {
        writer.object {
          for (name, value) in options.sorted(by: { $0.key < $1.key }) { writer.field(name, value) }
        }
      }
    }
  }

  static func post(path: String, post: Int, blocks: Int?, error: String?) -> String {
    line { writer in
      writer.field("type", "post")
      writer.field("file", path)
      writer.field("post", post)
      if let blocks { writer.field("blocks", blocks) }
      if let error { writer.field("error", error) }
    }
  }

  static func block(_ signature: BlockSignature, path: String, post: Int) -> String {
    line { writer in
      writer.field("type", "block")
      writer.field("file", path)
      writer.field("post", post)
      writer.field("block", signature.block)
      writer.field("line", signature.position.line)
      writer.field("column", signature.position.column)
      writer.field("words", signature.words)
      writer.field("text", signature.textDigest)
      writer.key("signature") { writer.array(signature.signature) { writer.value(hex(UInt64($0), digits: 4)) } }
      writer.key("bands") { writer.array(signature.bands) { writer.value(hex($0)) } }
    }
  }

  private static func line(_ body: (JSONWriter) -> Void) -> String {
    let writer = JSONWriter()
    writer.object { body(writer) }
    return writer.output
  }

  private static func hex(_ value: UInt64, digits count: Int = 16) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: count - digits.count) + digits
  }
}
