/// Phrase families for health claims, compiled once: the vocabulary that makes a post a health post,
/// named conditions, the verbs of cure and of effect, and the wording that hedges, sources, negates or
/// reports a claim rather than making it.
enum HealthLexicon {
  /// Words of a health post (therapy, patients, symptoms, treatment …); three different ones make the context.
  static let context = PhraseSet(contextPhrases)
  static let contextPhrases = [
    "therapy", "therapies", "therapist*", "patient", "patients", "symptom*", "treatment*", "clinic", "clinics",
    "clinical", "clinician*", "doctor*", "gp", "dentist*", "dental", "dermatolog*", "physio*", "medication*",
    "medicine*", "prescri*", "diagnos*", "health", "healthcare", "mental", "anxiety", "depression", "pain",
    "supplement*", "nutrition*", "dietitian*", "pharmac*", "injur*", "rehab*", "counsell*", "counselor*",
    "disease*", "inflammation", "immun*", "nhs", "psycholog*", "psychiatr*", "nurse*", "hospital*", "surgery",
    "condition*", "chronic", "disorder*", "wellbeing", "well being", "healing", "relapse", "dose", "dosage",
  ]
  /// Turns away words no context phrase starts with before `context` is looked up.
  static let contextStarts = PhraseStartWords(contextPhrases)
  /// Finds `context` matches on a block's bytes, before any scan is built.
  static let contextMatches = MatchStartReader(context)

  /// Words one of which every claim needs (see `ClaimWords`).
  static let claimWords = ClaimWords(claimFamilies)
  static let claimFamilies = [
    stopMedicationPhrases, cureVerbsPhrases, absolutesPhrases, provenClaimsPhrases, effectVerbsPhrases,
  ]
  /// Where the claim words and what claims are about stand in a block (see `ClaimSpots`).
  static let claimSpots = ClaimSpotReader(
    claimWords: ClaimWords.words(of: claimFamilies),
    unconditionedWords: ClaimWords.words(of: [stopMedicationPhrases, provenClaimsPhrases]), conditions: conditions)

  /// Named conditions and health outcomes a claim can be about.
  static let conditions = PhraseSet([
    "anxiety", "anxious", "depression", "depressive", "insomnia", "ptsd", "stress", "panic", "acne", "eczema",
    "psoriasis", "rosacea", "diabetes", "insulin resistance", "cancer*", "tumour*", "tumor*", "asthma", "migraine*",
    "headache*", "pain", "aches", "inflammation", "inflammatory", "gum disease", "decay", "cavities", "plaque",
    "apnoea", "apnea", "candida", "leaky gut", "ibs", "irritable bowel", "heart disease", "blood pressure",
    "hypertension", "cholesterol", "triglycerides", "cortisol", "obesity", "adhd", "autism", "dementia",
    "alzheimer*", "grief", "trauma", "wrinkles", "herniated", "cartilage", "ligament*", "bone loss", "impingement",
    "tears", "injur*", "blackheads", "whiteheads", "breakouts", "bloating", "diarrhoea", "diarrhea", "constipation",
    "nausea", "immunity", "colds", "flu", "infection*", "restless legs", "snoring", "fatigue", "disorder*",
    "syndrome", "symptom*", "disease*", "allerg*", "itch*", "flare*", "addiction*", "burnout", "ocd", "bipolar",
    "schizophrenia", "anorexia", "bulimia", "sciatica", "tinnitus", "vertigo", "reflux", "heartburn", "ulcer*",
    "hair loss", "baldness", "gout", "fibromyalgia", "lupus", "hypothyroidism", "endometriosis", "infertility",
    "erectile", "stroke", "strokes", "heart attack*", "covid", "cold sores", "warts", "thrush", "kidney stones",
    "scarring", "hyperpigmentation", "nightmares", "phobia*", "relapse", "osteoarthritis", "arthritis", "obese",
    "seizures", "epilepsy", "chronic", "illness", "illnesses", "ailments", "overgrowth", "lesions", "scars",
    "fever", "hay fever", "congestion", "sneezing", "cough", "coughs", "sore throat", "hives", "rash", "rashes",
    "sunburn", "bruising", "swelling", "sprain*", "cramps", "period pain", "pms", "jet lag", "low mood", "mood swings",
    "sinusitis", "bronchitis", "pneumonia", "anaemia", "osteoporosis", "joint pain", "stiffness", "spasms",
    "incontinence", "dry eye", "dry eyes", "dandruff", "cellulite", "stretch marks", "varicose veins", "piles",
    "haemorrhoids", "hemorrhoids", "shingles", "measles", "chickenpox", "norovirus", "dehydration", "hangover*",
  ])

  /// Verbs that promise a cure: an error with a named condition, even after "may".
  static let cureVerbs = PhraseSet(cureVerbsPhrases)
  static let cureVerbsPhrases = [
    "cure", "cures", "eliminate", "eliminates", "eradicate", "eradicates", "reverse", "reverses", "heal", "heals",
    "get rid of", "gets rid of", "wipe out", "wipes out", "banish", "banishes", "put an end to", "puts an end to",
    "a cure for", "the cure for", "miracle cure",
  ]

  /// Verbs of a causal effect: a warning with a named condition, no hedge and no source.
  static let effectVerbs = PhraseSet(effectVerbsPhrases)
  static let effectVerbsPhrases = [
    "treat", "treats", "reduce", "reduces", "relieve", "relieves", "lower", "lowers", "prevent", "prevents",
    "boost", "boosts", "improve", "improves", "alleviate", "alleviates", "ease", "eases", "fight", "fights",
    "combat", "combats", "protect against", "protects against", "stop", "stops", "clear", "clears", "fix", "fixes",
    "end", "ends", "lift", "lifts", "restore", "restores", "repair", "repairs", "rebuild", "rebuilds", "regulate",
    "regulates", "soothe", "soothes", "calm", "calms", "beat", "beats", "kill", "kills", "work for", "works for",
    "get rid", "relief from", "cut", "cuts", "slash", "slashes", "shrink", "shrinks", "dissolve", "dissolves",
  ]

  /// Absolutes and guarantees: an error in a sentence about a condition.
  static let absolutes = PhraseSet(absolutesPhrases)
  static let absolutesPhrases = [
    "guaranteed", "guarantee", "guarantees", "permanently", "permanent", "forever", "never again", "instantly",
    "instant", "miracle", "miraculous", "for good", "once and for all", "completely pain free", "totally cured",
  ]

  static let provenClaims = PhraseSet(provenClaimsPhrases)
  static let provenClaimsPhrases = [
    "clinically proven", "scientifically proven", "medically proven", "clinically shown", "scientifically shown",
    "proven by science", "doctor proven",
  ]

  /// Hedged or scoped wording: the claim stays within what evidence usually supports.
  static let hedges = PhraseSet([
    "may", "might", "could", "can", "help", "helps", "helping", "helped", "suggest*", "some people", "for some",
    "in some", "many people", "likely", "possibly", "potentially", "appear to", "appears to", "seem to",
    "seems to", "tend to", "tends to", "associated with", "linked to", "aim to", "aims to", "designed to",
    "in many cases", "for many", "for most", "in most", "most people", "many adults", "often", "usually", "sometimes",
    "is thought to", "are thought to", "believed to",
  ])

  /// Wording that names where a claim comes from.
  static let sources = PhraseSet([
    "according to", "study", "studies", "trial", "trials", "meta analysis", "meta analyses", "review", "reviews",
    "research", "researchers", "journal", "published", "et al", "guideline*", "guidance", "nice", "nhs", "cochrane",
    "recommended by", "recommends", "evidence based", "first line", "approved", "fda", "licensed",
    "found that", "reported", "evidence", "data", "survey", "analysis", "randomised", "randomized", "placebo",
  ])

  /// Negations that turn a claim into its denial ("no therapy can guarantee results").
  static let negations = PhraseSet([
    "no", "not", "never", "cannot", "can't", "won't", "doesn't", "don't", "isn't", "aren't", "nothing", "neither",
    "nor", "didn't", "wasn't", "weren't", "shouldn't", "wouldn't", "nobody", "none",
  ])

  /// Wording that reports or warns about a claim instead of making it.
  static let reportedClaims = PhraseSet([
    "myth", "myths", "claim that", "claims that", "claimed", "say that", "says that", "guides say", "people say",
    "often said", "promise to", "promises to", "promising to", "beware", "be wary", "sceptical", "skeptical",
    "marketed as", "advertised as", "promised", "promise that", "promises that", "supposedly", "so called", "claim to",
    "claims to", "if only", "wish",
  ])

  /// Stopping medication: the phrase, then a medication word within a few words.
  static let stopMedication = PhraseSet(stopMedicationPhrases)
  static let stopMedicationPhrases = [
    "stop taking", "stop using", "quit taking", "come off", "get off", "ditch", "throw away", "give up",
    "no longer need", "won't need", "will not need", "no need for", "wean yourself off", "stop your", "cut out your",
  ]

  static let medication = PhraseSet([
    "medication*", "medicine*", "meds", "pills", "tablets", "antidepressant*", "insulin", "inhaler*", "statin*",
    "prescription*", "prescribed", "steroid*", "drugs",
  ])

  /// Wording that sends the reader to a professional, which makes medication advice safe.
  static let consultAdvice = PhraseSet([
    "without talking", "without speaking", "without consulting", "without checking", "without asking",
    "talk to your", "speak to your", "ask your", "consult your", "check with your", "under supervision",
    "under medical supervision", "with your doctor", "with your gp",
  ])

  /// Words before a plural verb form that show it is not a verb ("for lower back pain", "to treat").
  static let notVerbBefore: Set<String> = [
    "to", "for", "of", "the", "a", "an", "your", "my", "our", "their", "his", "her", "its", "with", "in", "on",
    "at", "from", "by", "and", "or", "not", "don't", "doesn't", "will", "would", "should", "must", "did", "does",
    "do", "this", "that", "these", "those", "no", "any", "every", "each", "some", "more", "less", "is", "are",
    "was", "were", "be", "been", "upper", "than",
  ]

  /// What a promise of a result sounds like when no verb of effect carries it.
  static let outcomes = PhraseSet([
    "results", "result", "free", "less", "relief", "recovery", "never again", "success", "works", "cure", "cured",
  ])

  /// "repairs itself": the body doing its work, not a treatment.
  static let reflexives: Set<String> = ["itself", "themselves", "himself", "herself", "yourself", "ourselves"]

  /// Words of a sales pitch or of advice to the reader.
  static let promotionalWords: Set<String> = ["our", "your", "you", "we", "this", "these", "us", "guaranteed"]

  /// People as the object of "treats": a service described, not an effect claimed.
  static let people: Set<String> = [
    "patients", "people", "clients", "children", "adults", "women", "men", "athletes", "customers", "anyone",
    "everyone", "teenagers", "kids", "families", "couples", "veterans", "members", "patient",
  ]

  /// Words that end a condition's name or a claim's subject in a suggested rewording.
  static let phraseStops: Set<String> = [
    "within", "without", "after", "before", "during", "while", "so", "because", "when", "even", "just", "as", "free",
    "may", "might", "can", "could", "will", "would", "also", "is", "are", "be", "again", "forever", "instantly",
    "which", "who", "where", "naturally", "overnight", "guaranteed", "against", "until", "since", "like", "such",
  ]

  /// Words after a third-person form that show it is a noun ("healthy treats for kids").
  static let notVerbAfter: Set<String> = ["for", "and", "like", "that", "are", "is", "were", "was", "of"]
}
