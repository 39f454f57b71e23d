import Foundation
import TextKit

/// Dates from YAML front matter, written back the way posts declare them.
enum ISO8601Date {
  static func format(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    return formatter.string(from: date)
  }
}

/// Locale tags written by hand ("en_US", "pt-br") in canonical BCP 47 form.
enum LanguageTagReader {
  static func canonical(_ tag: String) -> String? {
    LanguageTag.canonical(String(tag.map { $0 == "_" ? "-" : $0 }))
  }
}
