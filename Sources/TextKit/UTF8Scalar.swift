/// Reading scalars straight from a string's UTF-8 bytes, for scanners that run over every word of a post.
public enum UTF8Scalar {
  /// The scalar starting at `index` of valid UTF-8 (as a Swift string's bytes always are), and its length.
  @inlinable @inline(__always)
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
    if lead < 0xE0 {
      return (Unicode.Scalar(unchecked: (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)), 2)
    }
    if lead < 0xF0 {
      let value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      return (Unicode.Scalar(unchecked: value), 3)
    }
    let value =
      (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
      | UInt32(bytes[index + 3] & 0x3F)
    return (Unicode.Scalar(unchecked: value), 4)
  }
}

extension UTF8Scalar {
  /// The scalars of `text`, decoded from its bytes in one pass (`Array(text.unicodeScalars)` walks the
  /// text twice, through a generic iterator).
  public static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { scalars(ofValidUTF8: $0) }
  }

  /// The scalars of bytes known to be valid UTF-8.
  public static func scalars(ofValidUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let (scalar, length) = decode(bytes, at: index)
      scalars.append(scalar)
      index += length
    }
    return scalars
  }
}

extension Unicode.Scalar {
  /// A scalar from a value known to be valid (decoded from valid UTF-8).
  @usableFromInline @inline(__always)
  init(unchecked value: UInt32) {
    self = Unicode.Scalar(value) ?? "\u{FFFD}"
  }
}

extension UTF8Scalar {
  /// The number of scalars in `text`, counted from its bytes: every byte but a continuation byte starts
  /// one (`unicodeScalars.count` decodes each scalar to count it).
  public static func count(in text: String) -> Int {
    var text = text
    return text.withUTF8(count(ofValidUTF8:))
  }

  public static func count(in text: Substring) -> Int {
    var text = text
    return text.withUTF8(count(ofValidUTF8:))
  }

  /// Eight bytes at a time: ingest measures every line and block it keeps, the trimmer some of them several
  /// times.
  private static func count(ofValidUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let lowBytes: UInt64 = 0x00FF_00FF_00FF_00FF
    var continuations = 0
    var index = 0
    while index &+ 8 <= bytes.count {
      // Each byte lane counts the continuation bytes (10xxxxxx: bit 7 set, bit 6 clear) seen in it, up to 255
      // words at a time so that no lane overflows; the lanes are summed once per stretch, not once per word.
      var lanes: UInt64 = 0
      let lastStart = min(bytes.count - 8, index + 8 * 254)
      while index <= lastStart {
        let word = ByteLanes.load(base, at: index)
        lanes &+= (word & ~(word << 1) & ByteLanes.top) >> 7
        index &+= 8
      }
      let pairs = (lanes & lowBytes) &+ ((lanes >> 8) & lowBytes)
      continuations += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }
    while index < bytes.count {
      if bytes[index] & 0xC0 == 0x80 { continuations &+= 1 }
      index &+= 1
    }
    return bytes.count - continuations
  }
}
