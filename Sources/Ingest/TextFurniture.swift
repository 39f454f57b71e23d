import TextKit

/// Lines of a plain-text post that are page furniture the shared residue vocabulary misses: reading-time
/// lines written out ("Reading time: 4 minutes") and closing links ("Read more: https://…", a bare URL).
enum TextFurniture {
  /// True for a line that belongs to the page rather than the post.
  static func isFurniture(_ line: String) -> Bool {
    ResidueClassifier.classify(line) != nil || isReadingTime(line) || isClosingLink(line)
  }

  static func isReadingTime(_ line: String) -> Bool {
    if let words = ASCIIWordCount.count(in: line, apostropheJoins: false, upTo: 6), words > 6 { return false }
    let lower = line.lowercased()
    let words = lower.split { !$0.isLetter && !$0.isNumber }
    guard words.count <= 6, words.contains(where: { $0.allSatisfy(\.isNumber) }) else { return false }
    let mentionsReading = lower.contains("reading time") || lower.contains("read time") || lower.hasPrefix("read ")
    let mentionsMinutes = words.contains { ["min", "mins", "minute", "minutes"].contains($0) }
    return mentionsReading && mentionsMinutes
  }

  /// A URL alone on its line, or after a short lead-in such as "Read more:" or "Source:".
  static func isClosingLink(_ line: String) -> Bool {
    if ASCIIWordCount.lastTokenIsNotLink(line) { return false }
    let words = line.split(separator: " ")
    guard let url = words.last, url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("www.") else {
      return false
    }
    return words.count <= 5
  }
}
