import Foundation

/// A progress line on standard error for long runs: files done, total, rate.
///
/// Workers only bump a counter under a lock; a timer on its own queue does the formatting and writing, and
/// only once the run has lasted `delay` seconds, so short runs print nothing at all. A delay of zero shows the
/// first line as the run starts.
public final class Progress: @unchecked Sendable {
  // @unchecked: every mutable property is read and written under `lock`.

  /// How the line is shown.
  public enum Style: Sendable {
    /// Redrawn in place with a carriage return, and erased at the end: for a terminal.
    case redrawn
    /// A full line every `interval` seconds: for logs that `--progress` asked for.
    case lines
  }

  private let style: Style
  private let delay: Double
  private let interval: Double
  private let write: @Sendable (String) -> Void
  private let lock = NSLock()
  private var done = 0
  private var total = 0
  private var started = Date()
  private var printed = false
  private var timer: DispatchSourceTimer?

  public init(style: Style, delay: Double = 1, interval: Double? = nil, write: @escaping @Sendable (String) -> Void) {
    self.style = style
    self.delay = delay
    self.interval = interval ?? (style == .redrawn ? 0.2 : 5)
    self.write = write
  }

  /// The name of the environment variable that sets the seconds before the first progress line.
  public static let delayVariable = "CONTENTLINT_PROGRESS_DELAY"

  /// The progress a command line run shows: redrawn on a terminal, lines when `forced` and stderr is not
  /// one, and none otherwise so CI logs stay clean. `CONTENTLINT_PROGRESS_DELAY` sets the delay; a value that is
  /// not a number of seconds, zero or more, leaves the default.
  public static func standardError(
    forced: Bool, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Progress? {
    let delay = environment[delayVariable].flatMap(Double.init).flatMap { $0 >= 0 && $0.isFinite ? $0 : nil } ?? 1
    if Terminal.isInteractive(2) && environment["TERM"] != "dumb" {
      return Progress(style: .redrawn, delay: delay) { FileHandleOutput.standardError($0) }
    }
    return forced ? Progress(style: .lines, delay: delay) { FileHandleOutput.standardError($0) } : nil
  }

  /// Starts the clock for `total` files.
  public func start(total: Int) {
    let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "contentlint.progress"))
    lock.withLock {
      self.total = total
      done = 0
      started = Date()
      self.timer = timer
    }
    // Shown here rather than by the timer, so a run shorter than one timer turn still gets its first line.
    if delay <= 0 { tick() }
    timer.schedule(deadline: .now() + (delay <= 0 ? interval : delay), repeating: interval)
    timer.setEventHandler { [weak self] in self?.tick() }
    timer.resume()
  }

  /// One more file done; called from the worker threads.
  public func advance() {
    lock.withLock { done += 1 }
  }

  /// Stops the timer and leaves standard error tidy: the redrawn line erased, or a last line after others.
  public func finish() {
    // Writes happen under the lock so a last tick can never land after the line was erased.
    lock.withLock {
      timer?.cancel()
      timer = nil
      guard printed else { return }
      switch style {
      case .redrawn: write("\r\u{1B}[K")
      case .lines: write(status() + "\n")
      }
    }
  }

  // MARK: - Private

  private func tick() {
    lock.withLock {
      guard timer != nil else { return }
      printed = true
      switch style {
      case .redrawn: write("\r\u{1B}[K" + status())
      case .lines: write(status() + "\n")
      }
    }
  }

  /// Called with `lock` held.
  private func status() -> String {
    let elapsed = max(Date().timeIntervalSince(started), 0.001)
    let rate = Double(done) / elapsed
    let shownRate = rate >= 10 ? String(Int(rate.rounded())) : String(format: "%.1f", rate)
    return "contentlint: \(done)/\(total) files, \(shownRate) files/s"
  }
}
