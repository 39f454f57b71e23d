import ContentModel
import TextKit

/// Segmentations of a block's text that several rules need, each worked out once per block and kept in
/// the block's memo: every rule that walks sentences or words reads the same result.
extension Block {
  /// The sentences of the text, as `Segmenter.sentences(in:locale:)` finds them.
  func sentences(locale: String = "en") -> [Range<String.Index>] {
    memo.value("sentences/" + locale) { Segmenter.sentences(in: text, locale: locale) }
  }

  /// The lexicon words of the whole text.
  var wordScan: WordScan {
    memo.value("word-scan") { WordScan(text) }
  }

  /// The pack-matching words of `bounds`, with ranges in `text`.
  func packWords(in bounds: Range<String.Index>, foldsCase: Bool) -> [WordScanner.Word] {
    memo.value((foldsCase ? "pack-words/folded/" : "pack-words/") + memoKey(of: bounds)) {
      WordScanner(foldsCase: foldsCase).words(in: text, within: bounds)
    }
  }

  /// Names a range of the text in memo keys: "all" for the whole text, else its UTF-8 offsets.
  func memoKey(of range: Range<String.Index>) -> String {
    if range.lowerBound == text.startIndex && range.upperBound == text.endIndex { return "all" }
    let utf8 = text.utf8
    return "\(utf8.distance(from: utf8.startIndex, to: range.lowerBound))-"
      + "\(utf8.distance(from: utf8.startIndex, to: range.upperBound))"
  }
}
