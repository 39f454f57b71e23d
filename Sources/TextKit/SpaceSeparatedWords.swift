/// Counting the pieces of `text.split(separator: " ")` without building them, and without counting
/// past the number a caller compares with: classifiers ask whether a block of prose has "at most six
/// words", and the answer for a long paragraph is known after its seventh.
public enum SpaceSeparatedWords {
  /// The number of non-empty runs between Character spaces, or `limit + 1` when there are more than `limit`.
  public static func count(in text: String, upTo limit: Int) -> Int {
    var text = text
    if let count = text.withUTF8({ asciiCount(in: $0, upTo: limit) }) { return count }
    // Beyond ASCII a space followed by a combining mark is one Character with it, not a separator.
    var count = 0
    var inWord = false
    for character in text {
      let isSpace = character == " "
      if !isSpace && !inWord {
        count += 1
        if count > limit { return count }
      }
      inWord = !isSpace
    }
    return count
  }

  /// Nil at the first byte beyond ASCII. The bytes before it need no other check: the count is past `limit`
  /// only at the first byte of a word, so every space read so far was followed by an ASCII byte, never by
  /// a combining mark that would have joined it.
  private static func asciiCount(in bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int? {
    var count = 0
    var inWord = false
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      let isSpace = byte == 0x20
      if !isSpace && !inWord {
        count += 1
        if count > limit { return count }
      }
      inWord = !isSpace
    }
    return count
  }
}
