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

  /// The pack-matching words of `bounds` (the whole text when nil), with ranges in `text`.
  func packWords(in bounds: Range<String.Index>, foldsCase: Bool) -> [WordScanner.Word] {
    let utf8 = text.utf8
    let key =
      "pack-words/\(foldsCase)/\(utf8.distance(from: utf8.startIndex, to: bounds.lowerBound))-"
      + "\(utf8.distance(from: utf8.startIndex, to: bounds.upperBound))"
    return memo.value(key) { WordScanner(foldsCase: foldsCase).words(in: text, within: bounds) }
  }
}
