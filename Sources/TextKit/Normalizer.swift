internal import CICU

/// Unicode normalisation and case folding through ICU.
public enum Normalizer {
  public enum Form: Sendable {
    case nfc, nfd, nfkc
    /// NFKC with full case folding and default-ignorable characters removed: the form for comparing text.
    case nfkcCaseFold

    var icuValue: Int32 {
      switch self {
      case .nfc: Int32(CICU_NFC)
      case .nfd: Int32(CICU_NFD)
      case .nfkc: Int32(CICU_NFKC)
      case .nfkcCaseFold: Int32(CICU_NFKC_CASEFOLD)
      }
    }
  }

  public static func normalize(_ text: String, form: Form = .nfc) -> String {
    let units = Array(text.utf16)
    guard !units.isEmpty else { return text }
    let result: [UInt16]? = units.withUnsafeBufferPointer { input in
      withGrowingBuffer(initialCapacity: units.count + units.count / 4) { out, capacity in
        cicu_normalize(form.icuValue, input.baseAddress, Int32(units.count), out, capacity)
      }
    }
    return result.map(String.init(utf16Units:)) ?? text
  }

  /// Full Unicode case folding ("Straße" and "STRASSE" fold alike).
  public static func foldCase(_ text: String) -> String {
    let units = Array(text.utf16)
    guard !units.isEmpty else { return text }
    let result: [UInt16]? = units.withUnsafeBufferPointer { input in
      withGrowingBuffer(initialCapacity: units.count + units.count / 4) { out, capacity in
        cicu_fold_case(input.baseAddress, Int32(units.count), out, capacity)
      }
    }
    return result.map(String.init(utf16Units:)) ?? text
  }
}
