import TextKit

/// Inline markup a translator must carry over but never edit: a link, emphasis, a code span, an image.
public struct InlineCode: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case link, emphasis, strong
    /// Protected text (`<code>`) or markup with no text of its own: kept whole as a placeholder.
    case code, placeholder
  }

  /// 1-based, unique within the unit.
  public var id: Int
  public var kind: Kind
  /// The markup that opens the span, or the whole placeholder as written (`<a href="…">`, `<code>x</code>`).
  public var opening: String
  /// The markup that closes a paired span (`</a>`); nil for placeholders.
  public var closing: String?
  /// What a placeholder shows (the code's text), for tools and for plain-text renders.
  public var display: String?

  public init(id: Int, kind: Kind, opening: String, closing: String? = nil, display: String? = nil) {
    self.id = id
    self.kind = kind
    self.opening = opening
    self.closing = closing
    self.display = display
  }

  /// Paired codes wrap text; placeholders stand alone.
  public var isPaired: Bool { closing != nil }

  /// The link target of a `link` code, read back from its opening markup.
  public var href: String? {
    guard kind == .link, let range = opening.firstRange(of: "href=\"") else { return nil }
    let rest = opening[range.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return XMLText.unescape(String(rest[..<end]))
  }
}

/// Text with inline codes: what a segment's source and target are made of.
public enum InlinePiece: Hashable, Sendable {
  case text(String)
  case open(Int)
  case close(Int)
  case standalone(Int)

  /// The pieces with their text in Unicode NFC, as bundles store it (translation tools on some systems
  /// write decomposed accents).
  public static func composed(_ pieces: [InlinePiece]) -> [InlinePiece] {
    pieces.map { piece in
      if case .text(let text) = piece { return .text(Normalizer.normalize(text, form: .nfc)) }
      return piece
    }
  }

  /// The text alone, codes dropped.
  public static func plainText(_ pieces: [InlinePiece]) -> String {
    pieces.reduce(into: "") { result, piece in
      if case .text(let text) = piece { result += text }
    }
  }

  /// The code ids in the order they appear, with their role (`{1}`, `{/1}`, `{2/}`), for comparisons.
  public static func codeSequence(_ pieces: [InlinePiece]) -> [String] {
    pieces.compactMap { piece in
      switch piece {
      case .text: nil
      case .open(let id): "{\(id)}"
      case .close(let id): "{/\(id)}"
      case .standalone(let id): "{\(id)/}"
      }
    }
  }

  /// Why the codes in `pieces` do not nest properly (a close without an open, an open never closed), or nil.
  public static func balanceProblem(_ pieces: [InlinePiece], codes: [InlineCode]) -> String? {
    var stack: [Int] = []
    for piece in pieces {
      switch piece {
      case .text: continue
      case .open(let id):
        guard let code = codes.first(where: { $0.id == id }) else { return "code {\(id)} is not in the source" }
        guard code.isPaired else { return "code {\(id)} stands alone in the source but is opened here" }
        stack.append(id)
      case .close(let id):
        guard let last = stack.popLast() else { return "code {/\(id)} closes nothing" }
        guard last == id else { return "code {\(last)} is closed by {/\(id)}" }
      case .standalone(let id):
        guard let code = codes.first(where: { $0.id == id }) else { return "code {\(id)/} is not in the source" }
        guard !code.isPaired else { return "code {\(id)} wraps text in the source but stands alone here" }
      }
    }
    if let open = stack.last { return "code {\(open)} is never closed" }
    return nil
  }
}
