import TextKit

/// Text that every match of a pack rule's patterns needs: one of a few ASCII literals, read off the
/// patterns. A block that holds none of them cannot match, and is spared the UTF-16 copy and the ICU
/// matcher; most blocks are.
///
/// Taken only when the patterns are written in the plain subset of ICU syntax that `PatternLiterals`
/// reads; anything else (inline flags, backreferences, `\Q`) leaves every block to ICU.
struct RequiredLiterals: Sendable {
  /// Folded to lower case under case folding.
  private let literals: [[UInt8]]
  private let ignoresCase: Bool
  /// True when every pattern is anchored at the start of the text: `literals` are then what a match
  /// starts with, and only the start of a block is read.
  private let atStartOnly: Bool
  /// The folded pairs of bytes a literal may start with, as bits: most places in a text are turned away
  /// by one bit test. A literal of one byte admits every pair it starts.
  private let pairs: [UInt64]
  /// The length of the longest literal.
  private let longest: Int

  init?(_ patterns: [String], ignoresCase: Bool) {
    guard !patterns.isEmpty else { return nil }
    let prefixes = patterns.map { PatternLiterals.anchoredPrefixes(in: $0) }
    atStartOnly = prefixes.allSatisfy { $0 != nil }
    var literals: [[UInt8]] = []
    for (pattern, prefix) in zip(patterns, prefixes) {
      guard let required = atStartOnly ? prefix : PatternLiterals.required(in: pattern) else { return nil }
      literals += required.map { literal in
        literal.utf8.map { ignoresCase && $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
      }
    }
    var pairs = [UInt64](repeating: 0, count: 1024)
    for literal in literals {
      for second in literal.count > 1 ? literal[1]...literal[1] : 0...255 {
        let pair = Int(literal[0]) << 8 | Int(second)
        pairs[pair >> 6] |= 1 << UInt64(pair & 63)
      }
    }
    self.literals = literals
    longest = literals.map(\.count).max() ?? 0
    self.ignoresCase = ignoresCase
    self.pairs = pairs
  }

  /// False only when no match of the patterns can lie in `bounds` of `text`.
  ///
  /// Under case folding ICU compares case-folded text, where a character outside ASCII may fold to
  /// ASCII letters ("ﬁ" to "fi", the Kelvin sign to "k"): a block with any character that changes
  /// when case-folded is left to ICU.
  func mayMatch(in text: String, within bounds: Range<String.Index>) -> Bool {
    let utf8 = text.utf8
    let lower = utf8.distance(from: utf8.startIndex, to: bounds.lowerBound)
    let upper = utf8.distance(from: utf8.startIndex, to: bounds.upperBound)
    var contiguous = text
    if atStartOnly { return contiguous.withUTF8 { startsWithLiteral($0, from: lower, to: upper) } }
    return contiguous.withUTF8 { bytes in
      var index = lower
      while index < upper {
        let byte = bytes[index]
        if byte >= 0x80 {
          guard ignoresCase else {
            index += 1
            continue
          }
          if Self.foldsIntoOther(bytes, at: index) { return true }
          index += 1
          continue
        }
        if mayStartLiteral(bytes, at: index, to: upper) && startsLiteral(bytes, at: index, to: upper) {
          return true
        }
        index += 1
      }
      return false
    }
  }

  /// Under case folding a character outside ASCII among the first bytes might fold into a literal's
  /// letters: such a start is left to ICU. Otherwise a match taking up n letters of a literal takes up
  /// the first n bytes, and comparing bytes tells.
  private func startsWithLiteral(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) -> Bool {
    if ignoresCase {
      for index in lower..<min(upper, lower + longest) where bytes[index] >= 0x80 { return true }
    }
    return lower < upper && mayStartLiteral(bytes, at: lower, to: upper) && startsLiteral(bytes, at: lower, to: upper)
  }

  /// Whether the two bytes at `index` (folded; the second 0 at the end) are a pair some literal starts
  /// with: one bit test turns most places away before the literals are compared one by one.
  @inline(__always)
  private func mayStartLiteral(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, to upper: Int) -> Bool {
    let first = fold(bytes[index])
    let second = index + 1 < upper ? fold(bytes[index + 1]) : 0
    let pair = Int(first) << 8 | Int(second)
    return pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
  }

  @inline(__always)
  private func fold(_ byte: UInt8) -> UInt8 {
    ignoresCase && byte &- 0x41 < 26 ? byte | 0x20 : byte
  }

  private func startsLiteral(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, to upper: Int) -> Bool {
    for literal in literals where index + literal.count <= upper {
      var offset = 0
      while offset < literal.count && fold(bytes[index + offset]) == literal[offset] { offset += 1 }
      if offset == literal.count { return true }
    }
    return false
  }

  /// Whether the scalar whose bytes start or go on at `index` changes when case-folded; read at its
  /// lead byte only (a continuation byte answers false).
  @inline(never)
  private static func foldsIntoOther(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard bytes[index] >= 0xC0 else { return false }
    return UTF8Scalar.decode(bytes, at: index).scalar.properties.changesWhenCaseFolded
  }
}

/// Reads the literals a regular expression needs from its text.
enum PatternLiterals {
  /// ASCII literals of which every match of `pattern` holds at least one, or nil when the pattern
  /// needs none that can be told, or uses syntax this reader does not know.
  static func required(in pattern: String) -> [String]? {
    read(pattern)?.contains
  }

  /// ASCII literals one of which every match of `pattern` starts with, when the pattern is anchored
  /// at the start of the text (`^` opens each of its branches): a match can only be there.
  static func anchoredPrefixes(in pattern: String) -> [String]? {
    guard let needs = read(pattern), needs.anchored else { return nil }
    return needs.prefix
  }

  private static func read(_ pattern: String) -> Needs? {
    var parser = Parser(scalars: Array(pattern.unicodeScalars))
    do {
      let needs = try parser.alternation()
      guard parser.index == parser.scalars.count else { return nil }
      return needs
    } catch {
      return nil
    }
  }

  /// What a match of a part of a pattern needs.
  private struct Needs {
    /// Literals one of which the match holds.
    var contains: [String]?
    /// Literals one of which the match starts with.
    var prefix: [String]?
    /// True when the part opens with `^`.
    var anchored = false
  }

  private struct Unsupported: Error {}

  private struct Parser {
    let scalars: [Unicode.Scalar]
    var index = 0

    /// Branches separated by `|`: a match needs what one of them needs.
    mutating func alternation() throws(Unsupported) -> Needs {
      var branches = [try sequence()]
      while index < scalars.count && scalars[index] == "|" {
        index += 1
        branches.append(try sequence())
      }
      func union(_ parts: [[String]?]) -> [String]? {
        var all: [String] = []
        for part in parts {
          guard let part else { return nil }
          all += part
        }
        return all
      }
      return Needs(
        contains: union(branches.map(\.contains)), prefix: union(branches.map(\.prefix)),
        anchored: branches.allSatisfy(\.anchored))
    }

    /// Items one after another: a match needs what any one required item needs; the item whose
    /// shortest literal is longest is kept, as the most telling.
    mutating func sequence() throws(Unsupported) -> Needs {
      var best: [String]?
      var run = ""
      // Nothing that may take up text read yet; the literal run began there; `^` read there.
      var atStart = true
      var runAtStart = false
      var anchored = false
      var prefix: [String]?
      func consider(_ candidate: [String]?) {
        guard let candidate, !candidate.isEmpty else { return }
        let shortest = candidate.map(\.utf8.count).min() ?? 0
        guard shortest > 0 else { return }
        if let best, shortest <= best.map(\.utf8.count).min() ?? 0 { return }
        best = candidate
      }
      func flush() {
        if !run.isEmpty {
          consider([run])
          if runAtStart { prefix = [run] }
        }
        run = ""
        runAtStart = false
      }
      while index < scalars.count && scalars[index] != "|" && scalars[index] != ")" {
        let scalar = scalars[index]
        var literal: Unicode.Scalar?
        var needs: Needs?
        // Assertions take up no text: what follows them still starts where they stand.
        var zeroWidth = false
        switch scalar {
        case "\\":
          index += 1
          guard index < scalars.count else { throw Unsupported() }
          let escaped = scalars[index]
          index += 1
          if escaped.isASCII && !escaped.properties.isAlphabetic && !("0"..."9").contains(escaped) {
            literal = escaped
          } else if "bBAZzG".unicodeScalars.contains(escaped) {
            zeroWidth = true
          } else if !"dDsSwWhHvVRX".unicodeScalars.contains(escaped) {
            throw Unsupported()
          }
        case "[": try skipSet()
        case "(":
          let group = try group()
          needs = group.needs
          zeroWidth = group.zeroWidth
        case "^":
          index += 1
          zeroWidth = true
          if atStart { anchored = true }
        case "$":
          index += 1
          zeroWidth = true
        case ".": index += 1
        case "*", "+", "?", "{": throw Unsupported()
        default:
          index += 1
          // Letters outside ASCII are left out: under case folding they have forms this search misses.
          if scalar.isASCII { literal = scalar }
        }
        let (minimum, quantified) = try quantifier()
        if let literal {
          if minimum == 0 {
            flush()
          } else {
            if atStart { runAtStart = true }
            run.unicodeScalars.append(literal)
            if quantified { flush() }
          }
          atStart = false
        } else {
          flush()
          if minimum > 0 { consider(needs?.contains) }
          if !zeroWidth {
            if atStart && !quantified { prefix = needs?.prefix }
            atStart = false
          }
        }
      }
      flush()
      return Needs(contains: best, prefix: prefix, anchored: anchored)
    }

    /// A group's needs: its contents', or none for a negative or look-behind assertion; and whether
    /// it is an assertion.
    mutating func group() throws(Unsupported) -> (needs: Needs?, zeroWidth: Bool) {
      index += 1
      var counts = true
      var zeroWidth = false
      if index < scalars.count && scalars[index] == "?" {
        index += 1
        guard index < scalars.count else { throw Unsupported() }
        switch scalars[index] {
        case ":", ">": index += 1
        case "=":
          index += 1
          zeroWidth = true
        case "!":
          index += 1
          counts = false
          zeroWidth = true
        case "<":
          index += 1
          guard index < scalars.count else { throw Unsupported() }
          if scalars[index] == "=" || scalars[index] == "!" {
            index += 1
            counts = false
            zeroWidth = true
          } else {
            // A named group: `(?<name>…)`.
            while index < scalars.count && scalars[index] != ">" {
              guard scalars[index].isASCII, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
              else { throw Unsupported() }
              index += 1
            }
            guard index < scalars.count else { throw Unsupported() }
            index += 1
          }
        default: throw Unsupported()
        }
      }
      let inner = try alternation()
      guard index < scalars.count && scalars[index] == ")" else { throw Unsupported() }
      index += 1
      return (counts ? inner : nil, zeroWidth)
    }

    /// Passes over a set, nested sets included.
    mutating func skipSet() throws(Unsupported) {
      // `[]…]` and `[^]…]` are read differently by different engines: left to ICU.
      if index + 1 < scalars.count && scalars[index + 1] == "]" { throw Unsupported() }
      if index + 2 < scalars.count && scalars[index + 1] == "^" && scalars[index + 2] == "]" { throw Unsupported() }
      var depth = 0
      while index < scalars.count {
        switch scalars[index] {
        case "\\": index += 1
        case "[": depth += 1
        case "]":
          depth -= 1
          if depth == 0 {
            index += 1
            return
          }
        default: break
        }
        index += 1
      }
      throw Unsupported()
    }

    /// The least number of times the item before it must occur, and whether a quantifier was there.
    mutating func quantifier() throws(Unsupported) -> (minimum: Int, quantified: Bool) {
      guard index < scalars.count else { return (1, false) }
      let minimum: Int
      switch scalars[index] {
      case "?", "*":
        index += 1
        minimum = 0
      case "+":
        index += 1
        minimum = 1
      case "{":
        index += 1
        var digits = ""
        while index < scalars.count && ("0"..."9").contains(scalars[index]) {
          digits.unicodeScalars.append(scalars[index])
          index += 1
        }
        guard let count = Int(digits) else { throw Unsupported() }
        while index < scalars.count && scalars[index] != "}" {
          guard scalars[index] == "," || ("0"..."9").contains(scalars[index]) else { throw Unsupported() }
          index += 1
        }
        guard index < scalars.count else { throw Unsupported() }
        index += 1
        minimum = count
      default:
        return (1, false)
      }
      // A lazy or possessive mark changes how, not whether.
      if index < scalars.count && (scalars[index] == "?" || scalars[index] == "+") { index += 1 }
      return (minimum, true)
    }
  }
}
