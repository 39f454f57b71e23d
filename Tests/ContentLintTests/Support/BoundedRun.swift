import Foundation
import Glibc

/// Runs the built executable as a child process under a wall-clock bound and reports its peak memory.
///
/// Bad-input cases are judged by what the whole process did, which an in-process test cannot separate from
/// the tests running beside it. The peak comes from GNU time: a child started with `posix_spawn` shares the
/// test process's memory until it execs, and Linux counts that high-water mark in the child's own `ru_maxrss`,
/// whereas time forks a small process of its own first.
struct BoundedRun {
  var status: Int32
  var seconds: Double
  /// Nil when GNU time is not installed (`scripts/ensure-system-packages` installs it for the tests).
  var peakMegabytes: Double?
  var standardOutput: String
  var standardError: String
  var timedOut: Bool

  enum Failure: Error, CustomStringConvertible {
    case notBuilt
    case spawn(Int32)

    var description: String {
      switch self {
      case .notBuilt: "the contentlint executable is not built"
      case .spawn(let code): "could not start contentlint: \(String(cString: strerror(code)))"
      }
    }
  }

  /// Runs `contentlint arguments`; kills it when it outlives `seconds`.
  /// `asUser` runs it under another account (through setpriv), so that file permissions bite even for root.
  static func contentlint(
    _ arguments: [String], seconds limit: Double, asUser user: (uid: UInt32, gid: UInt32)? = nil
  ) throws -> BoundedRun {
    guard let executable = TestPaths.executable else { throw Failure.notBuilt }
    var argv = [executable.path] + arguments
    if let user {
      argv = ["/usr/bin/setpriv", "--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", "--"] + argv
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bounded-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outPath = scratch.appendingPathComponent("out").path
    let errPath = scratch.appendingPathComponent("err").path
    let memoryPath = scratch.appendingPathComponent("peak-kilobytes").path
    let measured = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
    if measured { argv = ["/usr/bin/time", "--format=%M", "--output=\(memoryPath)"] + argv }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    let environmentStrings = environment.map { "\($0.key)=\($0.value)" }

    let started = Date()
    // A process group of its own, so that a kill reaches contentlint and not only GNU time above it.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    var pid: pid_t = 0
    let code = withCStrings(argv) { cArguments in
      withCStrings(environmentStrings) { cEnvironment in
        posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
      }
    }
    guard code == 0 else { throw Failure.spawn(code) }

    var status: Int32 = 0
    var timedOut = false
    while true {
      let waited = waitpid(pid, &status, WNOHANG)
      if waited == pid { break }
      if waited < 0 && errno != EINTR { break }
      if Date().timeIntervalSince(started) > limit && !timedOut {
        timedOut = true
        kill(-pid, SIGKILL)
      }
      usleep(5_000)
    }
    let exited = status & 0x7F == 0
    return BoundedRun(
      status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
      seconds: Date().timeIntervalSince(started),
      peakMegabytes: measured ? peakKilobytes(memoryPath).map { $0 / 1024 } : nil,
      standardOutput: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
      standardError: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
      timedOut: timedOut)
  }

  /// GNU time's last line is the figure; a line before it says when the child was killed by a signal.
  private static func peakKilobytes(_ path: String) -> Double? {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
  }

  private static func withCStrings<Result>(
    _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result
  ) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
  }
}
