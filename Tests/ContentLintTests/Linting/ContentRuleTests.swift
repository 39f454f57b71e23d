import ContentModel
import Ingest
import Linting
import Testing

/// What the three content rules say and offer beyond where they fire: severities, messages,
/// suggestions and fixes.
@Suite struct ContentRuleTests {
  private func findings(_ rule: any BuiltInRule.Type, _ text: String, format: SourceFormat = .text) throws -> [Finding]
  {
    let ingester: any Ingester = format == .html ? HTMLIngester() : TextIngester()
    let document = try ingester.ingest(Array(text.utf8), path: format == .html ? "post.html" : "post.txt")
    return try Linter(rules: [BuiltInRules.make(rule, options: RuleOptions())]).lint(document).findings
  }

  private let healthIntro = "Our clinic sees patients with anxiety, pain and other symptoms every week.\n\n"

  @Test func clinicalClaimSeveritiesFollowTheKindOfClaim() throws {
    let found = try findings(
      ClinicalClaimRule.self,
      healthIntro + "Our balm cures eczema.\n\nYoga lowers blood pressure.\n\nYou can stop taking your statins now.\n")
    #expect(found.map(\.severity) == [.error, .warning, .error])
    #expect(found.map(\.range.start.line) == [3, 5, 7])
    #expect(found[0].message == "Claims to cure or reverse a named condition.")
    #expect(found[1].message == "States a health effect as fact, with no hedge and no source.")
    #expect(found[2].message == "Advises stopping prescribed medication.")
  }

  @Test func everyClinicalFindingSuggestsAHedgedSourcedRewording() throws {
    let found = try findings(
      ClinicalClaimRule.self, healthIntro + "Taken daily, ashwagandha may eliminate anxiety within a month.\n")
    let finding = try #require(found.first)
    #expect(
      finding.suggestion
        == "Hedge and source it, e.g. “Ashwagandha may help with anxiety in some people”; cite the source.")
    #expect(finding.fix == nil, "rewording a claim needs a person")
  }

  @Test func clinicalClaimFlagsTheSentenceNotTheParagraph() throws {
    let found = try findings(
      ClinicalClaimRule.self, healthIntro + "Rest helps. Mindfulness reduces anxiety. Sleep well.\n")
    let finding = try #require(found.first)
    #expect(finding.range.start == SourcePosition(line: 3, column: 13))
    #expect(finding.range.end == SourcePosition(line: 3, column: 41))
  }

  @Test func aPostThatIsNotAboutHealthHasNoClinicalClaims() throws {
    let recipe = "Cure the salmon for two days.\n\nThis cure eliminates the fishy smell forever, guaranteed.\n"
    #expect(try findings(ClinicalClaimRule.self, recipe).isEmpty)
  }

  @Test func aiBoilerplateDeletesAWholeBoilerplateBlockButNotAPlaceholderInProse() throws {
    let found = try findings(
      AIBoilerplateRule.self,
      "At [Insert clinic name], we listen.\n\nPlants need light.\n\nI hope this helps! Would you like me to add a FAQ?\n"
    )
    #expect(found.count == 3)
    #expect(found[0].fix == nil)
    #expect(found[0].suggestion == "Fill in the real value or delete the placeholder.")
    #expect(found[1].fix?.kind == .delete)
    #expect(found[1].fix?.range == SourceRange(start: .init(line: 5, column: 1), end: .init(line: 5, column: 51)))
    #expect(found.allSatisfy { $0.severity == .error })
  }

  @Test func anOfferMidPostCountsOnlyWhenItTalksAboutTheDraft() throws {
    let middle = (1...8).map { "Paragraph \($0) is about watering tomatoes in a dry summer." }
    var blocks = middle
    blocks.insert("Would you like me to show you the trick? Pinch out the side shoots.", at: 4)
    #expect(try findings(AIBoilerplateRule.self, blocks.joined(separator: "\n\n")).isEmpty)
    blocks[4] = "Would you like me to write a shorter version of this post?"
    #expect(try findings(AIBoilerplateRule.self, blocks.joined(separator: "\n\n")).count == 1)
  }

  @Test func scrapeResidueNamesTheKindAndDeletesTheBlock() throws {
    let html = """
      <html><body><article><h1>Tomatoes</h1><p>Water deeply twice a week in summer.</p>
      <p>Tags: tomatoes, summer</p></article></body></html>
      """
    let found = try findings(ScrapeResidueRule.self, html, format: .html)
    let finding = try #require(found.first)
    #expect(found.count == 1)
    #expect(finding.message == "Scraped page furniture (tag line) left in the post.")
    #expect(finding.range.start == SourcePosition(line: 2, column: 4))
    #expect(
      finding.fix
        == Fix(kind: .delete, range: SourceRange(start: .init(line: 2, column: 1), end: .init(line: 2, column: 30))))
  }

  @Test func furnitureGluedToAParagraphIsReportedWithoutAFix() throws {
    let found = try findings(
      ScrapeResidueRule.self, "Water deeply twice a week in summer, more in pots. Share this post\n")
    let finding = try #require(found.first)
    #expect(finding.range.start == SourcePosition(line: 1, column: 52))
    #expect(finding.fix == nil)
    #expect(finding.suggestion == "Delete this line.")
  }
}
