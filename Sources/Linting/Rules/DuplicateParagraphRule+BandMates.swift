import Foundation

/// Near-repeat candidates without a bucket per band key: for each band, every compared block's key is sorted
/// stably with its place in the run (`RadixSorter`), and the blocks that wait for a near comparison take the
/// earlier blocks of their run. Memory is a band's keys per core plus the candidates found, not sixteen
/// buckets per block.
extension DuplicateParagraphRule {
  /// For each block to compare, the earlier blocks (site boilerplate aside) that share at least one LSH
  /// band with it: band by band, earlier blocks in run order, each named once, where it first appears.
  func bandMates(_ summaries: [Summary], of verdicts: [[Verdict]]) -> BandMates {
    // The compared blocks in run order, as each post's entry indices from `postStarts[post]` on.
    var entryList: [Int32] = []
    var documentList: [Int32] = []
    var starts = [0]
    starts.reserveCapacity(summaries.count + 1)
    var waitList: [Bool] = []
    for documentIndex in summaries.indices {
      // Near repeats are looked for only when reported, and then only site boilerplate is ignored.
      for (entry, verdict) in verdicts[documentIndex].enumerated() {
        switch verdict {
        case .ignored: continue
        case .compareNear: waitList.append(true)
        case .repeats: waitList.append(false)
        }
        entryList.append(Int32(truncatingIfNeeded: entry))
        documentList.append(Int32(truncatingIfNeeded: documentIndex))
      }
      starts.append(entryList.count)
    }
    let (entries, postStarts, waits) = (entryList, starts, waitList)
    guard waits.contains(true) else { return BandMates() }
    let placeCount = entries.count
    precondition(placeCount < Int(Int32.max))
    // Bands are independent: one lane per core, each with its own buffers, merged in band order. A band's
    // mates are pairs of places, the waiting block's then its mate's, in the order they are found.
    let perBand = LaneSlots<[Int32]>(count: bandCount, repeating: [])
    defer { perBand.release() }
    let lanes = min(bandCount, max(1, ProcessInfo.processInfo.activeProcessorCount))
    let bandCount = bandCount
    DispatchQueue.concurrentPerform(iterations: lanes) { lane in
      // A lane's bands are gathered a few at a time, in one pass over the posts' band keys: a block's keys
      // lie side by side, so one pass per band would fetch the same cache lines again for every band.
      let laneBands = Array(stride(from: lane, to: bandCount, by: lanes))
      let groupSize = min(4, laneBands.count)
      var keys = [UInt64](repeating: 0, count: placeCount * groupSize)
      var filter = RepeatFilter(keyCount: placeCount)
      var items: [KeyedPlace] = []
      var sorter = RadixSorter()
      for groupStart in stride(from: 0, to: laneBands.count, by: groupSize) {
        let group = laneBands[groupStart..<min(groupStart + groupSize, laneBands.count)]
        keys.withUnsafeMutableBufferPointer { keys in
          entries.withUnsafeBufferPointer { entries in
            for document in summaries.indices where postStarts[document] < postStarts[document + 1] {
              summaries[document].bands.withUnsafeBufferPointer { bands in
                for place in postStarts[document]..<postStarts[document + 1] {
                  let base = Int(entries[place]) * bandCount
                  for (slot, band) in group.enumerated() { keys[slot * placeCount + place] = bands[base + band] }
                }
              }
            }
          }
        }
        for (slot, band) in group.enumerated() {
          let offset = slot * placeCount
          filter.clear()
          for place in 0..<placeCount { filter.note(keys[offset + place]) }
          // Only a key seen twice can have a mate: the others (most of them) are left out of the sort. Kept
          // in place order, so the sort's stability keeps the blocks of one key in run order as before.
          items.removeAll(keepingCapacity: true)
          for place in 0..<placeCount where filter.mayRepeat(keys[offset + place]) {
            items.append(KeyedPlace(key: keys[offset + place], place: Int32(place)))
          }
          // Stable, so the blocks of one key stay in run order.
          sorter.sort(&items)
          var found: [Int32] = []
          var runStart = 0
          for index in items.indices {
            guard index == items.count - 1 || items[index + 1].key != items[index].key else { continue }
            if index > runStart {
              for member in (runStart + 1)...index where waits[Int(items[member].place)] {
                for earlier in runStart..<member {
                  found.append(items[member].place)
                  found.append(items[earlier].place)
                }
              }
            }
            runStart = index + 1
          }
          perBand.slots[band] = found
        }
      }
    }
    return BandMates(merging: UnsafeBufferPointer(perBand.slots), placeCount: placeCount, documents: documentList, entries: entries)
  }

  /// Every compared block's near-repeat candidates (`bandMates`), by its place in the run: the blocks that
  /// are not ignored, post after post, in document order. Flat arrays indexed by place, so that neither the
  /// merge of the bands nor a block's look-up hashes anything.
  struct BandMates {
    /// Where each place's mates start in `mates`, and where the last ones end; empty when no block has one.
    private var starts: [Int32] = []
    /// Mates as places, each place's in band order and then in run order, each named once.
    private var mates: [Int32] = []
    /// The post and the entry in it of each place.
    private var documents: [Int32] = []
    private var entries: [Int32] = []

    init() {}

    /// The pairs of each band (a waiting place, then its mate) in band order, gathered per place in one
    /// counting pass and one placing pass, keeping their order, then each place's repeats dropped.
    init(merging bands: UnsafeBufferPointer<[Int32]>, placeCount: Int, documents: [Int32], entries: [Int32]) {
      var starts = [Int32](repeating: 0, count: placeCount + 1)
      for pairs in bands {
        for index in stride(from: 0, to: pairs.count, by: 2) { starts[Int(pairs[index]) + 1] += 1 }
      }
      for place in 0..<placeCount { starts[place + 1] += starts[place] }
      let total = Int(starts[placeCount])
      guard total > 0 else { return }
      var mates = [Int32](repeating: 0, count: total)
      var ends = starts
      for pairs in bands {
        for index in stride(from: 0, to: pairs.count, by: 2) {
          let place = Int(pairs[index])
          mates[Int(ends[place])] = pairs[index + 1]
          ends[place] += 1
        }
      }
      // A mate is named again when it shares several bands: kept where it first appears. `namedBy[mate]`
      // is the last place that named it, so no set is cleared between places.
      var namedBy = [Int32](repeating: -1, count: placeCount)
      var kept = 0
      var start = 0
      for place in 0..<placeCount {
        let end = Int(starts[place + 1])
        for index in start..<end {
          let mate = mates[index]
          guard namedBy[Int(mate)] != Int32(place) else { continue }
          namedBy[Int(mate)] = Int32(place)
          mates[kept] = mate
          kept += 1
        }
        start = end
        starts[place + 1] = Int32(kept)
      }
      mates.removeLast(total - kept)
      self.starts = starts
      self.mates = mates
      self.documents = documents
      self.entries = entries
    }

    /// The mates of the block at `place`, where each was seen.
    func mates(ofPlace place: Int) -> [Seen] {
      guard place + 1 < starts.count else { return [] }
      let (start, end) = (Int(starts[place]), Int(starts[place + 1]))
      guard start < end else { return [] }
      return (start..<end).map { index in
        let mate = Int(mates[index])
        return Seen(document: Int(documents[mate]), entry: Int(entries[mate]))
      }
    }
  }
}

/// Which keys of a band occur more than once, with no false negatives: two bit sets indexed by the keys'
/// top bits, "seen" and "seen twice". A key whose "twice" bit is clear occurred once and has no mate; a set
/// bit may be another key's, which only keeps a unique key in the sort. Sized to stay in the core's cache.
private struct RepeatFilter {
  private var seen: [UInt64]
  private var twice: [UInt64]
  private let shift: UInt64

  init(keyCount: Int) {
    // About eight bits a key, between 4 KiB and 256 KiB a set.
    var bits = 15
    while bits < 21 && (1 << bits) < keyCount * 8 { bits += 1 }
    seen = [UInt64](repeating: 0, count: (1 << bits) / 64)
    twice = seen
    shift = UInt64(64 - bits)
  }

  mutating func clear() {
    seen.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    twice.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
  }

  @inline(__always)
  mutating func note(_ key: UInt64) {
    let bit = key >> shift
    let word = Int(bit >> 6)
    let mask = UInt64(1) << (bit & 63)
    seen.withUnsafeMutableBufferPointer { seen in
      twice.withUnsafeMutableBufferPointer { twice in
        twice[word] |= seen[word] & mask
        seen[word] |= mask
      }
    }
  }

  @inline(__always)
  func mayRepeat(_ key: UInt64) -> Bool {
    let bit = key >> shift
    return twice.withUnsafeBufferPointer { $0[Int(bit >> 6)] & (UInt64(1) << (bit & 63)) != 0 }
  }
}

/// A band key and the place in the run of the block it belongs to.
struct KeyedPlace {
  var key: UInt64
  var place: Int32
}

/// Sorts keyed places (given in place order) by key, stably: one counting pass on the keys' top bits scatters
/// the pairs into buckets, then each small bucket is insertion-sorted where it lies. There are about as many
/// buckets as pairs (up to 65,536), so that clearing the counters never costs more than the sort, and a
/// bucket holds one or two pairs: far cheaper than comparison sorting the whole array, or than a radix pass
/// per digit; and sorting the pairs themselves, not an order of places, reads no key out of place.
struct RadixSorter {
  private var counts: [Int] = []
  private var scratch: [KeyedPlace] = []

  mutating func sort(_ items: inout [KeyedPlace]) {
    precondition(items.count < Int(Int32.max))
    let byKeyThenPlace = { (first: KeyedPlace, second: KeyedPlace) in
      first.key != second.key ? first.key < second.key : first.place < second.place
    }
    guard items.count >= 64 else {
      items.sort(by: byKeyThenPlace)
      return
    }
    let bits = min(16, Int.bitWidth - items.count.leadingZeroBitCount)
    let shift = UInt64(64 - bits)
    if counts.count != 1 << bits + 1 { counts = [Int](repeating: 0, count: 1 << bits + 1) }
    if scratch.count != items.count { scratch = [KeyedPlace](repeating: KeyedPlace(key: 0, place: 0), count: items.count) }
    items.withUnsafeBufferPointer { items in
      counts.withUnsafeMutableBufferPointer { counts in
        scratch.withUnsafeMutableBufferPointer { sorted in
          counts.update(repeating: 0)
          for item in items { counts[Int(item.key >> shift) + 1] += 1 }
          for bucket in 1..<counts.count { counts[bucket] += counts[bucket - 1] }
          // counts[b] is now where bucket b starts; placing advances it to where b ends.
          for item in items {
            let bucket = Int(item.key >> shift)
            sorted[counts[bucket]] = item
            counts[bucket] += 1
          }
          var start = 0
          for bucket in 0..<(counts.count - 1) {
            let end = counts[bucket]
            if end - start > 64 {
              // A crowded bucket (one text in many posts): a comparison sort keeps it from going quadratic.
              sorted[start..<end].sort(by: byKeyThenPlace)
            } else if end - start > 1 {
              for index in (start + 1)..<end {
                let item = sorted[index]
                var slot = index
                // Places arrive in increasing order within a bucket, so equal keys keep it: stable.
                while slot > start, sorted[slot - 1].key > item.key {
                  sorted[slot] = sorted[slot - 1]
                  slot -= 1
                }
                sorted[slot] = item
              }
            }
            start = end
          }
        }
      }
    }
    swap(&items, &scratch)
  }
}
