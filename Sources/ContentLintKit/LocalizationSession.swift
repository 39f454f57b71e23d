import ContentModel
import Foundation
import Ingest
import Linting
public import Localization
import TextKit

/// What the `l10n` commands do: extract bundles from posts, read them back, report status, check and render.
///
/// Every bundle that already exists is read and validated before anything is written, so that a malformed
/// file from a translator stops the run with its file and line named and leaves `Locales/` untouched.
public struct LocalizationSession: Sendable {
  private let lint = LintSession()

  public init() {}

  /// The outcome of a command: messages for standard error and the exit status.
  public struct Outcome: Sendable {
    public var errors: [String] = []
    public var notes: [String] = []
    public var written: [String] = []
    public var exitStatus: Int32 = 0
  }

  // MARK: - Extract

  /// Writes (or merges into) one bundle per post and locale: `OUT/<locale>/<post path>.<ext>`.
  public func extract(
    paths: [String], locales: [String], outDirectory: String, format: BundleFormat, sourceLocale: String?
  ) -> Outcome {
    var outcome = Outcome()
    var targets: [String] = []
    for tag in locales {
      guard let canonical = Self.canonicalLocale(tag) else {
        outcome.errors.append("'\(tag)' is not a BCP 47 language tag")
        outcome.exitStatus = 2
        return outcome
      }
      if !targets.contains(canonical) { targets.append(canonical) }
    }
    let lock: FolderLock
    do {
      lock = try FolderLock(outDirectory) {
        FileHandle.standardError.write(Data("contentlint: waiting for another run writing \(outDirectory)\n".utf8))
      }
    } catch {
      outcome.errors.append("\(error)")
      outcome.exitStatus = 2
      return outcome
    }
    defer { withExtendedLifetime(lock) {} }
    let (documents, findings) = ingestAndLint(paths, outcome: &outcome)
    if outcome.exitStatus != 0 { return outcome }
    var planned: [(path: String, text: String)] = []
    let posts = zip(documents, findings).map { ($0, $1) }.parallelMap { document, postFindings in
      let source =
        sourceLocale.flatMap(Self.canonicalLocale)
        ?? document.metadata.lang.flatMap(Self.canonicalLocale) ?? "en"
      return (document, source, UnitBuilder().units(for: document, findings: postFindings, sourceLocale: source))
    }
    for (document, source, units) in posts {
      for locale in targets {
        let bundlePath = Self.bundlePath(for: document.path, locale: locale, root: outDirectory, format: format)
        let fresh = TranslationBundle(
          original: Self.relativePath(document.path), sourceLocale: source, targetLocale: locale,
          units: units + MessageCatalog.units(targetLocale: locale))
        let bundle: TranslationBundle
        if let pseudo = PseudoLocalizer(locale: locale) {
          var translated = fresh
          translated.units = fresh.units.map(pseudo.translate)
          bundle = translated
        } else {
          do throws(BundleError) {
            let existing = try readExisting(bundlePath, format: format, locale: locale)
            bundle = BundleMerger().merge(fresh, into: existing)
          } catch {
            outcome.errors.append(error.description)
            continue
          }
        }
        planned.append((bundlePath, format.write(bundle)))
      }
    }
    guard outcome.errors.isEmpty else {
      outcome.errors.append("nothing was written: fix the bundles above (or move them away) and extract again")
      outcome.exitStatus = 1
      return outcome
    }
    for (path, text) in planned {
      if let current = try? String(contentsOfFile: path, encoding: .utf8), current == text { continue }
      Self.write(text, to: path, outcome: &outcome)
    }
    return outcome
  }

  /// Writes a file atomically, creating its folder; a failure becomes an error of the outcome.
  private static func write(_ text: String, to path: String, outcome: inout Outcome) {
    do {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try AtomicFile.write(Array(text.utf8), to: path)
      outcome.written.append(path)
    } catch {
      outcome.errors.append("cannot write \(path): \(error)")
      outcome.exitStatus = 1
    }
  }

  /// The bundle already at `path`, validated: well-formed, for `locale`, with ids contentlint issued.
  private func readExisting(_ path: String, format: BundleFormat, locale: String) throws(BundleError)
    -> TranslationBundle?
  {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    let bundle = try Self.readBundle(path, format: format)
    guard Self.canonicalLocale(bundle.targetLocale) == locale else {
      throw BundleError(
        path: path, line: 1, message: "targets for '\(bundle.targetLocale)' in the bundle for '\(locale)'")
    }
    for unit in bundle.units + bundle.obsolete where !UnitID.matches(unit) {
      throw BundleError(
        path: path, line: unit.segments.first?.line,
        message: "unknown unit id '\(unit.id)': contentlint did not issue it for this source text")
    }
    return bundle
  }

  static func readBundle(_ path: String, format: BundleFormat) throws(BundleError) -> TranslationBundle {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw BundleError(path: path, line: nil, message: "cannot read: \(error.localizedDescription)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw BundleError(path: path, line: nil, message: "not UTF-8 text")
    }
    return try format.read(text, path: path)
  }

  // MARK: - Status and check

  /// Every bundle under `directory`, read; unreadable ones as errors.
  public func loadBundles(in directory: String) -> (
    bundles: [(path: String, bundle: TranslationBundle)], errors: [BundleError]
  ) {
    var bundles: [(String, TranslationBundle)] = []
    var errors: [BundleError] = []
    let root = URL(fileURLWithPath: directory)
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
      return ([], [BundleError(path: directory, line: nil, message: "no such folder")])
    }
    var paths: [String] = []
    for case let url as URL in enumerator where BundleFormat(path: url.path) != nil { paths.append(url.path) }
    for path in paths.sorted() {
      guard let format = BundleFormat(path: path) else { continue }
      let shown = Self.relativePath(path)
      do throws(BundleError) {
        let bundle = try Self.readBundle(path, format: format)
        if let folder = Self.localeFolder(of: path, root: directory),
          Self.canonicalLocale(folder) != Self.canonicalLocale(bundle.targetLocale)
        {
          errors.append(
            BundleError(
              path: shown, line: 1, message: "targets for '\(bundle.targetLocale)' in the folder for '\(folder)'"))
          continue
        }
        bundles.append((shown, bundle))
      } catch {
        errors.append(BundleError(path: shown, line: error.line, message: error.message))
      }
    }
    return (bundles, errors)
  }

  /// Per-locale progress as text or JSON.
  public func status(directory: String, json: Bool) -> (report: String, outcome: Outcome) {
    var outcome = Outcome()
    if let missing = Self.missingFolder(directory) { return ("", missing) }
    let (bundles, errors) = loadBundles(in: directory)
    outcome.errors = errors.map(\.description)
    if !errors.isEmpty { outcome.exitStatus = 1 }
    let statuses = LocaleStatus.summarize(bundles.map(\.bundle))
    return (json ? Self.statusJSON(statuses) : Self.statusTable(statuses), outcome)
  }

  static func statusTable(_ statuses: [LocaleStatus]) -> String {
    var lines = [
      ["locale", "files", "units", "segments", "words", "translated", "review", "untranslated", "obsolete"]
    ]
    for status in statuses {
      lines.append([
        status.locale, "\(status.files)", "\(status.units)", "\(status.segments)", "\(status.words)",
        String(format: "%.1f%%", status.translatedPercent), "\(status.needsReview)", "\(status.untranslated)",
        "\(status.obsolete)",
      ])
    }
    let widths = (0..<lines[0].count).map { column in lines.map { $0[column].count }.max() ?? 0 }
    return lines.map { row in
      row.enumerated().map { index, cell in
        index == 0
          ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
          : String(repeating: " ", count: widths[index] - cell.count) + cell
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  static func statusJSON(_ statuses: [LocaleStatus]) -> String {
    let items = statuses.map { status in
      "{\"locale\": \"\(status.locale)\", \"files\": \(status.files), \"units\": \(status.units), "
        + "\"segments\": \(status.segments), \"words\": \(status.words), \"translatedWords\": \(status.translatedWords), "
        + "\"translatedPercent\": \(status.translatedPercent), \"needsReview\": \(status.needsReview), "
        + "\"untranslated\": \(status.untranslated), \"obsolete\": \(status.obsolete)}"
    }
    return "{\"locales\": [" + items.joined(separator: ", ") + "]}\n"
  }

  /// Translation QA over every bundle; exit status 1 when any error (malformed bundles included).
  public func check(directory: String, showSuggestions: Bool) -> (issues: [TranslationIssue], outcome: Outcome) {
    var outcome = Outcome()
    if let missing = Self.missingFolder(directory) { return ([], missing) }
    let (bundles, errors) = loadBundles(in: directory)
    var issues: [TranslationIssue] = errors.map {
      TranslationIssue(
        check: "syntax", severity: .error, path: $0.path, line: $0.line, unit: "-", segment: nil,
        message: $0.message)
    }
    let checker = TranslationChecker()
    for (path, bundle) in bundles { issues += checker.check(bundle, path: path) }
    if !showSuggestions { issues.removeAll { $0.severity == .suggestion } }
    if issues.contains(where: { $0.severity == .error }) { outcome.exitStatus = 1 }
    return (issues, outcome)
  }

  /// Exit status 2 and a message when the bundles folder does not exist, as for any missing path.
  private static func missingFolder(_ directory: String) -> Outcome? {
    var isFolder: ObjCBool = false
    guard !FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) || !isFolder.boolValue else {
      return nil
    }
    var outcome = Outcome()
    outcome.errors.append("\(directory): no such folder")
    outcome.exitStatus = 2
    return outcome
  }

  // MARK: - Render

  /// Writes each post translated into `locale` under `outDirectory`, keeping the post's relative path.
  public func render(
    paths: [String], locale rawLocale: String, from directory: String, outDirectory: String,
    fallback: PostRenderer.Fallback
  ) -> Outcome {
    var outcome = Outcome()
    guard let locale = Self.canonicalLocale(rawLocale) else {
      outcome.errors.append("'\(rawLocale)' is not a BCP 47 language tag")
      outcome.exitStatus = 2
      return outcome
    }
    let (documents, findings) = ingestAndLint(paths, outcome: &outcome)
    if outcome.exitStatus == 2 { return outcome }
    for (document, postFindings) in zip(documents, findings) {
      let source = document.metadata.lang.flatMap(Self.canonicalLocale) ?? "en"
      let units = UnitBuilder().extract(document, findings: postFindings, sourceLocale: source)
      var bundle: TranslationBundle?
      for format in BundleFormat.allCases {
        let path = Self.bundlePath(for: document.path, locale: locale, root: directory, format: format)
        guard FileManager.default.fileExists(atPath: path) else { continue }
        do throws(BundleError) {
          bundle = try Self.readBundle(path, format: format)
        } catch {
          outcome.errors.append(error.description)
          outcome.exitStatus = 1
        }
        break
      }
      if bundle == nil {
        outcome.notes.append("\(document.path): no \(locale) bundle under \(directory); the source text is kept")
      }
      let (text, problems) = PostRenderer(fallback: fallback).render(
        document, units: units, bundle: bundle, locale: locale)
      for problem in problems {
        if problem.isError {
          outcome.errors.append("\(document.path): \(problem)")
          outcome.exitStatus = 1
        } else {
          outcome.notes.append("\(document.path): \(problem)")
        }
      }
      let output = (outDirectory as NSString).appendingPathComponent(Self.relativePath(document.path))
      Self.write(text, to: output, outcome: &outcome)
    }
    return outcome
  }

  // MARK: - Shared

  /// Ingests the posts and lints them with every rule (corpus rules across all of them).
  private func ingestAndLint(_ paths: [String], outcome: inout Outcome) -> ([Document], [[Finding]]) {
    var documents: [Document] = []
    for result in lint.ingest(paths: paths) {
      switch result {
      case .success(let document): documents.append(document)
      case .failure(let failure):
        outcome.errors.append("\(failure.path): \(failure.message)")
        outcome.exitStatus = failure.isMissing ? 2 : max(outcome.exitStatus, 1)
      }
    }
    documents.sort { $0.path < $1.path }
    let linter = Linter(rules: lint.rules)
    let results = documents.parallelMap { linter.lint($0) }
    let corpus = linter.lintCorpus(results.map(\.summary))
    return (documents, zip(results, corpus).map { $0.findings + $1 })
  }

  /// Canonical BCP 47 through ICU; pseudo-locales keep their customary spelling.
  public static func canonicalLocale(_ tag: String) -> String? {
    let trimmed = tag.trimming(" \t")
    if let pseudo = PseudoLocalizer.locales.first(where: {
      $0.lowercased() == trimmed.lowercased().replacingOccurrences(of: "_", with: "-")
    }) {
      return pseudo
    }
    guard let canonical = LanguageTag.canonical(trimmed), !canonical.isEmpty, canonical != "und" else { return nil }
    return canonical
  }

  /// `ROOT/<locale>/<post path>.<ext>`.
  public static func bundlePath(for post: String, locale: String, root: String, format: BundleFormat) -> String {
    ((root as NSString).appendingPathComponent(locale) as NSString)
      .appendingPathComponent(relativePath(post) + "." + format.fileExtension)
  }

  /// The post's path inside the current folder, or its file name when it lies elsewhere.
  static func relativePath(_ path: String) -> String {
    let standardized = (path as NSString).standardizingPath
    if !standardized.hasPrefix("/") { return standardized }
    let current = FileManager.default.currentDirectoryPath
    if standardized.hasPrefix(current + "/") { return String(standardized.dropFirst(current.count + 1)) }
    return (standardized as NSString).lastPathComponent
  }

  /// The first folder under `root` on the way to `path`, which names the locale.
  private static func localeFolder(of path: String, root: String) -> String? {
    let rootComponents = URL(fileURLWithPath: root).standardizedFileURL.pathComponents
    let components = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
    guard components.count > rootComponents.count + 1, Array(components.prefix(rootComponents.count)) == rootComponents
    else { return nil }
    return components[rootComponents.count]
  }
}
