import Foundation

/// Where the rule packs that ship with contentlint are installed.
public enum BundledPacks {
  /// The folder holding one sub-folder per pack, each with one YAML file per rule.
  public static var directory: URL? {
    besideExecutable ?? Bundle.module.url(forResource: "packs", withExtension: nil)
  }

  /// The resource folder the package manager puts beside the executable, which is also where `Bundle.module`
  /// looks first. Finding it directly spares every run the set-up of `Bundle.main` (a few milliseconds, a
  /// good part of linting one post); test runners and unusual layouts still go through `Bundle.module`.
  private static var besideExecutable: URL? {
    guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
    let packs = URL(fileURLWithPath: executable).deletingLastPathComponent()
      .appendingPathComponent("contentlint_RulePacks.resources").appendingPathComponent("packs")
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: packs.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      return nil
    }
    return packs
  }
}
