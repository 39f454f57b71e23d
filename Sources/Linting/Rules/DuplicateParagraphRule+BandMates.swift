import Foundation

/// Near-repeat candidates without a bucket per band key: for each band, every compared block's key is sorted
/// stably with its place in the run (`RadixSorter`), and the blocks that wait for a near comparison take the
/// earlier blocks of their run. Memory is a band's keys per core plus the candidates found, not sixteen
/// buckets per block.
extension DuplicateParagraphRule {
  /// For each block to compare, the earlier blocks (site boilerplate aside) that share at least one LSH
  /// band with it: band by band, earlier blocks in run order, each named once, where it first appears.
  func bandMates(_ summaries: [Summary], ignoring boilerplate: DigestTable<Void>, of verdicts: [[Verdict]]) -> [Seen: [Seen]] {
    let places = summaries.enumerated().flatMap { documentIndex, summary in
      summary.digests.indices.filter { !boilerplate.contains(summary.digests[$0]) }.map { Seen(document: documentIndex, entry: $0) }
    }
    let waits = places.map { seen in
      if case .compareNear = verdicts[seen.document][seen.entry] { true } else { false }
    }
    guard waits.contains(true) else { return [:] }
    // Bands are independent: one lane per core, each with its own buffers, merged in band order.
    let perBand = BandSlots(count: bandCount)
    defer { perBand.release() }
    let lanes = min(bandCount, max(1, ProcessInfo.processInfo.activeProcessorCount))
    DispatchQueue.concurrentPerform(iterations: lanes) { lane in
      var keys = [UInt64](repeating: 0, count: places.count)
      var order = [Int32](repeating: 0, count: places.count)
      var sorter = RadixSorter()
      for band in stride(from: lane, to: bandCount, by: lanes) {
        for (place, seen) in places.enumerated() { keys[place] = summaries[seen.document].bands[seen.entry * bandCount + band] }
        // Stable, so the blocks of one key stay in run order.
        sorter.sort(keys, into: &order)
        var found: [Int: [Int]] = [:]
        var runStart = 0
        for index in order.indices {
          guard index == order.count - 1 || keys[Int(order[index + 1])] != keys[Int(order[index])] else { continue }
          if index > runStart {
            for member in (runStart + 1)...index where waits[Int(order[member])] {
              found[Int(order[member]), default: []] += order[runStart..<member].map { Int($0) }
            }
          }
          runStart = index + 1
        }
        perBand.slots[band] = found
      }
    }
    var mates: [Int: [Int]] = [:]
    for band in 0..<bandCount {
      for (place, earlier) in perBand.slots[band] { mates[place, default: []] += earlier }
    }
    return mates.reduce(into: [:]) { result, item in
      var named = Set<Int>()
      result[places[item.key]] = item.value.filter { named.insert($0).inserted }.map { places[$0] }
    }
  }
}

/// Each band's candidates, one slot per band, each written by the one lane that sorts that band and read
/// once every lane is done (the join orders the writes before the reads). Raw memory, as in `parallelMap`:
/// distinct slots need no lock, where an `Array` written from several threads would be one shared variable.
private struct BandSlots: @unchecked Sendable {
  let slots: UnsafeMutableBufferPointer<[Int: [Int]]>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: [:])
  }

  func release() {
    slots.deinitialize()
    slots.deallocate()
  }
}

/// Sorts 64-bit keys stably, giving the order of their places: one counting pass on the top 16 bits reads
/// the keys in place order and scatters each place into its bucket, then each small bucket (a dozen keys
/// when a run holds near a million) is insertion-sorted by key and place. Far cheaper than comparison sorting
/// the whole array, or than a radix pass per digit, each of which would read the keys in scattered order.
struct RadixSorter {
  private var counts: [Int] = []

  mutating func sort(_ keys: [UInt64], into order: inout [Int32]) {
    precondition(keys.count == order.count && keys.count < Int(Int32.max))
    let byKeyThenPlace = { (first: Int32, second: Int32) in
      keys[Int(first)] != keys[Int(second)] ? keys[Int(first)] < keys[Int(second)] : first < second
    }
    // Clearing and summing 65,536 counters costs more than comparison sorting a few thousand keys: a run
    // on one post would spend most of its duplicate check there.
    if keys.count < 4096 {
      for place in order.indices { order[place] = Int32(place) }
      order.sort(by: byKeyThenPlace)
      return
    }
    if counts.isEmpty { counts = [Int](repeating: 0, count: 1 << 16 + 1) }
    keys.withUnsafeBufferPointer { keys in
      counts.withUnsafeMutableBufferPointer { counts in
        order.withUnsafeMutableBufferPointer { order in
          counts.update(repeating: 0)
          for key in keys { counts[Int(key >> 48) + 1] += 1 }
          for bucket in 1..<counts.count { counts[bucket] += counts[bucket - 1] }
          // counts[b] is now where bucket b starts; placing advances it to where b ends.
          for (place, key) in keys.enumerated() {
            let bucket = Int(key >> 48)
            order[counts[bucket]] = Int32(place)
            counts[bucket] += 1
          }
          var start = 0
          for bucket in 0..<(counts.count - 1) {
            let end = counts[bucket]
            if end - start > 64 {
              // A crowded bucket (one text in many posts): a comparison sort keeps it from going quadratic.
              order[start..<end].sort(by: byKeyThenPlace)
            } else if end - start > 1 {
              for index in (start + 1)..<end {
                let place = order[index]
                let key = keys[Int(place)]
                var slot = index
                // Places arrive in increasing order within a bucket, so equal keys keep it: stable.
                while slot > start, keys[Int(order[slot - 1])] > key {
                  order[slot] = order[slot - 1]
                  slot -= 1
                }
                order[slot] = place
              }
            }
            start = end
          }
        }
      }
    }
  }
}
