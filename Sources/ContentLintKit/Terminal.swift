import Foundation

/// Facts about where output goes.
public enum Terminal {
  public static func isInteractive(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }

  /// Colour only on a terminal, never with `NO_COLOR` set (no-color.org), never for `TERM=dumb`.
  public static func usesColor(_ descriptor: Int32) -> Bool {
    let environment = ProcessInfo.processInfo.environment
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if environment["TERM"] == "dumb" { return false }
    return isInteractive(descriptor)
  }
}

/// Writes to the standard streams without buffering surprises.
public enum FileHandleOutput {
  public static func standardOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  public static func standardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
