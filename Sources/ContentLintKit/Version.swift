/// The version reports and caches carry.
public enum ContentLintVersion {
  public static let current = "0.1.0"
}
