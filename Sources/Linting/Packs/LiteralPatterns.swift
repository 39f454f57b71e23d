import Glibc

/// A pack rule's patterns when every one is plain text (the em dash, say): found by comparing bytes,
/// which spares each block the UTF-16 copy and the ICU matcher.
///
/// Finds what ICU finds for the patterns joined by `|`: at each place the first pattern that matches,
/// then the search goes on after it. Taken only when that is certain: no regular-expression syntax,
/// no whole-word bounds, and under case folding no character that has a case or a folding.
struct LiteralPatterns: Sendable {
  private let literals: [[UInt8]]
  /// The byte every literal starts with, when they share one: `memchr` then skips to each candidate.
  private let sharedFirstByte: UInt8?

  init?(_ patterns: [String], ignoresCase: Bool, wholeWord: Bool) {
    guard !wholeWord, !patterns.isEmpty else { return nil }
    for pattern in patterns {
      guard !pattern.isEmpty else { return nil }
      for scalar in pattern.unicodeScalars {
        if Self.syntax.contains(scalar) { return nil }
        let properties = scalar.properties
        if ignoresCase && (properties.isCased || properties.changesWhenCaseFolded || properties.isCaseIgnorable) {
          return nil
        }
      }
    }
    literals = patterns.map { Array($0.utf8) }
    let firstBytes = Set(literals.map { $0[0] })
    sharedFirstByte = firstBytes.count == 1 ? firstBytes.first : nil
  }

  /// Characters with a meaning in an ICU pattern outside a set.
  private static let syntax: Set<Unicode.Scalar> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]

  /// The matches within `bounds` of `text`, in order, as ranges of `text`.
  func matches(in text: String, within bounds: Range<String.Index>) -> [Range<String.Index>] {
    let utf8 = text.utf8
    let lower = utf8.distance(from: utf8.startIndex, to: bounds.lowerBound)
    let upper = utf8.distance(from: utf8.startIndex, to: bounds.upperBound)
    var contiguous = text
    let offsets: [Range<Int>] = contiguous.withUTF8 { bytes in
      var found: [Range<Int>] = []
      var start = lower
      // A literal starts with a lead byte, so a match never begins inside a scalar.
      search: while start < upper {
        if let sharedFirstByte, let base = bytes.baseAddress {
          guard let candidate = memchr(base + start, Int32(sharedFirstByte), upper - start) else { break }
          start = UnsafeRawPointer(candidate).assumingMemoryBound(to: UInt8.self) - base
        }
        for literal in literals where start + literal.count <= upper && bytes[start] == literal[0] {
          var offset = 1
          while offset < literal.count && bytes[start + offset] == literal[offset] { offset += 1 }
          if offset == literal.count {
            found.append(start..<start + literal.count)
            start += literal.count
            continue search
          }
        }
        start += 1
      }
      return found
    }
    return offsets.map {
      utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)
    }
  }
}
