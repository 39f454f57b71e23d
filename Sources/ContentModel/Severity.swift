/// How much a finding matters. Ordered: `suggestion < warning < error`.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  case suggestion
  case warning
  case error

  private var rank: Int {
    switch self {
    case .suggestion: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
