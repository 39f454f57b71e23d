/// Finds the parts of an HTML page's head that hold translatable text.
public enum HTMLHead {
  /// The text range of the first `<title>` element.
  public static func titleRange(in source: SourceText) -> Range<Int>? {
    guard let open = source.firstOffset(of: "<title", from: 0),
      let openEnd = source.firstOffset(of: ">", from: open),
      let close = source.firstOffset(of: "</title", from: openEnd)
    else { return nil }
    return (openEnd + 1)..<close
  }
}
