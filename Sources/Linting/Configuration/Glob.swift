/// A path pattern as `.gitignore` writes them: `*` and `?` within one folder name, `**` across folders.
/// A pattern without `/` matches a file or folder name at any depth; a pattern that matches a folder
/// matches everything under it.
public struct Glob: Hashable, Sendable, CustomStringConvertible {
  public let pattern: String
  private let characters: [Character]
  private let anchored: Bool

  public init(_ pattern: String) {
    var trimmed = pattern
    while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
    if trimmed.hasSuffix("/") { trimmed.removeLast() }
    anchored = trimmed.contains("/")
    if trimmed.hasPrefix("/") { trimmed.removeFirst() }
    self.pattern = pattern
    characters = Array(trimmed)
  }

  public var description: String { pattern }

  /// True when `path` (relative, `/`-separated) or one of the folders it is in matches.
  public func matches(_ path: String) -> Bool {
    let components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    guard !components.isEmpty else { return false }
    if anchored {
      for end in 1...components.count where Self.match(characters, Array(components[0..<end].joined(separator: "/"))) {
        return true
      }
      return false
    }
    return components.contains { Self.match(characters, Array($0)) }
  }

  /// Whole-string match by dynamic programming: `reachable[j]` says the pattern prefix read so far can
  /// consume the first `j` characters of the text.
  private static func match(_ pattern: [Character], _ text: [Character]) -> Bool {
    var reachable = [Bool](repeating: false, count: text.count + 1)
    reachable[0] = true
    var index = 0
    while index < pattern.count {
      let character = pattern[index]
      var next = [Bool](repeating: false, count: text.count + 1)
      if character == "*", index + 1 < pattern.count, pattern[index + 1] == "*" {
        // `**/` may also stand for no folder at all.
        let skipsSlash = index + 2 < pattern.count && pattern[index + 2] == "/"
        var any = false
        for position in 0...text.count {
          any = any || reachable[position]
          next[position] = any
        }
        if skipsSlash {
          var afterSlash = [Bool](repeating: false, count: text.count + 1)
          for position in 0...text.count {
            afterSlash[position] =
              reachable[position] || (position > 0 && next[position - 1] && text[position - 1] == "/")
          }
          next = afterSlash
          index += 3
        } else {
          index += 2
        }
      } else if character == "*" {
        var carry = false
        for position in 0...text.count {
          carry = reachable[position] || (carry && position > 0 && text[position - 1] != "/")
          next[position] = carry
        }
        index += 1
      } else {
        for position in 1...max(text.count, 1) where position <= text.count && reachable[position - 1] {
          let scalar = text[position - 1]
          next[position] = character == "?" ? scalar != "/" : scalar == character
        }
        index += 1
      }
      reachable = next
      if !reachable.contains(true) { return false }
    }
    return reachable[text.count]
  }
}
