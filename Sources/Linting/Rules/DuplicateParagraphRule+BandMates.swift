/// Near-repeat candidates without a bucket per band key: for each band, every compared block's key is sorted
/// (a stable radix sort) with its place in the run, and the blocks that wait for a near comparison take the earlier blocks of their
/// run. Memory is one band's keys at a time plus the candidates found, not sixteen buckets per block.
extension DuplicateParagraphRule {
  /// For each block to compare, the earlier blocks (site boilerplate aside) that share at least one LSH
  /// band with it: band by band, earlier blocks in run order, each named once, where it first appears.
  func bandMates(_ summaries: [Summary], ignoring boilerplate: Set<UInt128>, of verdicts: [[Verdict]]) -> [Seen: [Seen]] {
    var places: [Seen] = []
    var waits: [Bool] = []
    for (documentIndex, summary) in summaries.enumerated() {
      for (entryIndex, digest) in summary.digests.enumerated() where !boilerplate.contains(digest) {
        places.append(Seen(document: documentIndex, entry: entryIndex))
        if case .compareNear = verdicts[documentIndex][entryIndex] { waits.append(true) } else { waits.append(false) }
      }
    }
    guard waits.contains(true) else { return [:] }
    var mates: [Int: [Int]] = [:]
    var keys = [UInt64](repeating: 0, count: places.count)
    var order = [Int32](repeating: 0, count: places.count)
    var sorter = RadixSorter(count: places.count)
    for band in 0..<bandCount {
      for (place, seen) in places.enumerated() { keys[place] = summaries[seen.document].bands[seen.entry * bandCount + band] }
      // Stable, so the blocks of one key stay in run order.
      sorter.sort(keys, into: &order)
      var runStart = 0
      for index in order.indices {
        guard index == order.count - 1 || keys[Int(order[index + 1])] != keys[Int(order[index])] else { continue }
        if index > runStart {
          for member in (runStart + 1)...index where waits[Int(order[member])] {
            mates[Int(order[member]), default: []] += order[runStart..<member].map { Int($0) }
          }
        }
        runStart = index + 1
      }
    }
    return mates.reduce(into: [:]) { result, item in
      var named = Set<Int>()
      result[places[item.key]] = item.value.filter { named.insert($0).inserted }.map { places[$0] }
    }
  }
}

/// A stable least-significant-digit radix sort of 64-bit keys, giving the order of their places: eight
/// counting passes over bytes, far cheaper than comparison sorting the near million keys of a large run.
struct RadixSorter {
  private var scratch: [Int32]

  init(count: Int) {
    scratch = [Int32](repeating: 0, count: count)
  }

  mutating func sort(_ keys: [UInt64], into order: inout [Int32]) {
    precondition(keys.count == order.count && keys.count == scratch.count && keys.count < Int(Int32.max))
    for index in order.indices { order[index] = Int32(index) }
    keys.withUnsafeBufferPointer { keys in
      for shift in stride(from: UInt64(0), to: 64, by: 8) {
        var counts = [Int](repeating: 0, count: 257)
        order.withUnsafeMutableBufferPointer { order in
          scratch.withUnsafeMutableBufferPointer { scratch in
            for place in order { counts[Int((keys[Int(place)] >> shift) & 0xFF) + 1] += 1 }
            guard counts[1...].max() != keys.count else { return }  // every key shares this byte
            for digit in 1..<257 { counts[digit] += counts[digit - 1] }
            for place in order {
              let digit = Int((keys[Int(place)] >> shift) & 0xFF)
              scratch[counts[digit]] = place
              counts[digit] += 1
            }
            _ = order.update(fromContentsOf: scratch)
          }
        }
      }
    }
  }
}
