import TextKit

/// A pack rule's combined pattern, compiled by ICU the first time a block needs it.
///
/// Most runs never do: a rule's required literals turn most blocks away. Compiling is what costs: a
/// whole-word pattern's `[\p{L}\p{N}_]` guards make ICU build two letter sets, about a millisecond of
/// every start-up. The pattern is checked when the rule is loaded (see `PackRule`), or is a bundled
/// pack's, which the tests compile; a bundled pack edited by hand into a broken pattern still fails here,
/// and the rule reports it on each post that needs the pattern rather than stopping the run.
///
/// Rules are shared by every thread of a run: the pattern is compiled under a pthread lock (`Lock`), which
/// ThreadSanitizer sees, unlike `Synchronization.Mutex`.
final class RegexOnFirstUse: @unchecked Sendable {
  let pattern: String
  private let options: ICURegex.Options
  private let timeLimit: Int
  private let lock = Lock()
  /// Set once, under `lock`.
  private var compiled: Result<ICURegex, ICURegex.CompileError>?

  init(_ pattern: String, options: ICURegex.Options, timeLimit: Int) {
    self.pattern = pattern
    self.options = options
    self.timeLimit = timeLimit
  }

  func regex() throws(ICURegex.CompileError) -> ICURegex {
    let result = lock.withLock {
      if let compiled { return compiled }
      let made = Result { () throws(ICURegex.CompileError) in
        try ICURegex(pattern, options: options, timeLimit: timeLimit)
      }
      compiled = made
      return made
    }
    return try result.get()
  }
}
