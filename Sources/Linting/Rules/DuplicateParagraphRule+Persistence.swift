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
    guard let count = reader.readCount() else { return nil }
    var digests: [UInt128] = []
    digests.reserveCapacity(count)
    for _ in 0..<count {
      guard let high = reader.readFixedUInt64(), let low = reader.readFixedUInt64() else { return nil }
      digests.append(UInt128(high) << 64 | UInt128(low))
    }
    guard let bandTotal = reader.readCount(), bandTotal == (reportsNear ? count * bandCount : 0) else { return nil }
    var bands: [UInt64] = []
    bands.reserveCapacity(bandTotal)
    for _ in 0..<bandTotal {
      guard let band = reader.readFixedUInt64() else { return nil }
      bands.append(band)
    }
    var entryStarts: [Int] = []
    entryStarts.reserveCapacity(count)
    for _ in 0..<count {
      // Each entry starts after the one before it.
      guard let start = reader.readInt(), start > (entryStarts.last ?? 0) else { return nil }
      entryStarts.append(start)
    }
    guard let entryBytes = reader.readBytes(), reader.isAtEnd, (entryStarts.last ?? 0) < entryBytes.count else { return nil }
    // The cache checks each record whole (a checksum), so only the entry count is read here.
    var entryReader = BinaryReader(entryBytes)
    guard entryReader.readCount() == count else { return nil }
    // Most posts' details are never read back: point into the cache record rather than copy them.
    let stored = origin.map { details.reference($0.advanced(by: reader.position - entryBytes.count), count: entryBytes.count) }
    return Summary(
      path: path, digests: digests, bands: bands, entryStarts: entryStarts, details: stored ?? details.append(entryBytes))
  }
}
