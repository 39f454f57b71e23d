public import ContentModel
import TextKit

/// A rule loaded from a pack: data, never code. Literal phrases go through one word trie, patterns
/// through one time-bounded ICU regular expression.
public struct PackRule: DocumentRule {
  public let definition: PackRuleDefinition
  public let ruleDescription: RuleDescription
  private let phrases: PhraseMatcher
  private let exceptions: PhraseMatcher
  /// The patterns joined, compiled when first needed; nil when there are none or `literalPatterns` finds them.
  private let regex: RegexOnFirstUse?
  /// The patterns, when they are plain text and bytes find what `regex` would.
  private let literalPatterns: LiteralPatterns?
  /// What a block must hold for `regex` to match in it, when the patterns tell.
  private let requiredLiterals: RequiredLiterals?
  private let scanner: WordScanner
  /// The automaton this rule's phrases and exceptions were merged into, when a linter shares one among
  /// all its pack rules; its phrases are the member `sharedMember` and its exceptions the next one.
  private var sharedAutomaton: PhraseAutomaton?
  private var sharedMember = 0
  /// The definition's scopes, as bits: asked for every block, where a `Set` would hash each time.
  private let scopes: ScopeSet

  /// Compiles a definition. Throws the pattern's compile error with the pattern's index.
  ///
  /// - Parameter checksPatterns: compile the patterns now to find their mistakes; without, they are
  ///   compiled on first use and must be known to compile (the bundled packs, which the tests compile).
  init(_ definition: PackRuleDefinition, regexTimeLimit: Int = 50, checksPatterns: Bool = true)
    throws(PackRuleCompileError)
  {
    self.definition = definition
    ruleDescription = RuleDescription(
      id: definition.id, defaultSeverity: definition.severity, summary: definition.summary,
      details: definition.details, triggeringExamples: definition.triggeringExamples,
      nonTriggeringExamples: definition.nonTriggeringExamples, source: definition.pack)
    scanner = WordScanner(foldsCase: definition.ignoresCase)
    scopes = ScopeSet(definition.scopes)
    let literal: [String] = definition.kind == .substitution ? definition.swaps.map(\.phrase) : definition.tokens
    phrases = PhraseMatcher(literal.enumerated().map { ($1, $0) }, foldsCase: definition.ignoresCase)
    exceptions = PhraseMatcher(definition.exceptions.enumerated().map { ($1, $0) }, foldsCase: definition.ignoresCase)
    literalPatterns = LiteralPatterns(
      definition.patterns, ignoresCase: definition.ignoresCase, wholeWord: definition.wholeWord)
    requiredLiterals = literalPatterns == nil
      ? RequiredLiterals(definition.patterns, ignoresCase: definition.ignoresCase) : nil
    if definition.patterns.isEmpty {
      regex = nil
    } else {
      regex = try Self.combinedPattern(
        definition, regexTimeLimit: regexTimeLimit, checks: checksPatterns, isRun: literalPatterns == nil)
    }
  }

  /// The patterns as one alternation, checked: each pattern compiled alone, so that a mistake is pinned
  /// to its own pattern, then the alternation. Nil when the rule never runs it (`literalPatterns` does).
  ///
  /// A whole-word alternation is checked without its `[\p{L}\p{N}_]` guards, which are what makes
  /// compiling it slow: they are well formed and sit outside the non-capturing group that holds the
  /// alternation (inline flags end with their group), so the guarded pattern compiles exactly when the bare
  /// one does. Only an alternation that fails is compiled guarded here, for ICU's own error and offset.
  private static func combinedPattern(
    _ definition: PackRuleDefinition, regexTimeLimit: Int, checks: Bool, isRun: Bool
  ) throws(PackRuleCompileError) -> RegexOnFirstUse? {
    for (index, pattern) in definition.patterns.enumerated() where checks {
      do { _ = try ICURegex(pattern) } catch {
        throw PackRuleCompileError(patternIndex: index, reason: error.description)
      }
    }
    let options: ICURegex.Options = definition.ignoresCase ? [.caseInsensitive] : []
    let bare = definition.patterns.map { "(?:\($0))" }.joined(separator: "|")
    var combined = bare
    if definition.wholeWord {
      // The word-character class is read case-sensitively: under case folding ICU closes \p{L} over
      // case, which costs several milliseconds of every start-up and changes what counts as a letter
      // for nothing but a few combining marks.
      combined = "(?-i:(?<![\\p{L}\\p{N}_]))(?:\(bare))(?-i:(?![\\p{L}\\p{N}_]))"
    }
    if checks && (try? ICURegex(bare, options: options, timeLimit: regexTimeLimit)) == nil {
      do { _ = try ICURegex(combined, options: options, timeLimit: regexTimeLimit) } catch {
        throw PackRuleCompileError(patternIndex: 0, reason: error.description)
      }
    }
    return isRun ? RegexOnFirstUse(combined, options: options, timeLimit: regexTimeLimit) : nil
  }

  /// The phrase matchers a shared automaton merges: the rule's phrases, then its exceptions.
  var phraseMatchers: [PhraseMatcher] { [phrases, exceptions] }

  /// This rule reading its phrase matches from `automaton`, where its matchers are the members
  /// `firstMember` (phrases) and `firstMember + 1` (exceptions).
  func sharing(_ automaton: PhraseAutomaton, firstMember: Int) -> PackRule {
    precondition(automaton.foldsCase == scanner.foldsCase, "an automaton's words are folded one way")
    var rule = self
    rule.sharedAutomaton = automaton
    rule.sharedMember = firstMember
    return rule
  }

  public func check(_ document: Document) throws(RuleError) -> [Finding] {
    try check(document, sharing: SharedPackMatches(document))
  }

  /// The findings in `document`, reading whole-block phrase matches from `shared`, which the linter hands
  /// to all its pack rules so that each block is walked once and each rule reads the walk by index.
  func check(_ document: Document, sharing shared: SharedPackMatches) throws(RuleError) -> [Finding] {
    var findings: [Finding] = []
    let phraseGate = phraseGate
    let titleIndex = shared.titleIndex
    // Unit by unit as the blocks come: no list of units is built for the many blocks that match nothing.
    // Blocks are read in place, not copied out of the array, for the many this rule passes by.
    let blocks = document.blocks
    for index in blocks.indices where blocks[index].role == .content {
      let scope: PackRuleDefinition.Scope
      switch blocks[index].kind {
      case .code: continue
      case .heading: scope = index == titleIndex ? .title : .heading
      case .paragraph: scope = .paragraph
      case .listItem: scope = .listItem
      case .quote: scope = .quote
      case .tableCell: scope = .tableCell
      }
      if scopes.contains(scope) {
        if let phraseGate, !shared.matched(index, automaton: phraseGate, member: sharedMember) {
          continue
        }
        let block = blocks[index]
        let unit = Unit(
          block: block, range: block.text.startIndex..<block.text.endIndex, wholeBlock: (shared, index))
        try check(unit, into: &findings)
      } else if scopes.contains(.sentence), scope != .title, scope != .heading {
        let block = blocks[index]
        for sentence in block.sentences(locale: document.metadata.lang ?? "en") {
          try check(Unit(block: block, range: sentence), into: &findings)
        }
      }
    }
    return findings
  }

  /// The shared automaton, when a whole-block unit can find nothing unless one of this rule's phrases
  /// matched in it: a rule of phrases alone whose findings all come from phrase matches (an occurrence
  /// rule with a minimum flags a unit for matching too little, so it is never gated). Most blocks match
  /// none of a rule's phrases; with the gate the rule passes them by after one look at the
  /// document's shared walks.
  private var phraseGate: PhraseAutomaton? {
    guard let sharedAutomaton, !phrases.isEmpty, definition.patterns.isEmpty else { return nil }
    switch definition.kind {
    case .existence, .substitution: return sharedAutomaton
    case .occurrence: return definition.minimum == nil ? sharedAutomaton : nil
    case .repetition: return nil
    }
  }

  private func check(_ unit: Unit, into findings: inout [Finding]) throws(RuleError) {
    let found: [Finding]
    switch definition.kind {
    case .existence: found = try existence(in: unit)
    case .substitution: found = substitution(in: unit)
    case .occurrence: found = try occurrence(in: unit)
    case .repetition: found = repetition(in: unit)
    }
    if !found.isEmpty { findings += found }
  }

  // MARK: - Scopes

  /// A stretch of one block the rule looks at: the whole block or one of its sentences.
  private struct Unit {
    var block: Block
    var range: Range<String.Index>
    /// For a unit that is a whole block: the document's shared walks and the block's index among them.
    var wholeBlock: (shared: SharedPackMatches, index: Int)? = nil
    var text: Substring { block.text[range] }

    /// The shared automaton's matches in the unit: read from the document's shared walks for a whole
    /// block, else from the walk of this stretch kept in the block's memo.
    func sharedMatches(_ automaton: PhraseAutomaton) -> PhraseAutomaton.Matches {
      if let wholeBlock { return wholeBlock.shared.wholeBlock(wholeBlock.index, automaton: automaton) }
      return PackRule.sharedMatches(in: block, within: range, automaton: automaton)
    }
  }

  // MARK: - Kinds

  /// Every phrase and pattern match in the unit, minus those an exception covers, in text order.
  private func matches(in unit: Unit) throws(RuleError) -> [(range: Range<String.Index>, payload: Int)] {
    // Phrase matches come with ranges in the block's text; pattern matches are rebased into it below.
    var found = phraseMatches(in: unit).map { (range: $0.range, payload: $0.payload) }
    if let literalPatterns {
      found += literalPatterns.matches(in: unit.block.text, within: unit.range).map { (range: $0, payload: -1) }
    } else if let regex, requiredLiterals?.mayMatch(in: unit.block.text, within: unit.range) ?? true {
      let text = String(unit.text)
      let compiled: ICURegex
      do {
        compiled = try regex.regex()
      } catch {
        throw .invalidPattern(rule: definition.id, pattern: regex.pattern, reason: error.description)
      }
      do {
        found += try compiled.matches(in: text).filter { !$0.isEmpty }.map {
          // Back into the block's indices, so that positions come from the block's source map.
          (range: Self.rebase($0, from: text, into: unit), payload: -1)
        }
      } catch {
        throw .timedOut(rule: definition.id, pattern: regex.pattern)
      }
    }
    if found.isEmpty { return [] }
    if !exceptions.isEmpty {
      let excused = exceptionMatches(in: unit).map(\.range)
      found.removeAll { match in excused.contains { $0.overlaps(match.range) } }
    }
    found.sort { $0.range.lowerBound < $1.range.lowerBound }
    // A phrase and a pattern may match the same words: keep the first of overlapping matches.
    var kept: [(range: Range<String.Index>, payload: Int)] = []
    for match in found where kept.last.map({ $0.range.upperBound <= match.range.lowerBound }) ?? true {
      kept.append(match)
    }
    return kept
  }

  private func phraseMatches(in unit: Unit) -> [PhraseMatcher.Match] {
    // A rule of patterns alone has no phrase to find: no need to ask the block's memo.
    if phrases.isEmpty { return [] }
    guard let sharedAutomaton else { return phrases.matches(in: words(of: unit)) }
    return unit.sharedMatches(sharedAutomaton)[sharedMember]
  }

  private func exceptionMatches(in unit: Unit) -> [PhraseMatcher.Match] {
    guard let sharedAutomaton else { return exceptions.matches(in: words(of: unit)) }
    return unit.sharedMatches(sharedAutomaton)[sharedMember + 1]
  }

  /// The unit's words, scanned once per block and unit for all packs, with ranges in the block's text.
  private func words(of unit: Unit) -> [WordScanner.Word] {
    unit.block.packWords(in: unit.range, foldsCase: scanner.foldsCase)
  }

  /// One walk of the shared automaton per unit, kept in the block's memo for every rule that shares it.
  fileprivate static func sharedMatches(
    in block: Block, within range: Range<String.Index>, automaton: PhraseAutomaton
  ) -> PhraseAutomaton.Matches {
    let key = block.memoKey(Block.MemoKind.automata + automaton.identity, of: range)
    return block.memo.value(key) { automaton.matches(in: block.text, within: range) }
  }

  private func existence(in unit: Unit) throws(RuleError) -> [Finding] {
    try matches(in: unit).map { match in
      let matched = String(unit.block.text[match.range])
      return finding(
        unit.block, match.range, message: format(definition.message, matched), suggestion: definition.suggestion)
    }
  }

  private func substitution(in unit: Unit) -> [Finding] {
    return phraseMatches(in: unit).compactMap { match in
      let range = match.range
      let matched = String(unit.block.text[range])
      let replacement = Self.matchingCase(definition.swaps[match.payload].replacement, of: matched)
      if matched == replacement { return nil }
      let suggestion = definition.suggestion.map { format($0, matched, replacement) } ?? "Write '\(replacement)'."
      return finding(
        unit.block, range, message: format(definition.message, matched, replacement), suggestion: suggestion)
    }
  }

  private func occurrence(in unit: Unit) throws(RuleError) -> [Finding] {
    let counted: [Range<String.Index>]
    if phrases.isEmpty && definition.patterns.isEmpty {
      counted = Segmenter.words(in: String(unit.text)).map { Self.rebase($0, from: String(unit.text), into: unit) }
    } else {
      counted = try matches(in: unit).map(\.range)
    }
    if let maximum = definition.maximum, counted.count > maximum {
      // Flag the first occurrence past the limit when counting phrases; the whole unit when counting words.
      let range = phrases.isEmpty && definition.patterns.isEmpty ? unit.range : counted[maximum]
      return [
        finding(
          unit.block, range, message: format(definition.message, "\(counted.count)"), suggestion: definition.suggestion)
      ]
    }
    if let minimum = definition.minimum, counted.count < minimum {
      return [
        finding(
          unit.block, unit.range, message: format(definition.message, "\(counted.count)"),
          suggestion: definition.suggestion)
      ]
    }
    return []
  }

  private func repetition(in unit: Unit) -> [Finding] {
    let text = String(unit.text)
    let words = WordScanner(foldsCase: true).words(in: text)
    let allowed = Set(definition.exceptions.map { $0.lowercased() })
    var findings: [Finding] = []
    var index = 1
    while index < words.count {
      let previous = words[index - 1]
      let word = words[index]
      let gap = text[previous.range.upperBound..<word.range.lowerBound]
      if word.key == previous.key, gap.allSatisfy({ $0 == " " || $0 == "\u{A0}" || $0 == "\n" }),
        word.key.contains(where: \.isLetter), !allowed.contains(word.key)
      {
        let range = Self.rebase(previous.range.lowerBound..<word.range.upperBound, from: text, into: unit)
        let removed = Self.rebase(previous.range.upperBound..<word.range.upperBound, from: text, into: unit)
        let matched = String(unit.block.text[range])
        var result = finding(
          unit.block, range, message: format(definition.message, String(text[word.range])),
          suggestion: definition.suggestion ?? "Delete the second '\(text[word.range])'.")
        result.fix = straightFix(deleting: removed, in: unit.block)
        result.fingerprintText = matched
        findings.append(result)
        index += 2
      } else {
        index += 1
      }
    }
    return findings
  }

  // MARK: - Findings

  private func finding(_ block: Block, _ range: Range<String.Index>, message: String, suggestion: String?) -> Finding {
    let matched = String(block.text[range])
    return Finding(
      rule: definition.id, severity: definition.severity, message: message, range: block.sourceRange(of: range),
      excerpt: matched.excerpt(), suggestion: suggestion, fingerprintText: matched)
  }

  /// A deletion is offered only when the text stands in the file exactly as it reads (one line, no
  /// markup or character reference inside), so that applying it cannot break the markup.
  private func straightFix(deleting range: Range<String.Index>, in block: Block) -> Fix? {
    let offsets = block.scalarOffsets(of: range)
    let source = block.sourceRange(ofScalars: offsets)
    guard source.start.line == source.end.line, source.end.column - source.start.column == offsets.count else {
      return nil
    }
    return Fix(kind: .delete, range: source)
  }

  /// `%s` placeholders filled in order; a message with fewer placeholders than values ignores the rest.
  private func format(_ template: String, _ values: String...) -> String {
    var output = ""
    var remaining = values[...]
    var rest = template[...]
    while let placeholder = rest.range(of: "%s") {
      output += rest[..<placeholder.lowerBound]
      output += remaining.popFirst() ?? ""
      rest = rest[placeholder.upperBound...]
    }
    return output + rest
  }

  private static func rebase(_ range: Range<String.Index>, from text: String, into unit: Unit) -> Range<String.Index> {
    let scalars = text.unicodeScalars
    let lower = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
    let length = scalars.distance(from: range.lowerBound, to: range.upperBound)
    let blockScalars = unit.block.text.unicodeScalars
    let start = blockScalars.index(unit.range.lowerBound, offsetBy: lower)
    return start..<blockScalars.index(start, offsetBy: length)
  }

  /// "Utilize" → "Use": the preferred wording takes the capital of the text it replaces.
  private static func matchingCase(_ replacement: String, of matched: String) -> String {
    guard let first = matched.first, first.isUppercase, let head = replacement.first else { return replacement }
    return head.uppercased() + replacement.dropFirst()
  }
}

/// A set of scopes as bits, one per case of `PackRuleDefinition.Scope`.
private struct ScopeSet {
  private var bits: UInt16 = 0

  init(_ scopes: Set<PackRuleDefinition.Scope>) {
    for scope in scopes { bits |= Self.bit(scope) }
  }

  func contains(_ scope: PackRuleDefinition.Scope) -> Bool { bits & Self.bit(scope) != 0 }

  private static func bit(_ scope: PackRuleDefinition.Scope) -> UInt16 {
    switch scope {
    case .title: 1
    case .heading: 2
    case .paragraph: 4
    case .listItem: 8
    case .quote: 16
    case .tableCell: 32
    case .sentence: 64
    }
  }
}

/// A pack rule's pattern that ICU would not compile.
struct PackRuleCompileError: Error {
  var patternIndex: Int
  var reason: String
}
