import ContentModel
import TextKit

/// Flags health claims that promise more than evidence can support, sentence by sentence, in posts
/// about health: cures of named conditions, guarantees and absolutes, "clinically proven" with no source,
/// advice to stop prescribed medication (errors), and unhedged, unsourced claims of effect (warnings).
public struct ClinicalClaimRule: BuiltInRule, DocumentRule {
  public static let description = RuleDescription(
    id: "clinical-claim",
    defaultSeverity: .error,
    summary: "A health claim that promises a cure or a result, or states an effect with no hedge and no source.",
    details: """
      Health regulators ask for competent evidence behind efficacy claims (FTC Health Products \
      Compliance Guidance, 2022) and separate disease claims (diagnose, cure, treat, prevent) from \
      softer wording; the UK CAP Code bars claims to treat medical conditions without evidence. In a \
      post about health, each sentence is read on its own:

      - error: a cure-type verb (cures, eliminates, eradicates, reverses, heals) with a named condition, \
      even after "may"; guarantees and absolutes (guaranteed, 100%, permanently, forever, never again, \
      instantly, miracle) about a condition; "clinically/scientifically proven" with no source in the \
      same paragraph; advice to stop prescribed medication;
      - warning: a causal claim of effect with no hedge and no source ("mindfulness reduces anxiety", \
      "therapy treats PTSD").

      Hedged, scoped or sourced wording ("may help", "research suggests", "in a 2019 randomised trial, \
      60% improved"), negations ("no therapy can guarantee results"), evidence status ("CBT is an \
      evidence-based treatment for depression"), questions, reported claims ("myth", "some guides say") \
      and other senses of the words ("cure the salmon", "treat yourself") are left alone, and so is any \
      post that is not about health. Each finding suggests a hedged, sourced rewording.
      """,
    triggeringExamples: [
      RuleExample(
        "Our pharmacists see patients with allergy symptoms.\n\n1️⃣Local honey cures hay fever, so buy a jar from our shop."
      ),
      RuleExample(
        "Our clinic offers therapy for patients with many conditions and symptoms.\n\n"
          + "1️⃣Our magnesium glycinate powder cures insomnia in a week.", note: "A cure verb with a named condition."),
      RuleExample(
        "Therapy helps patients with symptoms of stress.\n\n1️⃣Taken every morning, ashwagandha may eliminate anxiety within a month.",
        note: "“may” does not soften a cure."),
      RuleExample("Physio treatment for patients in pain.\n\n1️⃣Strength training reverses osteoporosis, so start now."),
      RuleExample(
        "Our therapists see patients with symptoms of trauma.\n\n1️⃣Our intensive programme is clinically proven to heal complex PTSD."
      ),
      RuleExample(
        "Dental treatment for patients.\n\n1️⃣Clinically proven to rebuild damaged gums in 30 days.",
        note: "No source in the paragraph."),
      RuleExample(
        "Our clinic treats patients with back pain.\n\n1️⃣Guaranteed results: most of our patients are pain-free after three sessions."
      ),
      RuleExample(
        "Supplements for patients with joint pain.\n\n1️⃣100% of our customers report less joint pain within 30 days."),
      RuleExample(
        "Therapy for patients with panic symptoms.\n\n1️⃣This miracle breathing technique ends panic attacks for good."),
      RuleExample(
        "Treatment for patients with eczema symptoms.\n\n1️⃣Our calming balm instantly clears eczema flare-ups."),
      RuleExample(
        "Rehab for patients after injury and pain.\n\n1️⃣Follow our plan and you will never again suffer a knee injury."),
      RuleExample(
        "Our clinic treats patients with snoring symptoms.\n\n1️⃣Once your snoring settles, you can stop taking your blood pressure medication.",
        note: "Advice to stop prescribed medication."),
      RuleExample(
        "Our dietitians see patients with arthritis symptoms.\n\n"
          + "1️⃣Many clients follow this plan and stop taking their prescribed arthritis medication within a month."),
      RuleExample(
        "Therapy for patients with anxiety symptoms.\n\n1️⃣Mindfulness reduces anxiety, and ten minutes a day is enough.",
        note: "A warning."),
      RuleExample(
        "Therapy for patients with trauma symptoms.\n\n1️⃣Trauma-focused CBT treats PTSD, whatever the original trauma was."
      ),
      RuleExample(
        "Physio for patients in pain.\n\n1️⃣Physiotherapy relieves lower back pain, and our team sees it every week."),
      RuleExample("Dental care for patients.\n\nFlossing twice a day is a habit. 1️⃣Flossing prevents gum disease."),
      RuleExample(
        "Nutrition for patients with symptoms.\n\n1️⃣Omega-3 supplements lower triglycerides, so we stock them."),
      RuleExample(
        "Our clinic sees patients with headaches and other symptoms.\n\n1️⃣Acupuncture cures migraines in three sessions."
      ),
      RuleExample(
        "Our clinic sees patients with asthma symptoms.\n\n1️⃣You can ditch your inhaler after six weeks of our breathing course."
      ),
      RuleExample(
        "Our clinic sees patients with symptoms.\n\n1️⃣Cold water swimming boosts your immune system and wards off depression."
      ),
      RuleExample(
        "Our clinic sees patients with joint symptoms.\n\n1️⃣Our supplement is clinically proven to support joint health."
      ),
      RuleExample(
        "<html><body><article><h1>Sleep</h1><p>Our doctors see patients with insomnia and other sleep symptoms.</p>"
          + "<p>1️⃣Magnesium relieves restless legs at night.</p></article></body></html>",
        format: .html, note: "Positions are in the raw markup."),
    ],
    nonTriggeringExamples: [
      RuleExample(
        "Our pharmacists see patients with allergy symptoms.\n\nSaline rinses relieve congestion for most people."),
      RuleExample(
        "Our pharmacists see patients with allergy symptoms.\n\nThere is no permanent cure for hay fever, but symptoms can be controlled."
      ),
      RuleExample(
        "Therapy for patients with anxiety symptoms.\n\nResearch suggests that mindfulness may help some people manage anxiety."
      ),
      RuleExample(
        "Therapy for patients with symptoms.\n\nIn a 2019 randomised trial of 60 adults, 60% reported lower stress scores."
      ),
      RuleExample(
        "Treatment for patients in pain.\n\nNo therapy can guarantee results, and a good therapist will never promise them."
      ),
      RuleExample(
        "Therapy for patients with symptoms.\n\nCBT is an evidence-based treatment for depression in adults."),
      RuleExample(
        "Therapy for patients with symptoms.\n\nNICE recommends trauma-focused CBT and EMDR as treatments for PTSD."),
      RuleExample(
        "Skin treatment for patients.\n\nThere is no cure for rosacea, but many people manage their symptoms well."),
      RuleExample(
        "Supplements for patients in pain.\n\nNo supplement can cure osteoarthritis, and collagen is no exception."),
      RuleExample(
        "Medication for patients with symptoms.\n\nIf you take antidepressants, do not stop them without talking to your GP first.",
        note: "Advice NOT to stop medication."),
      RuleExample(
        "Never stop or change a prescribed medication without speaking to your doctor, say our patients' GPs."),
      RuleExample(
        "How to cure salmon: cure the salmon with salt, sugar and dill for two days in the fridge.",
        note: "Another sense."),
      RuleExample(
        "Treat yourself to a good pair of trainers; your knees and your patients' feet will thank you for it."),
      RuleExample(
        "Therapy for patients with symptoms.\n\nDoes magnesium cure insomnia? The short answer is that nobody knows yet."
      ),
      RuleExample(
        "Therapy for patients with symptoms.\n\nBe wary of products that promise to cure eczema overnight.",
        note: "A warning about claims is not a claim."),
      RuleExample(
        "Therapy for patients with symptoms.\n\nSome older guides say copper bracelets eliminate arthritis; they do not."
      ),
      RuleExample(
        "Prolonged exposure has been clinically proven effective for PTSD in many randomised trials, including a 2010 meta-analysis [1].",
        note: "“Clinically proven” with its source in the paragraph."),
      RuleExample(
        "Our tomato plants had blight. There is no cure once it takes hold, and copper sprays eliminate nothing."),
      RuleExample(
        "The tram is guaranteed to be packed by ten, and you instantly forget the traffic in the moss garden."),
      RuleExample(
        "Therapy offers a structured space, helps individuals develop tools, and gives a consistent space to heal and evolve."
      ),
      RuleExample(
        "Therapy for patients with symptoms.\n\nExercises for lower back pain are simple: start with the bridge."),
      RuleExample("Treatment for patients.\n\nOur algae capsule shell is 100% plant-based and free from gelatine."),
      RuleExample(
        "Physio for patients.\n\n[3] Grindem H, et al. Simple decision rules can reduce reinjury risk by 84%."),
      RuleExample("Therapy for patients with symptoms.\n\nWe treat every client with respect, whatever their history."),
      RuleExample("Therapy for patients with symptoms.\n\nAntibiotics do not treat viral infections such as colds."),
      RuleExample(
        "Therapy for patients with symptoms.\n\nThe ointment was marketed as a miracle cure for eczema, and the maker was fined."
      ),
      RuleExample(
        "Therapy for patients with symptoms.\n\nA good night's sleep won't cure burnout, but it is a start. Nothing cures a hangover."
      ),
      RuleExample(
        "Therapy for patients with symptoms.\n\nShe spent years trying to heal from the trauma of the accident."),
      RuleExample(
        "Doctors see patients with lung symptoms.\n\nUndiagnosed, it can lead to permanent lung scarring. Doctors caught it early enough to reverse the inflammation.",
        note: "Harm described and a story told, nothing promised."),
      RuleExample(
        "Doctors study patients with lung symptoms.\n\nShe studies how tissue repairs itself after inflammation."),
      RuleExample(
        "Therapy for patients with symptoms.\n\nIce reduces swelling in the first 48 hours after a sprain, according to NHS guidance."
      ),
      RuleExample(
        "Physio for patients in pain.\n\nOur programme is clinically proven to reduce knee pain, as shown in a 2021 trial published in the BMJ."
      ),
    ])

  public init(options: RuleOptions) throws(RuleError) {}

  public func check(_ document: Document) throws(RuleError) -> [Finding] {
    guard Self.isHealthPost(document) else { return [] }
    var findings: [Finding] = []
    for block in document.blocks where block.role == .content && block.kind != .code && !Self.isReferenceEntry(block) {
      // Every kind of claim needs one of a few words (or "100") and, but for two kinds, a named condition
      // in the same sentence: a block without them is not split into sentences, and a sentence without
      // them is not read.
      let spots: ClaimSpots?
      if let read = HealthLexicon.claimSpots.spots(in: block.text) {
        guard read.mayClaim else { continue }
        spots = read
      } else {
        guard HealthLexicon.claimWords.mayClaim(block) else { continue }
        spots = nil
      }
      var paragraphSourced: Bool?
      let isParagraphSourced = {
        if let known = paragraphSourced { return known }
        let sourced = block.wordScan.contains(HealthLexicon.sources) || Self.hasCitation(block.text)
        paragraphSourced = sourced
        return sourced
      }
      let utf8 = block.text.utf8
      for sentence in block.sentences() {
        if let spots, !Self.mayCutWord(block.text, at: sentence.lowerBound),
          !Self.mayCutWord(block.text, at: sentence.upperBound),
          !spots.mayClaim(
            within: utf8.distance(from: utf8.startIndex, to: sentence.lowerBound)
              ..< utf8.distance(from: utf8.startIndex, to: sentence.upperBound))
        {
          continue
        }
        guard let claim = Self.claim(in: block, sentence: sentence, paragraphSourced: isParagraphSourced) else {
          continue
        }
        let text = String(block.text[sentence])
        findings.append(
          Finding(
            rule: Self.description.id, severity: claim.kind.severity, message: Self.message(claim.kind),
            range: block.sourceRange(of: sentence), excerpt: text.excerpt(),
            suggestion: Self.suggestion(claim), fingerprintText: text.lowercased()))
      }
    }
    return findings
  }

  /// True when the bytes on both sides of a sentence bound could belong to one word: the words of that
  /// sentence's scan may then differ from the block's, where its spots were found.
  private static func mayCutWord(_ text: String, at bound: String.Index) -> Bool {
    let utf8 = text.utf8
    guard bound > utf8.startIndex, bound < utf8.endIndex else { return false }
    func mayBeInWord(_ byte: UInt8) -> Bool { ASCIIWordSpans.isAlphanumeric(byte) || byte == 0x27 || byte >= 0x80 }
    return mayBeInWord(utf8[utf8.index(before: bound)]) && mayBeInWord(utf8[bound])
  }

  // MARK: - Claims

  fileprivate enum Kind {
    case cure, absolute, unsourcedProof, stopMedication, effect

    var severity: Severity { self == .effect ? .warning : .error }
  }

  /// What a sentence claims: the kind, who or what it is said of, and the condition named.
  fileprivate struct Claim {
    var kind: Kind
    var subject: String
    var condition: String?
  }

  private static func claim(in block: Block, sentence: Range<String.Index>, paragraphSourced: () -> Bool) -> Claim? {
    let text = block.text
    if text[sentence].last == "?" { return nil }
    // The sentence's own scan, not a slice of the block's: few sentences of a block get here, and the
    // two agree word for word (see `WordScan.slice`).
    let scan = WordScan(text, in: sentence)
    // Most sentences hold no word a claim needs: turn them away before the phrase lists are read.
    guard HealthLexicon.claimWords.mayClaim(scan, text: text[sentence]) else { return nil }
    guard !scan.isEmpty, !scan.contains(HealthLexicon.reportedClaims) else { return nil }
    if let medication = stopsMedication(scan) {
      return Claim(kind: .stopMedication, subject: "", condition: medication)
    }
    for verb in scan.matches(of: HealthLexicon.cureVerbs)
    where !isNegated(scan, before: verb.lowerBound) && !isNarrativeInfinitive(scan, verb) {
      if let condition = condition(in: scan, after: verb.upperBound) {
        return Claim(kind: .cure, subject: subject(scan, before: verb.lowerBound), condition: condition)
      }
    }
    let sentenceText = String(text[sentence])
    let hundredPercent =
      sentenceText.containsText("100")
      && (sentenceText.containsText("100%") || sentenceText.containsText("100 %")
        || sentenceText.lowercased().containsText("100 percent"))
    let absolute = scan.matches(of: HealthLexicon.absolutes).first { !isNegated(scan, before: $0.lowerBound) }
    // An absolute about harm ("can lead to permanent scarring") promises nothing: it needs a result.
    let promisesResult =
      scan.contains(HealthLexicon.effectVerbs) || scan.contains(HealthLexicon.cureVerbs)
      || scan.contains(HealthLexicon.outcomes)
    if absolute != nil || hundredPercent, promisesResult, let condition = condition(in: scan, after: 0) {
      let verb = scan.firstMatch(of: HealthLexicon.effectVerbs) ?? scan.firstMatch(of: HealthLexicon.cureVerbs)
      return Claim(
        kind: .absolute, subject: verb.map { subject(scan, before: $0.lowerBound) } ?? "", condition: condition)
    }
    if let proof = scan.firstMatch(of: HealthLexicon.provenClaims), !paragraphSourced(),
      !isNegated(scan, before: proof.lowerBound)
    {
      return Claim(
        kind: .unsourcedProof, subject: subject(scan, before: proof.lowerBound),
        condition: condition(in: scan, after: 0))
    }
    // Only a verb of effect is left to make a claim: look for one before reading sources and citations.
    guard scan.contains(HealthLexicon.effectVerbs), !scan.contains(HealthLexicon.sources),
      !hasCitation(String(text[sentence]))
    else { return nil }
    for verb in scan.matches(of: HealthLexicon.effectVerbs)
    where isVerb(scan, verb) && !isNegated(scan, before: verb.lowerBound) && !isHedged(scan, verb) {
      if let condition = condition(in: scan, after: verb.upperBound) {
        return Claim(kind: .effect, subject: subject(scan, before: verb.lowerBound), condition: condition)
      }
    }
    return nil
  }

  /// "stop taking your blood pressure medication", not "do not stop … without talking to your GP".
  private static func stopsMedication(_ scan: WordScan) -> String? {
    guard !scan.contains(HealthLexicon.consultAdvice) else { return nil }
    for stop in scan.matches(of: HealthLexicon.stopMedication) where !isNegated(scan, before: stop.lowerBound) {
      let window = stop.upperBound..<min(scan.words.count, stop.upperBound + 6)
      if let medication = window.lazy.compactMap({ scan.match(of: HealthLexicon.medication, at: $0) }).first {
        return String(scan.text[scan.range(ofWords: stop.upperBound..<medication.upperBound)])
      }
    }
    return nil
  }

  /// The first named condition from word `start` on, as written.
  private static func condition(in scan: WordScan, after start: Int) -> String? {
    var position = start
    while position < scan.words.count {
      if let match = scan.match(of: HealthLexicon.conditions, at: position) {
        return String(scan.text[scan.range(ofWords: conditionPhrase(scan, ending: match))])
      }
      if isConditionName(scan.words[position].key) { return String(scan.text[scan.words[position].range]) }
      position += 1
    }
    return nil
  }

  /// "gum disease", "sleep-onset insomnia": the condition word with the word before it when that word is
  /// part of the name rather than a function word.
  private static func conditionPhrase(_ scan: WordScan, ending match: Range<Int>) -> Range<Int> {
    var lower = match.lowerBound
    if lower > 0, !scan.words[lower].startsClause {
      let before = scan.words[lower - 1].key
      let isFunctionWord =
        HealthLexicon.notVerbBefore.contains(before) || before.count < 3 || before.hasSuffix("ly")
        || scan.match(of: HealthLexicon.effectVerbs, at: lower - 1) != nil
        || scan.match(of: HealthLexicon.cureVerbs, at: lower - 1) != nil
      if !isFunctionWord { lower -= 1 }
    }
    // "herniated discs", "panic attacks": the head noun after the condition word, up to the next function word.
    var upper = match.upperBound
    while upper < scan.words.count, upper < match.upperBound + 2, !scan.words[upper].startsClause {
      let word = scan.words[upper].key
      if HealthLexicon.phraseStops.contains(word) || HealthLexicon.notVerbBefore.contains(word) || word.hasSuffix("ly")
        || word.first?.isNumber == true
      {
        break
      }
      upper += 1
    }
    return lower..<upper
  }

  /// Medical names by their endings: arthritis, gingivitis, osteoporosis, anaemia.
  private static func isConditionName(_ word: String) -> Bool {
    if word.hasSuffix("itis") && word.count > 6 { return true }
    if word.hasSuffix("osis") && !["diagnosis", "prognosis", "hypnosis", "osmosis"].contains(word) { return true }
    return word.hasSuffix("aemia") || word.hasSuffix("emia")
  }

  /// "Probiotics prevent …" is a verb; "for lower back pain", "to treat" and "healthy treats for" are not.
  private static func isVerb(_ scan: WordScan, _ match: Range<Int>) -> Bool {
    let word = scan.words[match.lowerBound].key
    if match.lowerBound == 0 { return false }  // an imperative or a heading ("Reduce stress at work")
    let before = scan.words[match.lowerBound - 1].key
    if HealthLexicon.notVerbBefore.contains(before) && !word.hasSuffix("s") { return false }
    if ["to", "not", "don't", "doesn't", "did", "does"].contains(before) { return false }
    if match.upperBound < scan.words.count, word.hasSuffix("s"),
      HealthLexicon.notVerbAfter.contains(scan.words[match.upperBound].key)
    {
      return false
    }
    // "Tissue repairs itself after inflammation" describes the body, it claims no treatment.
    if match.upperBound < scan.words.count, HealthLexicon.reflexives.contains(scan.words[match.upperBound].key) {
      return false
    }
    // "Our clinic treats patients with back pain" says who is seen, not what works.
    let objectStart = min(match.upperBound + 1, scan.words.count)
    return !scan.words[match.upperBound..<objectStart].contains { HealthLexicon.people.contains($0.key) }
  }

  /// "Doctors caught it early enough to reverse the inflammation": an infinitive in a story about someone
  /// reports what happened; it is a promise only when the sentence speaks to the reader or for the seller.
  private static func isNarrativeInfinitive(_ scan: WordScan, _ verb: Range<Int>) -> Bool {
    guard verb.lowerBound > 0, scan.words[verb.lowerBound - 1].key == "to" else { return false }
    return !scan.words.contains { HealthLexicon.promotionalWords.contains($0.key) }
  }

  /// A hedge before the verb or in its clause ("may help reduce", "reduces … in some people"); a later
  /// clause ("…, which is why so many people take it") does not hedge the claim.
  private static func isHedged(_ scan: WordScan, _ verb: Range<Int>) -> Bool {
    var clauseEnd = verb.upperBound
    while clauseEnd < scan.words.count && !scan.words[clauseEnd].startsClause { clauseEnd += 1 }
    return scan.matches(of: HealthLexicon.hedges).contains { $0.lowerBound < clauseEnd }
  }

  /// A negation earlier in the same clause: "No supplement can cure …", "there is no cure for …".
  private static func isNegated(_ scan: WordScan, before position: Int) -> Bool {
    guard position < scan.words.count else { return false }
    let start = scan.clauseStart(of: position)
    return (start..<position).contains { scan.match(of: HealthLexicon.negations, at: $0) != nil }
  }

  /// The words before the verb in its clause, for the suggested rewording ("Mindfulness", "Our balm").
  private static func subject(_ scan: WordScan, before position: Int) -> String {
    guard position > 0 else { return "" }
    var start = scan.clauseStart(of: position - 1)
    while start < position, ["and", "but", "so", "or", "then"].contains(scan.words[start].key) { start += 1 }
    // "Our spray is a miracle cure", "This plan is proven to reverse": the subject ends at the copula.
    var end = (start..<position).first { ["is", "are", "was", "were", "to"].contains(scan.words[$0].key) } ?? position
    // "ashwagandha may", "programme permanently": the hedge or absolute is not part of who claims.
    while end > start,
      HealthLexicon.phraseStops.contains(scan.words[end - 1].key) || scan.words[end - 1].key.hasSuffix("ly")
    {
      end -= 1
    }
    guard end > start, end - start <= 8 else { return "" }
    return String(scan.text[scan.range(ofWords: start..<end)])
  }

  // MARK: - Context

  /// Three different words of health vocabulary make a health post; a recipe that cures salmon is not one.
  private static func isHealthPost(_ document: Document) -> Bool {
    // At most two words are held before the answer is known: a list compared word by word is cheaper
    // than a set that hashes each.
    var seen: [String] = []
    seen.reserveCapacity(3)
    // Blocks are read in place by index, not copied out of the array.
    let blocks = document.blocks
    for index in blocks.indices where blocks[index].role == .content {
      // The block's bytes first: no scan is built for a block whose words are all ASCII.
      let read = HealthLexicon.contextMatches.forEachMatch(in: blocks[index].text) { key in
        if !seen.contains(key) { seen.append(key) }
        return seen.count < 3
      }
      if let stopped = read {
        if stopped { return true }
        continue
      }
      let scan = blocks[index].wordScan
      // The matches of `scan.matches(of:)` in order, stopping at the third different word.
      var position = 0
      while position < scan.words.count {
        guard HealthLexicon.contextStarts.mayStart(scan.words[position]),
          let length = HealthLexicon.context.longestMatch(in: scan, at: position)
        else {
          position += 1
          continue
        }
        let key = scan.words[position].key
        if !seen.contains(key) { seen.append(key) }
        if seen.count >= 3 { return true }
        position += length
      }
    }
    return false
  }

  /// "[1] Schulte BC, …": an entry of a reference list quotes a title, it makes no claim.
  private static func isReferenceEntry(_ block: Block) -> Bool {
    guard block.text.first == "[" else { return false }
    return block.text.dropFirst().prefix { $0 != "]" }.allSatisfy(\.isNumber)
  }

  /// `hasCitation` on the bytes of ASCII text, where a Character is a byte and only 0-9 are numbers;
  /// nil for other text.
  private static func hasASCIICitation(_ text: String) -> Bool? {
    var digitsRun = 0
    var previousIsDigit = false
    for byte in text.utf8 {
      if byte >= 0x80 { return nil }
      let isDigit = byte >= 0x30 && byte <= 0x39
      if isDigit {
        digitsRun += 1
      } else {
        if byte == 0x5D && previousIsDigit { return true }
        if digitsRun == 4 { return true }
        digitsRun = 0
      }
      previousIsDigit = isDigit
    }
    return digitsRun == 4
  }

  /// "[2]", "(Smith, 2019)", "in 2012": a citation or a dated result.
  private static func hasCitation(_ text: String) -> Bool {
    if let found = hasASCIICitation(text) { return found }
    var digitsRun = 0
    var previous: Character = " "
    for character in text {
      if character.isNumber {
        digitsRun += 1
      } else {
        if character == "]" && previous.isNumber { return true }
        if digitsRun == 4 { return true }  // a year such as 2019
        digitsRun = 0
      }
      previous = character
    }
    return digitsRun == 4
  }
}

// MARK: - Messages

extension ClinicalClaimRule {
  fileprivate static func message(_ kind: Kind) -> String {
    switch kind {
    case .cure: "Claims to cure or reverse a named condition."
    case .absolute: "Promises a guaranteed, permanent or instant health result."
    case .unsourcedProof: "Says “clinically proven” with no source in the paragraph."
    case .stopMedication: "Advises stopping prescribed medication."
    case .effect: "States a health effect as fact, with no hedge and no source."
    }
  }

  fileprivate static func suggestion(_ claim: Claim) -> String {
    if claim.kind == .stopMedication {
      return "Reword, e.g. “talk to your doctor before changing any prescribed medication”."
    }
    let subject = claim.subject.isEmpty ? "It" : claim.subject.prefix(1).uppercased() + claim.subject.dropFirst()
    let condition = claim.condition ?? "…"
    return "Hedge and source it, e.g. “\(subject) may help with \(condition) in some people”; cite the source."
  }
}
