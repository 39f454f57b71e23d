/// Phrase families of assistant text left in a post, compiled once.
///
/// Families, not sentences: each list covers the ways chat assistants phrase the same move (an offer,
/// an opener, a remark about themselves), so new wordings of a known move are found too.
enum AssistantLexicon {
  /// Words that open a reply to the person who asked: "Certainly!", "Great question!".
  static let interjections = PhraseSet([
    "certainly", "sure", "absolutely", "of course", "great question", "good question", "great idea", "okay", "ok",
    "alright", "all right", "no problem", "happy to help", "i'd be happy to help", "i'd be glad to help", "yes",
    "definitely", "gladly", "got it", "understood", "perfect",
  ])

  /// The turn to the product: "here's a …", "below is …".
  static let presenters = PhraseSet([
    "here's", "here is", "here are", "below is", "below are", "below you'll find", "below you will find",
    "i've written", "i have written", "i've drafted", "i have drafted", "i've created", "i have created",
    "i've put together", "i have put together", "i've prepared", "i have prepared", "i've rewritten",
    "i have rewritten", "i've revised", "i have revised", "this is a draft", "this is your",
  ])

  /// What an assistant says it wrote.
  static let draftNouns = PhraseSet([
    "post", "posts", "blog", "article", "articles", "draft", "version", "rewrite", "piece", "write", "copy",
    "content", "outline", "newsletter", "email", "translation", "template", "caption", "script", "faq",
  ])

  /// Words that show a sentence is about the text as a draft, not about the reader's topic.
  static let draftTalk = PhraseSet([
    "post", "posts", "blog", "article", "draft", "version", "translation", "translate", "tone", "length", "section",
    "chart", "checklist", "newsletter", "email", "faq", "outline", "summary", "changes", "edits", "tweaks",
    "sources", "references", "template", "rewrite", "format", "word count", "paragraph", "headline", "intro",
    "introduction", "conclusion", "seo", "follow-up", "follow up", "printable", "infographic", "plan", "list",
    "adapted", "adapt", "customise", "customize", "shorter", "longer", "tailored", "social media", "caption",
    "bullet points", "anything else", "questions", "modifications", "revisions", "piece",
  ])

  /// Offers made to the person who asked for the text.
  static let offers = PhraseSet(offersPhrases)
  static let offersPhrases: [String] =
    [
      "let me know if you'd like", "let me know if you would like", "let me know if you want",
      "let me know if you need",
      "let me know if you have any", "let me know if there's anything", "let me know if this", "let me know whether",
      "just let me know", "would you like me to", "would you like a", "would you like an", "do you want me to",
      "want me to", "if you'd like me to", "if you would like me to", "if you want me to", "shall i", "should i also",
      "should i add", "should i write", "if you'd like i can",
      "if you would like i can", "if you want i can", "if you prefer i can", "if you'd like i could",
      "i'd be happy to", "i would be happy to", "i'm happy to", "i am happy to", "happy to adjust", "happy to tweak",
      "happy to revise", "feel free to ask", "feel free to let me know", "feel free to customise",
      "feel free to customize",
      "feel free to adapt", "feel free to edit", "feel free to tweak", "feel free to modify", "feel free to adjust",
      "feel free to personalise", "feel free to personalize", "i hope this helps", "hope this helps",
      "i hope you find this", "hope you find this helpful", "need any changes", "need anything else",
      "any other questions", "let me know if any", "let me know if anything", "needs tweaking", "need tweaking",
      "needs any tweaks", "any further changes", "any adjustments", "as you asked", "as requested", "as you requested",
      "you asked for", "per your request", "i've kept the tone", "i have kept the tone", "i kept the tone",
    ]
      + ["i can", "i can also", "i could", "i could also", "i'd be glad to", "i'm able to"].flatMap { lead in
        [
          "tailor", "adjust", "rewrite", "expand", "shorten", "turn", "adapt", "create", "write", "draft",
          "put together",
          "prepare", "translate", "provide", "generate", "add", "include", "revise", "format", "summarise",
          "summarize", "convert",
        ].map { lead + " " + $0 }
      }

  /// Conditional offers that count only when they speak of the text as a draft ("If you need a version
  /// for mountain bikes, just ask"), never by position alone ("If you want a stronger flavour, add chilli").
  static let draftOffers = PhraseSet(draftOffersPhrases)
  static let draftOffersPhrases: [String] = [
    "if you need a", "if you need an", "if you want a", "if you want an", "if you'd like a", "if you'd like an",
    "if you would like a", "if you would like an", "just ask", "i can do that", "happy to do",
  ]

  /// The reply to a reader in the comments is the author's, never an assistant's.
  static let readerChannels = PhraseSet([
    "in the comments", "comment below", "comments below", "in the comment", "on instagram", "by email",
    "drop me a line", "email me",
  ])

  /// The assistant speaking about itself.
  static let selfReference = PhraseSet(selfReferencePhrases)
  static let selfReferencePhrases: [String] = [
    "as an ai language model", "as an ai model", "as an ai assistant", "as an ai chatbot",
    "as a language model", "as a large language model", "as an ai developed by", "as an ai trained by",
    "as an ai created by", "as an ai built by", "as an ai made by", "as an artificial intelligence",
    "as a virtual assistant",
    "i'm an ai", "i am an ai", "i'm just an ai", "i am just an ai", "i'm only an ai", "i'm a language model",
    "i am a language model", "as of my last knowledge update", "as of my knowledge cutoff",
    "as of my knowledge cut off", "as of my last update", "as of my last training", "as of my training",
    "my knowledge cutoff", "my knowledge cut off", "my training data", "my last training update",
    "i don't have access to real time", "i do not have access to real time", "i don't have real time",
    "i do not have real time", "i can't browse", "i cannot browse", "i'm unable to browse", "i am unable to browse",
    "i don't have personal experience", "i do not have personal experience", "i don't have personal experiences",
    "i don't have personal opinions", "i do not have personal opinions", "i don't have feelings",
    "i don't have the ability to browse", "i can't access the internet", "i cannot access the internet",
    "i don't have browsing", "i don't have internet access",
  ]

  /// "As an AI, I …": the bare form needs a comma or "I" after it ("as an AI researcher" is a person).
  static let bareSelfReference = PhraseSet(bareSelfReferencePhrases)
  static let bareSelfReferencePhrases: [String] = ["as an ai"]

  /// Names of fields an assistant is asked to fill in, written as "Label: value" lines.
  static let promptLabels = PhraseSet([
    "title", "post title", "blog title", "blog post title", "article title", "seo title", "meta title",
    "meta description", "seo description", "description", "meta keywords", "keywords", "seo keywords",
    "focus keyword", "focus keywords", "focus keyphrase", "target keyword", "target keywords", "primary keyword",
    "secondary keywords", "keyword", "slug", "url slug", "permalink", "word count", "estimated word count",
    "target audience", "audience", "tone", "tone of voice", "reading level", "excerpt", "headline", "subheadline",
    "h1", "h2", "alt text", "image alt text", "image prompt", "featured image", "suggested image", "image suggestion",
    "hashtags", "call to action", "cta", "social media caption", "tweet", "search intent", "content type",
  ])

  /// A bracketed placeholder's first word ("[Insert clinic name]", "[Your Name]").
  static let placeholderLeads: Set<String> = [
    "insert", "add", "your", "enter", "include", "put", "replace", "name", "company", "clinic", "business",
    "product", "practice", "brand", "website", "link", "url", "phone", "email", "address", "city", "location",
    "date", "author", "client", "customer", "organisation", "organization", "contact", "specific", "relevant",
    "local", "x", "xx", "placeholder", "tbd", "todo",
  ]

  /// A bracketed placeholder's last word ("[Clinic Phone Number]", "[Add a personal anecdote here]").
  static let placeholderTails: Set<String> = [
    "name", "number", "here", "link", "url", "address", "email", "phone", "date", "location", "city", "title",
    "details", "information", "info", "price", "hours", "website", "handle", "code", "percentage", "amount",
    "anecdote", "example", "quote", "statistic", "source", "placeholder",
  ]

  /// Single bracketed words that name a form field ("[Phone]", "[City]") when capitalised.
  static let placeholderFields: Set<String> = [
    "name", "phone", "email", "address", "city", "date", "location", "website", "url", "link", "company", "brand",
    "product", "business", "clinic", "practice", "author", "title", "price", "town", "country", "signature",
  ]

  /// Bracketed words that are editorial marks, never placeholders.
  static let editorialBrackets: Set<String> = ["sic", "citation needed", "emphasis added", "emphasis mine", "sic!"]

  /// Strings chat tools leave in copied text (citation markers, tracking parameters).
  static let artefacts: [String] = [
    "oaicite", ":contentreference[", "contentreference[", "utm_source=chatgpt.com", "utm_source=openai",
    "utm_source=chatgpt", "citeturn", "navlist", "【", "turn0search", "turn0news", "turn1search", "turn0view",
  ]

  /// Every phrase that can make a sentence an offer or a remark of the assistant about itself: a block
  /// with none of them has no such sentence.
  static let sentenceTriggers = PhraseSet(offersPhrases + draftOffersPhrases + selfReferencePhrases + bareSelfReferencePhrases)

  /// The bits `leadTable` reports for the lists a block is checked against.
  enum Lead {
    static let sentenceTriggers: UInt32 = 1 << 0
    static let promptLabels: UInt32 = 1 << 1
    static let openers: UInt32 = 1 << 2 | 1 << 3
  }

  /// The leading words of the lists above and of `aiTopic` (counted), in the order of `Lead`'s bits: one
  /// pass over a block's bytes tells which lists cannot match in it.
  static let leadTable = PhraseLeadTable(
    [sentenceTriggers, promptLabels, interjections, presenters, aiTopic], counting: 4)

  /// Words that say an article is about AI, so that chatbot replies it quotes are examples, not leftovers.
  static let aiTopic = PhraseSet([
    "chatbot", "chatbots", "chatgpt", "language model", "language models", "llm", "llms", "gpt", "ai assistant",
    "ai assistants", "generative ai", "the model", "prompt", "prompts", "claude", "gemini", "copilot", "ai",
  ])
}
