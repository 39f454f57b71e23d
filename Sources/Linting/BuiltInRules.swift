/// Every rule compiled into contentlint. A test fails when a rule type is missing from this list.
public enum BuiltInRules {
  public static let all: [any BuiltInRule.Type] = [
    DuplicateParagraphRule.self,
    AIBoilerplateRule.self,
    ClinicalClaimRule.self,
    ScrapeResidueRule.self,
  ]

  /// Builds a configured rule of the given type as a rule of either kind.
  public static func make(_ type: any BuiltInRule.Type, options: RuleOptions) throws(RuleError) -> AnyRule {
    try type.init(options: options).asAnyRule
  }
}
