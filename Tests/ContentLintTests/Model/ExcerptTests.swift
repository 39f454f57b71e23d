import ContentModel
import Testing

@Suite struct ExcerptTests {
  @Test(arguments: [
    ("Short and plain.", "Short and plain."),
    ("Two\nlines", "Two lines"),
    (String(repeating: "a", count: 80), String(repeating: "a", count: 80)),
    (String(repeating: "a", count: 81), String(repeating: "a", count: 79) + "…"),
    (String(repeating: "word ", count: 40), String(repeating: "word ", count: 15) + "word…"),
    ("a" + String(repeating: " ", count: 90) + "b", "a…"),
    // ASCII for the first eighty bytes, then text that is not: the same excerpt as all-ASCII text.
    (String(repeating: "b", count: 90) + "\ncafé", String(repeating: "b", count: 79) + "…"),
    // A combining accent right after the kept bytes joins the character there, not the excerpt's last one.
    (String(repeating: "c", count: 80) + "e\u{301}" + " more", String(repeating: "c", count: 79) + "…"),
    (String(repeating: "d", count: 78) + "e\u{301}" + String(repeating: "f", count: 10), String(repeating: "d", count: 78) + "e\u{301}…"),
    ("Ünïcode\r\nwith CR LF", "Ünïcode with CR LF"),
    // A line break or a byte outside ASCII in the middle of the bytes looked at, which are read eight at a time.
    (String(repeating: "g", count: 41) + "\r" + String(repeating: "h", count: 50), String(repeating: "g", count: 41) + " " + String(repeating: "h", count: 37) + "…"),
    (String(repeating: "i", count: 45) + "é" + String(repeating: "j", count: 50), String(repeating: "i", count: 45) + "é" + String(repeating: "j", count: 33) + "…"),
    // A tab and the bytes next to the line breaks are not breaks.
    ("\t" + String(repeating: "\u{0E}k", count: 45), "\t" + String(repeating: "\u{0E}k", count: 39) + "…"),
  ])
  func excerptIsOneLineOfAtMostEightyCharacters(_ text: String, _ expected: String) {
    #expect(text.excerpt() == expected)
  }
}
