extension RandomAccessCollection where Index == Int {
  /// The index of the last element whose key is at most `value`, in a collection sorted by that key; the first
  /// index when no key is, or when the collection is empty (a start index, like `startIndex`).
  ///
  /// Source maps and line tables both answer "which run or line holds this offset" this way.
  @inlinable
  public func lastIndex(withKeyAtMost value: Int, key: (Element) -> Int) -> Int {
    var low = startIndex
    var high = Swift.max(startIndex, endIndex - 1)
    while low < high {
      let middle = (low + high + 1) / 2
      if key(self[middle]) <= value { low = middle } else { high = middle - 1 }
    }
    return low
  }
}
