internal import CICU

/// A regular expression run by ICU's engine, whose matching time is bounded so that a pathological
/// pattern from a rule pack cannot hang a run.
public final class ICURegex: @unchecked Sendable {
  // @unchecked: the prototype is only ever cloned, never matched, and cloning reads it without writing.

  public struct Options: OptionSet, Sendable, Hashable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    public static let caseInsensitive = Options(rawValue: Int32(CICU_REGEX_CASE_INSENSITIVE))
    public static let multiline = Options(rawValue: Int32(CICU_REGEX_MULTILINE))
    public static let dotAll = Options(rawValue: Int32(CICU_REGEX_DOTALL))
  }

  /// Why a pattern could not be compiled: ICU's error name and the 1-based offset in the pattern.
  public struct CompileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var offset: Int
    public var description: String { "\(name) at offset \(offset)" }
  }

  /// Matching gave up after the time limit.
  public struct TimeoutError: Error, Hashable, Sendable {}

  public let pattern: String
  private let prototype: OpaquePointer

  /// - Parameter timeLimit: ICU's limit in units of its match-loop steps (roughly milliseconds on
  ///   current machines); 0 means unbounded.
  public init(_ pattern: String, options: Options = [], timeLimit: Int = 50) throws(CompileError) {
    let units = Array(pattern.utf16)
    var errorName = [CChar](repeating: 0, count: 64)
    var errorOffset: Int32 = 0
    let handle = units.withUnsafeBufferPointer { text in
      errorName.withUnsafeMutableBufferPointer { name in
        cicu_regex_open(
          text.baseAddress, Int32(units.count), options.rawValue, Int32(timeLimit), name.baseAddress, 64, &errorOffset)
      }
    }
    guard let handle else {
      let name = String(decoding: errorName.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      throw CompileError(name: name.isEmpty ? "U_REGEX_ERROR" : name, offset: Int(errorOffset))
    }
    self.pattern = pattern
    self.prototype = handle
  }

  deinit { cicu_regex_close(prototype) }

  /// Every non-overlapping match in `text`, as ranges of `text`.
  public func matches(in text: String) throws(TimeoutError) -> [Range<String.Index>] {
    let units = Array(text.utf16)
    guard let matcher = cicu_regex_clone(prototype) else { return [] }
    defer { cicu_regex_close(matcher) }
    var found: [(Int, Int)] = []
    var timedOut = false
    units.withUnsafeBufferPointer { buffer in
      guard cicu_regex_set_text(matcher, buffer.baseAddress, Int32(units.count)) == 0 else { return }
      var start: Int32 = 0
      var end: Int32 = 0
      var from: Int32 = 0
      while true {
        let result = cicu_regex_find(matcher, from, &start, &end)
        if result == -2 { timedOut = true }
        guard result == 1 else { break }
        found.append((Int(start), Int(end)))
        from = -1
        if start == end {  // an empty match: step past it so the search moves on
          if Int(end) >= units.count { break }
          from = end + 1
        }
      }
    }
    if timedOut { throw TimeoutError() }
    let utf16 = text.utf16
    return found.map { utf16.index(utf16.startIndex, offsetBy: $0.0)..<utf16.index(utf16.startIndex, offsetBy: $0.1) }
  }

  /// True when the pattern matches anywhere in `text`.
  public func isMatch(in text: String) throws(TimeoutError) -> Bool {
    try !matches(in: text).isEmpty
  }
}
