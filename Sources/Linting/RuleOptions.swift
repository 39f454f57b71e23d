/// A configuration value for a rule option.
public enum RuleOptionValue: Hashable, Sendable, CustomStringConvertible {
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case strings([String])

  public var description: String {
    switch self {
    case .bool(let value): "\(value)"
    case .int(let value): "\(value)"
    case .double(let value): "\(value)"
    case .string(let value): value
    case .strings(let values): "[" + values.joined(separator: ", ") + "]"
    }
  }
}

/// The options a rule was configured with, over its declared defaults.
public struct RuleOptions: Hashable, Sendable {
  public var values: [String: RuleOptionValue]

  public init(_ values: [String: RuleOptionValue] = [:]) {
    self.values = values
  }

  public func int(_ name: String, default fallback: Int) -> Int {
    switch values[name] {
    case .int(let value): value
    case .double(let value): Int(value)
    default: fallback
    }
  }

  public func double(_ name: String, default fallback: Double) -> Double {
    switch values[name] {
    case .double(let value): value
    case .int(let value): Double(value)
    default: fallback
    }
  }

  public func bool(_ name: String, default fallback: Bool) -> Bool {
    if case .bool(let value) = values[name] { return value }
    return fallback
  }

  public func strings(_ name: String, default fallback: [String]) -> [String] {
    switch values[name] {
    case .strings(let value): value
    case .string(let value): [value]
    default: fallback
    }
  }
}
