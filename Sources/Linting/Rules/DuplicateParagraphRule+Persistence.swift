import TextKit

/// A post's summary kept between runs (`--cache`): its digests, band keys and details, so that an
/// unchanged post still takes part in the cross-post comparison without being read again.
extension DuplicateParagraphRule: PersistableCorpusRule {
  public func encode(_ summary: Summary) -> [UInt8] {
    var writer = BinaryWriter()
    writer.write(summary.digests.count)
    for digest in summary.digests {
      writer.write(fixed: UInt64(truncatingIfNeeded: digest >> 64))
      writer.write(fixed: UInt64(truncatingIfNeeded: digest))
    }
    writer.write(summary.bands.count)
    for band in summary.bands { writer.write(fixed: band) }
    for start in summary.entryStarts { writer.write(start) }
    writer.write(details.read(summary.details))
    return writer.bytes
  }

  public func decode(_ bytes: [UInt8], path: String, origin: SpillStore.Origin?) -> Summary? {
    var reader = BinaryReader(bytes)
    // Digests and band keys are fixed-width words: each list is read in one copy, not word by word.
    guard let count = reader.readCount(), let halves = reader.readFixedUInt64s(count: count * 2) else { return nil }
    let digests = halves.isEmpty
      ? [] : (0..<count).map { UInt128(halves[2 * $0]) << 64 | UInt128(halves[2 * $0 + 1]) }
    guard let bandTotal = reader.readCount(), bandTotal == (reportsNear ? count * bandCount : 0),
      let bands = reader.readFixedUInt64s(count: bandTotal)
    else { return nil }
    var entryStarts: [Int] = []
    entryStarts.reserveCapacity(count)
    for _ in 0..<count {
      // Each entry starts after the one before it.
      guard let start = reader.readInt(), start > (entryStarts.last ?? 0) else { return nil }
      entryStarts.append(start)
    }
    guard let entryRange = reader.readByteRange(), reader.isAtEnd, (entryStarts.last ?? 0) < entryRange.count else { return nil }
    // The cache checks each record whole (a checksum), so only the entry count is read here.
    var entryReader = BinaryReader(bytes, at: entryRange.lowerBound, end: entryRange.upperBound)
    guard entryReader.readCount() == count else { return nil }
    // Most posts' details are never read back: point into the cache record rather than copy them.
    let stored = origin.map { details.reference($0.advanced(by: entryRange.lowerBound), count: entryRange.count) }
    return Summary(
      path: path, digests: digests, bands: bands, entryStarts: entryStarts,
      details: stored ?? details.append(Array(bytes[entryRange])))
  }
}
