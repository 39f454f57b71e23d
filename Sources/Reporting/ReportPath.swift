/// Report paths as CI tools want them: relative to the folder the run started in, with `/` separators.
public enum ReportPath {
  /// `path` relative to `base` when it lies inside it (or is already relative and stays inside), else nil.
  ///
  /// Purely textual: `.` and `..` components are resolved, symbolic links are not followed.
  public static func relative(_ path: String, to base: String) -> String? {
    let absolute = path.hasPrefix("/") ? path : base + "/" + path
    guard let components = resolved(absolute), let baseComponents = resolved(base) else { return nil }
    guard components.count > baseComponents.count, Array(components.prefix(baseComponents.count)) == baseComponents
    else { return nil }
    return components.dropFirst(baseComponents.count).joined(separator: "/")
  }

  /// `path` with `.` and `..` components resolved against the root, or nil when `..` climbs above it.
  private static func resolved(_ path: String) -> [Substring]? {
    var components: [Substring] = []
    for component in path.split(separator: "/") {
      switch component {
      case ".": continue
      case "..":
        guard !components.isEmpty else { return nil }
        components.removeLast()
      default: components.append(component)
      }
    }
    return components
  }

  /// Percent-encodes a path for a URI reference (RFC 3986 `pchar` plus `/`), byte by byte in UTF-8.
  public static func uriEncoded(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      case _ where "-._~!$&'()*+,;=:@/".utf8.contains(byte):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let digits = String(byte, radix: 16, uppercase: true)
        result += "%" + (digits.count == 1 ? "0" : "") + digits
      }
    }
    return result
  }
}
