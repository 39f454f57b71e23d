extension RuleOptionValue {
  /// The value as the type of `expected` (an option's default), when it can be read so: a whole number
  /// where a number is wanted, one string where a list is wanted. Nil for a value of another type.
  public func coerced(like expected: RuleOptionValue) -> RuleOptionValue? {
    switch (expected, self) {
    case (.bool, .bool), (.int, .int), (.double, .double), (.string, .string), (.strings, .strings): self
    case (.double, .int(let value)): .double(Double(value))
    case (.strings, .string(let value)): .strings([value])
    case (.string, .int), (.string, .double), (.string, .bool): .string(description)
    default: nil
    }
  }

  /// The kind of value, for messages.
  public var typeName: String {
    switch self {
    case .bool: "true or false"
    case .int: "a whole number"
    case .double: "a number"
    case .string: "text"
    case .strings: "a list"
    }
  }
}
