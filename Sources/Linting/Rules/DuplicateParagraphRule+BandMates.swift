/// Near-repeat candidates without a bucket per band key: for each band, every compared block's key is sorted
/// with its place in the run, and the blocks that wait for a near comparison take the earlier blocks of their
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
    var keyed: [(key: UInt64, place: Int)] = []
    keyed.reserveCapacity(places.count)
    for band in 0..<bandCount {
      keyed.removeAll(keepingCapacity: true)
      for (place, seen) in places.enumerated() {
        keyed.append((summaries[seen.document].bands[seen.entry * bandCount + band], place))
      }
      keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.place < $1.place }
      var runStart = 0
      for index in keyed.indices {
        guard index == keyed.count - 1 || keyed[index + 1].key != keyed[index].key else { continue }
        if index > runStart {
          for member in (runStart + 1)...index where waits[keyed[member].place] {
            mates[keyed[member].place, default: []] += keyed[runStart..<member].map(\.place)
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
