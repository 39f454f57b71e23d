import Glibc
import TextKit

/// Turns file bytes into text: byte-order mark, then a declared charset, then UTF-8, then ICU's guess.
enum TextDecoder {
  /// Decodes `bytes`. `declaredCharset` is what the markup says (HTML `<meta charset>`); a BOM wins over it.
  static func decode(_ bytes: [UInt8], declaredCharset: String? = nil) throws(IngestError) -> (text: String, charset: String) {
    if bytes.isEmpty { return ("", "UTF-8") }
    if let (charset, bomLength) = byteOrderMark(bytes) {
      guard let text = Charset.decode(Array(bytes[bomLength...]), charset: charset) else {
        throw .undecodable(detail: "the bytes are not valid \(charset) although the file starts with its byte-order mark")
      }
      return (text, charset)
    }
    if let utf16 = utf16WithoutBOM(bytes), let text = Charset.decode(bytes, charset: utf16) {
      return (text, utf16)
    }
    if looksBinary(bytes) { throw .binary(detail: binaryDescription(bytes)) }
    if let declared = declaredCharset?.lowercased(), declared != "utf-8", declared != "utf8",
      let text = Charset.decode(bytes, charset: normalisedDeclaredCharset(declared))
    {
      return (text, declared)
    }
    if let text = validUTF8(bytes) { return (text, "UTF-8") }
    let invalidOffset = firstInvalidUTF8Offset(bytes)
    let truncated = isTruncatedAtEnd(bytes, from: invalidOffset)
    if truncated || containsMultibyteUTF8(bytes) {
      // Valid multi-byte sequences show the file is UTF-8: a bad sequence is damage, not another charset.
      let before = String(decoding: bytes[..<invalidOffset], as: UTF8.self)
      let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
      throw .invalidUTF8(
        byteOffset: invalidOffset, line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1,
        truncated: truncated)
    }
    if let guess = Charset.detect(bytes), guess.confidence >= 10, !guess.name.hasPrefix("UTF-8"),
      let text = Charset.decode(bytes, charset: guess.name)
    {
      return (text, guess.name)
    }
    // Invalid UTF-8 with no better guess: scraped Western pages are nearly always windows-1252.
    if let text = Charset.decode(bytes, charset: "windows-1252"), mostlyPrintable(text) {
      return (text, "windows-1252")
    }
    throw .undecodable(detail: "invalid UTF-8 at byte \(firstInvalidUTF8Offset(bytes)) and no other charset fits")
  }

  // MARK: - Private

  private static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
    if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
    return nil
  }

  /// UTF-16 without a BOM shows as a NUL in every other byte of ASCII-heavy text.
  private static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
    let sample = bytes.prefix(4096)
    guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
    // Text with no NUL in its first block (nearly every file) is not UTF-16: no need to count.
    let holdsNUL = bytes.withUnsafeBufferPointer { $0.baseAddress.flatMap { memchr($0, 0, sample.count) } } != nil
    guard holdsNUL else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for (offset, byte) in sample.enumerated() where byte == 0 {
      if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
    }
    let pairs = sample.count / 2
    if oddZeros * 10 >= pairs * 7 && evenZeros * 20 < pairs { return "UTF-16LE" }
    if evenZeros * 10 >= pairs * 7 && oddZeros * 20 < pairs { return "UTF-16BE" }
    return nil
  }

  private static func looksBinary(_ bytes: [UInt8]) -> Bool {
    // A NUL anywhere marks binary data (UTF-16 was ruled out before), not only one in the first block.
    if bytes.withUnsafeBufferPointer({ $0.baseAddress.flatMap { memchr($0, 0, bytes.count) } }) != nil { return true }
    let sampleCount = min(bytes.count, 8192)
    return bytes.withUnsafeBufferPointer { controlCount(in: UnsafeBufferPointer(rebasing: $0[..<sampleCount])) } * 10
      > sampleCount
  }

  /// Control bytes other than tab, line feed, form feed, carriage return and escape. Eight bytes at a time skip
  /// words with no byte under 0x20 (most of any text): subtracting 0x20 from each byte sets a top bit left clear
  /// in the byte itself only when some byte is under 0x20.
  private static func controlCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    @inline(__always) func isControl(_ byte: UInt8) -> Bool {
      byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B
    }
    guard let base = bytes.baseAddress else { return 0 }
    let ones = ByteLanes.ones
    var control = 0
    var index = 0
    while index + 8 <= bytes.count {
      let word = ByteLanes.load(base, at: index)
      if (word &- ones &* 0x20) & ~word & ByteLanes.top != 0 {
        for lane in index..<(index + 8) where isControl(bytes[lane]) { control += 1 }
      }
      index += 8
    }
    while index < bytes.count {
      if isControl(bytes[index]) { control += 1 }
      index += 1
    }
    return control
  }

  private static func binaryDescription(_ bytes: [UInt8]) -> String {
    let signatures: [([UInt8], String)] = [
      ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
      ([0x25, 0x50, 0x44, 0x46], "PDF document"), ([0xFF, 0xD8, 0xFF], "JPEG image"),
      ([0x47, 0x49, 0x46, 0x38], "GIF image"), ([0x1F, 0x8B], "gzip archive"), ([0x7F, 0x45, 0x4C, 0x46], "ELF binary"),
    ]
    if let match = signatures.first(where: { bytes.starts(with: $0.0) }) { return match.1 }
    if let nul = bytes.firstIndex(of: 0) { return "NUL byte at offset \(nul)" }
    return "control characters"
  }

  private static func validUTF8(_ bytes: [UInt8]) -> String? {
    String(validating: bytes, as: UTF8.self)
  }

  /// The offset of the first byte that is not part of a well-formed sequence (Unicode Table 3-7): overlong
  /// forms, surrogates and code points past U+10FFFF count as invalid, as they do for `String(validating:)`.
  private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
    var offset = 0
    while offset < bytes.count {
      guard let length = wellFormedSequenceLength(bytes, at: offset) else { return offset }
      offset += length
    }
    return offset
  }

  /// The length of the well-formed sequence starting at `offset`, or nil when none starts there.
  private static func wellFormedSequenceLength(_ bytes: [UInt8], at offset: Int) -> Int? {
    let lead = bytes[offset]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; secondRange = 0xA0...0xBF
    case 0xED: length = 3; secondRange = 0x80...0x9F
    case 0xE1...0xEF: length = 3
    case 0xF0: length = 4; secondRange = 0x90...0xBF
    case 0xF4: length = 4; secondRange = 0x80...0x8F
    case 0xF1...0xF3: length = 4
    default: return nil
    }
    guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else { return nil }
    for continuation in bytes[(offset + 2)..<(offset + length)] where continuation & 0xC0 != 0x80 { return nil }
    return length
  }

  /// True when the bytes from `offset` are the start of a multi-byte sequence that the file's end cut off.
  private static func isTruncatedAtEnd(_ bytes: [UInt8], from offset: Int) -> Bool {
    guard offset < bytes.count else { return false }
    let needed: Int
    switch bytes[offset] {
    case 0xC2..<0xE0: needed = 2
    case 0xE0..<0xF0: needed = 3
    case 0xF0..<0xF5: needed = 4
    default: return false
    }
    let rest = bytes[(offset + 1)...]
    return offset + needed > bytes.count && rest.allSatisfy { $0 & 0xC0 == 0x80 }
  }

  /// True when the bytes hold at least one well-formed multi-byte UTF-8 sequence.
  private static func containsMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
    for index in bytes.indices where bytes[index] >= 0xC2 {
      if let length = wellFormedSequenceLength(bytes, at: index), length > 1 { return true }
    }
    return false
  }

  private static func mostlyPrintable(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    let control = scalars.count { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }
    return control * 20 <= scalars.count
  }

  /// Browsers read ISO-8859-1 and ASCII labels as windows-1252 (the WHATWG Encoding standard); so do we.
  private static func normalisedDeclaredCharset(_ declared: String) -> String {
    switch declared {
    case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "l1", "cp819": "windows-1252"
    case "shift-jis", "sjis", "x-sjis", "ms_kanji": "Shift_JIS"
    default: declared
    }
  }
}
