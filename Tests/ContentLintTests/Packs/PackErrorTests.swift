import Linting
import Testing

/// A broken pack names its file and the line of the mistake.
@Suite struct PackErrorTests {
  private func error(_ yaml: String) -> ConfigurationError? {
    do {
      _ = try PackLoader.rule(yaml: yaml, pack: "house", name: "broken", file: "packs/house/broken.yml")
      return nil
    } catch {
      return error
    }
  }

  @Test func yamlSyntaxError() throws {
    let found = try #require(error("kind: existence\nmessage: \"x\ntokens: [a, b\n"))
    #expect(found.file == "packs/house/broken.yml")
    #expect(found.line != nil)
    #expect(found.message.contains("YAML syntax error"))
  }

  @Test func unknownKind() throws {
    let found = try #require(error("message: x\ntokens: [a]\nkind: exist\n"))
    #expect(found.line == 3)
    #expect(found.message.contains("unknown kind 'exist'"))
    #expect(found.description.hasPrefix("packs/house/broken.yml:3: "))
  }

  @Test func unknownKey() throws {
    let found = try #require(error("kind: existence\nmessage: x\ntokens: [a]\nlevel: error\n"))
    #expect(found.line == 4)
    #expect(found.message.contains("unknown key 'level'"))
  }

  @Test func keyOfAnotherKind() throws {
    let found = try #require(error("kind: repetition\nmessage: x\nswap: {a: b}\n"))
    #expect(found.line == 3)
  }

  @Test func badRegexPointsAtItsPattern() throws {
    let found = try #require(error("kind: existence\nmessage: x\npatterns:\n  - 'fine'\n  - '(unclosed'\n"))
    #expect(found.line == 5)
    #expect(found.message.contains("invalid regular expression"))
  }

  @Test func missingPartsAndBadValues() throws {
    #expect(error("kind: existence\nmessage: x\n")?.message.contains("needs 'tokens' or 'patterns'") == true)
    #expect(error("kind: occurrence\nmessage: x\n")?.message.contains("'max' or 'min'") == true)
    #expect(error("kind: existence\ntokens: [a]\n")?.message.contains("'message'") == true)
    #expect(error("kind: existence\nmessage: x\ntokens: [a]\nscope: code\n")?.line == 4)
    #expect(error("kind: existence\nmessage: x\ntokens: [a]\nseverity: fatal\n")?.line == 4)
  }
}
