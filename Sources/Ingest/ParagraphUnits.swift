/// The page's running text grouped into paragraph units: the text of each block element (`p`, `li`, a `div`
/// holding text directly, …), with its letters, the letters inside links and the element it belongs to.
/// Chrome is left out. Used to weigh containers by how much prose they hold.
struct ParagraphUnits {
  struct Unit {
    let element: HTMLElement
    var text = String.UnicodeScalarView()
    var letters = 0
    var linkLetters = 0

    /// Prose rather than a menu, a caption or a button: long enough and mostly outside links.
    var isProse: Bool { letters >= 60 && linkLetters * 3 < letters }
  }

  private(set) var units: [Unit] = []
  /// Tallies by element `number`; elements past the end hold nothing.
  private var lettersBelow: [Int] = []
  private var proseBelow: [Int] = []

  /// `keepingText` collects each unit's text (for matching against a hint); counting letters needs none.
  init(body: HTMLElement, keepingText: Bool, isChrome: (HTMLElement) -> Bool) {
    var units: [Unit] = []
    Self.collect(body, isBody: true, unit: nil, inLink: false, into: &units, keepingText: keepingText, isChrome: isChrome)
    self.units = units
    for unit in units where unit.letters > 0 {
      let own = unit.letters - unit.linkLetters
      let prose = unit.isProse ? unit.letters : 0
      var current: HTMLElement? = unit.element
      while let element = current {
        Self.add(own, at: element.number, to: &lettersBelow)
        if prose > 0 { Self.add(prose, at: element.number, to: &proseBelow) }
        if element === body { break }
        current = element.parent
      }
    }
  }

  /// Appends the units below `element` in document order, its text to the innermost block element's unit
  /// (`unit`). Recursive: the tree is at most `HTMLParser.maximumDepth` deep, and a walk down the child lists
  /// retains and releases no node the way a stack of pending nodes does.
  private static func collect(
    _ element: HTMLElement, isBody: Bool, unit: Int?, inLink: Bool, into units: inout [Unit], keepingText: Bool,
    isChrome: (HTMLElement) -> Bool
  ) {
    if !isBody, isChrome(element) { return }
    let link = inLink || element.name == "a"
    var unit = unit
    if element.role.isBlock {
      units.append(Unit(element: element))
      unit = units.count - 1
    }
    for child in element.children {
      switch child {
      case .element(let child):
        collect(child, isBody: false, unit: unit, inLink: link, into: &units, keepingText: keepingText, isChrome: isChrome)
      case .text(let text):
        guard let index = unit else { continue }
        var letters = text.letters
        if letters < 0 {
          letters = 0
          for scalar in text.scalars where Self.isLetterOrDigit(scalar) { letters += 1 }
        }
        if letters == 0 { continue }
        if keepingText {
          if !units[index].text.isEmpty { units[index].text.append(" ") }
          units[index].text.append(contentsOf: text.scalars)
        }
        units[index].letters += letters
        if link { units[index].linkLetters += letters }
      case .comment: break
      }
    }
  }

  private static func add(_ value: Int, at index: Int, to tallies: inout [Int]) {
    if index >= tallies.count { tallies.append(contentsOf: repeatElement(0, count: index + 1 - tallies.count)) }
    tallies[index] += value
  }

  private static func tally(at index: Int, in tallies: [Int]) -> Int { index < tallies.count ? tallies[index] : 0 }

  /// ASCII answered without a Unicode property lookup: most scraped text is ASCII.
  static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 128 { return (value >= 48 && value <= 57) || (value | 32 >= 97 && value | 32 <= 122) }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// Letters outside links below `element`.
  func letters(below element: HTMLElement) -> Int { Self.tally(at: element.number, in: lettersBelow) }

  /// Letters of prose units below `element`.
  func proseLetters(below element: HTMLElement) -> Int { Self.tally(at: element.number, in: proseBelow) }

  /// The deepest element whose units hold at least `share` of the total weight, or nil when nothing weighs.
  func deepestHolding(share: Double, of weight: (Unit) -> Int) -> HTMLElement? {
    var below: [Int] = []
    var total = 0
    for unit in units {
      let value = weight(unit)
      guard value > 0 else { continue }
      total += value
      var current: HTMLElement? = unit.element
      while let element = current {
        Self.add(value, at: element.number, to: &below)
        current = element.parent
      }
    }
    guard total > 0, let first = units.first?.element else { return nil }
    let needed = Int((Double(total) * share).rounded(.up))
    // Walk down from the top through the child that still holds enough; stop where none does.
    var top = first
    while let parent = top.parent { top = parent }
    var current = top
    while true {
      var next: HTMLElement?
      for child in current.children {
        if case .element(let element) = child, Self.tally(at: element.number, in: below) >= needed {
          next = element
          break
        }
      }
      guard let deeper = next else { return current }
      current = deeper
    }
  }
}

/// Word 3-gram shingles of a text, to tell whether a paragraph is quoted in it.
struct WordShingles {
  private var hashes: Set<Int> = []
  private(set) var letters = 0

  init(_ text: String) {
    let words = Self.words(text.unicodeScalars)
    letters = words.reduce(0) { $0 + $1.count }
    if words.count >= 3 {
      for index in 0...(words.count - 3) { hashes.insert(Self.hash(words[index..<(index + 3)])) }
    }
  }

  var count: Int { hashes.count }

  /// The share of `text`'s shingles found here (0 for texts under three words).
  func coverage<S: Sequence>(of text: S) -> Double where S.Element == Unicode.Scalar {
    let words = Self.words(text)
    guard words.count >= 3 else { return 0 }
    var found = 0
    for index in 0...(words.count - 3) where hashes.contains(Self.hash(words[index..<(index + 3)])) { found += 1 }
    return Double(found) / Double(words.count - 2)
  }

  private static func words<S: Sequence>(_ scalars: S) -> [String] where S.Element == Unicode.Scalar {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in scalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  private static func hash(_ words: ArraySlice<String>) -> Int {
    var hasher = Hasher()
    for word in words { hasher.combine(word) }
    return hasher.finalize()
  }
}
