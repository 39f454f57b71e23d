/// A unified diff of two texts, line by line, with three lines of context (what `diff -u` prints).
public enum UnifiedDiff {
  public static func diff(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
    let oldLines = lines(old)
    let newLines = lines(new)
    let operations = editScript(oldLines, newLines)
    guard operations.contains(where: { $0.kind != .same }) else { return "" }
    var output = "--- \(oldName)\n+++ \(newName)\n"
    let changes = operations.indices.filter { operations[$0].kind != .same }
    var groups: [ClosedRange<Int>] = []
    for change in changes {
      if let last = groups.last, change - last.upperBound <= context * 2 + 1 {
        groups[groups.count - 1] = last.lowerBound...change
      } else {
        groups.append(change...change)
      }
    }
    for group in groups {
      let hunk = operations[max(0, group.lowerBound - context)..<min(operations.count, group.upperBound + context + 1)]
      let oldStart = hunk.first?.oldIndex ?? 0
      let newStart = hunk.first?.newIndex ?? 0
      let oldCount = hunk.count { $0.kind != .insert }
      let newCount = hunk.count { $0.kind != .delete }
      output += "@@ -\(oldCount == 0 ? oldStart : oldStart + 1),\(oldCount) +\(newCount == 0 ? newStart : newStart + 1),\(newCount) @@\n"
      for operation in hunk {
        switch operation.kind {
        case .same: output += " " + oldLines[operation.oldIndex]
        case .delete: output += "-" + oldLines[operation.oldIndex]
        case .insert: output += "+" + newLines[operation.newIndex]
        }
        if !output.hasSuffix("\n") { output += "\n\\ No newline at end of file\n" }
      }
    }
    return output
  }

  // MARK: - Private

  private struct Operation {
    enum Kind { case same, delete, insert }
    var kind: Kind
    var oldIndex: Int
    var newIndex: Int
  }

  /// Lines with their line ends kept, so a changed line end shows in the diff.
  private static func lines(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in text {
      current.append(character)
      if character == "\n" || character == "\r\n" {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// A shortest edit script by dynamic programming over the longest common subsequence; posts are small.
  private static func editScript(_ old: [String], _ new: [String]) -> [Operation] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
      suffix += 1
    }
    let oldMiddle = Array(old[prefix..<(old.count - suffix)])
    let newMiddle = Array(new[prefix..<(new.count - suffix)])
    var table = [[Int]](repeating: [Int](repeating: 0, count: newMiddle.count + 1), count: oldMiddle.count + 1)
    for i in stride(from: oldMiddle.count - 1, through: 0, by: -1) {
      for j in stride(from: newMiddle.count - 1, through: 0, by: -1) {
        table[i][j] = oldMiddle[i] == newMiddle[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var operations = (0..<prefix).map { Operation(kind: .same, oldIndex: $0, newIndex: $0) }
    var i = 0
    var j = 0
    while i < oldMiddle.count || j < newMiddle.count {
      if i < oldMiddle.count, j < newMiddle.count, oldMiddle[i] == newMiddle[j] {
        operations.append(Operation(kind: .same, oldIndex: prefix + i, newIndex: prefix + j))
        i += 1
        j += 1
      } else if j < newMiddle.count, i == oldMiddle.count || table[i][j + 1] >= table[i + 1][j] {
        operations.append(Operation(kind: .insert, oldIndex: prefix + i, newIndex: prefix + j))
        j += 1
      } else {
        operations.append(Operation(kind: .delete, oldIndex: prefix + i, newIndex: prefix + j))
        i += 1
      }
    }
    for offset in 0..<suffix {
      operations.append(Operation(kind: .same, oldIndex: old.count - suffix + offset, newIndex: new.count - suffix + offset))
    }
    return operations
  }
}
