import Foundation

/// Where the rule packs that ship with contentlint are installed.
public enum BundledPacks {
  /// The folder holding one sub-folder per pack, each with one YAML file per rule.
  public static var directory: URL? {
    Bundle.module.url(forResource: "packs", withExtension: nil)
  }
}
