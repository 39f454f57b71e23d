public import ContentModel

/// Identifies a finding by what it flags rather than where: the rule, the flagged text normalised, and its
/// occurrence among identical findings of the same file. Lines added above a finding leave it unchanged, so
/// baselines and code-scanning alerts survive edits elsewhere in the post.
public enum FindingFingerprint {
  /// One fingerprint per finding of a file, in the findings' order (`Finding.reportOrder`).
  public static func fingerprints(of findings: [Finding]) -> [String] {
    var seen: [UInt64: Int] = [:]
    return findings.map { finding in
      let digest = hash(finding.rule + "\u{1F}" + normalised(finding.fingerprintText))
      let occurrence = seen[digest, default: 0]
      seen[digest] = occurrence + 1
      return hex(digest) + ":" + String(occurrence)
    }
  }

  /// Lower case with runs of white space collapsed, so re-wrapping or re-indenting a paragraph is no change.
  static func normalised(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for character in text.lowercased() {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(character)
      }
    }
    return result
  }

  /// 64-bit FNV-1a over UTF-8: stable across runs, machines and Swift versions, unlike `Hasher`.
  static func hash(_ text: String) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01b3
    }
    return value
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
