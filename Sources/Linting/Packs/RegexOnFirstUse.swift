import Synchronization
import TextKit

/// A pack rule's combined pattern, compiled by ICU the first time a block needs it.
///
/// Most runs never do: a rule's required literals turn most blocks away. Compiling is what costs: a
/// whole-word pattern's `[\p{L}\p{N}_]` guards make ICU build two letter sets, about a millisecond of
/// every start-up. The pattern is checked when the rule is loaded (see `PackRule`), or is a bundled
/// pack's, which the tests compile, so the compile here cannot fail.
final class RegexOnFirstUse: Sendable {
  let pattern: String
  private let options: ICURegex.Options
  private let timeLimit: Int
  private let compiled = Mutex<ICURegex?>(nil)

  init(_ pattern: String, options: ICURegex.Options, timeLimit: Int) {
    self.pattern = pattern
    self.options = options
    self.timeLimit = timeLimit
  }

  var regex: ICURegex {
    compiled.withLock { compiled in
      if let compiled { return compiled }
      do {
        let regex = try ICURegex(pattern, options: options, timeLimit: timeLimit)
        compiled = regex
        return regex
      } catch {
        preconditionFailure("the pack pattern \(pattern) does not compile: \(error)")
      }
    }
  }
}
