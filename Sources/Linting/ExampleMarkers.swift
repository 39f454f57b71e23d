/// The `1️⃣`…`9️⃣` markers that say where a triggering example's findings start.
public enum ExampleMarkers {
  public static func isMarker(_ character: Character) -> Bool {
    let scalars = character.unicodeScalars
    return scalars.count >= 2 && scalars.contains("\u{20E3}")
  }

  /// The text without markers, and the scalar offset in that text where each marker stood.
  public static func strip(_ text: String) -> (text: String, offsets: [Int]) {
    var result = ""
    var offsets: [Int] = []
    var scalarCount = 0
    for character in text {
      if isMarker(character) {
        offsets.append(scalarCount)
      } else {
        result.append(character)
        scalarCount += character.unicodeScalars.count
      }
    }
    return (result, offsets)
  }
}
