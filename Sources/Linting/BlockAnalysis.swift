import ContentModel
import TextKit

/// Segmentations of a block's text that several rules need, each worked out once per block and kept in
/// the block's memo: every rule that walks sentences or words reads the same result.
extension Block {
  /// The kinds of value the rules keep in a block's memo. Shared automata use kinds from `automata` up.
  enum MemoKind {
    static let sentences = 1
    static let wordScan = 2
    static let packWords = 3
    static let foldedPackWords = 4
    static let assistantLeads = 20
    static let automata = 100
  }

  /// The sentences of the text, as `Segmenter.sentences(in:locale:)` finds them.
  func sentences(locale: String = "en") -> [Range<String.Index>] {
    memo.value(TextMemo.Key(kind: MemoKind.sentences, name: locale)) { Segmenter.sentences(in: text, locale: locale) }
  }

  /// The lexicon words of the whole text.
  var wordScan: WordScan {
    memo.value(TextMemo.Key(kind: MemoKind.wordScan)) { WordScan(text) }
  }

  /// The lexicon words of `bounds` (a sentence, say), as `WordScan(text, in: bounds)` finds them, cut
  /// from the scan of the whole text that the rules share.
  func wordScan(in bounds: Range<String.Index>) -> WordScan {
    wordScan.slice(bounds) ?? WordScan(text, in: bounds)
  }

  /// Which assistant phrase lists may match in the text, from one pass over its bytes.
  var assistantLeads: PhraseLeadTable.Leads {
    memo.value(TextMemo.Key(kind: MemoKind.assistantLeads)) { AssistantLexicon.leadTable.scan(text) }
  }

  /// The pack-matching words of `bounds`, with ranges in `text`.
  func packWords(in bounds: Range<String.Index>, foldsCase: Bool) -> [WordScanner.Word] {
    memo.value(memoKey(foldsCase ? MemoKind.foldedPackWords : MemoKind.packWords, of: bounds)) {
      WordScanner(foldsCase: foldsCase).words(in: text, within: bounds)
    }
  }

  /// The memo key of a value of `kind` worked out for a range of the text, named by its UTF-8 offsets.
  func memoKey(_ kind: Int, of range: Range<String.Index>) -> TextMemo.Key {
    let utf8 = text.utf8
    return TextMemo.Key(
      kind: kind, lower: utf8.distance(from: utf8.startIndex, to: range.lowerBound),
      upper: utf8.distance(from: utf8.startIndex, to: range.upperBound))
  }
}
