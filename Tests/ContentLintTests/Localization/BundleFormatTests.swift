import Foundation
import Localization
import Testing

@Suite struct BundleFormatTests {
  /// A bundle with every feature the formats must carry: codes, states, previous sources, obsolete units.
  private func sampleBundle() throws -> TranslationBundle {
    var units = L10nFixture.extracted(try L10nFixture.htmlDocument()).map(\.unit)
    units += MessageCatalog.units(targetLocale: "fr")
    var bundle = TranslationBundle(original: "post.html", sourceLocale: "en", targetLocale: "fr", units: units)
    let index = try #require(bundle.units.firstIndex { $0.sourceText.hasPrefix("Poor sleep") })
    bundle.units[index].segments[0].target = [
      .text("Mal dormir peut changer "), .open(1), .text("votre humeur"),
      .close(1), .text(" le lendemain."),
    ]
    bundle.units[index].segments[0].state = .translated
    bundle.units[index].segments[1].target = [
      .text("Le Dr Lee explique le lien dans "), .open(2),
      .text("une étude de 2019"), .close(2), .text(" sur 1 200 adultes."),
    ]
    bundle.units[index].segments[1].state = .initial
    bundle.units[index].notes.append(
      TranslationNote(category: .previousSource, segment: "s2", text: "Dr. Lee explains it in {2}a study{/2}."))
    var gone = bundle.units[index]
    gone.id = UnitID.make(role: "paragraph", heading: "Old", text: "An old paragraph.")
    gone.headingPath = ["Old"]
    gone.notes = [
      TranslationNote(category: .role, text: "paragraph"), TranslationNote(category: .context, text: "Old"),
    ]
    gone.codes = []
    gone.segments = [
      TranslationSegment(
        id: "s1", source: [.text("An old paragraph.")],
        target: [.text("Un ancien paragraphe.")], state: .final)
    ]
    bundle.obsolete = [gone]
    return bundle
  }

  /// What survives every format: ids, sources, targets, code references, obsolete units.
  private func essentials(_ bundle: TranslationBundle) -> [String] {
    ["units \(bundle.units.count)", "obsolete \(bundle.obsolete.count)"]
      + (bundle.units + bundle.obsolete).flatMap { unit in
        unit.segments.map { segment in
          "\(unit.id)/\(segment.id)|\(segment.source)|\(String(describing: segment.target))|\(segment.target != nil && segment.state == .initial)"
        } + unit.codes.map { "\($0.id) \($0.kind) \($0.opening) \($0.closing ?? "")" }
      }
  }

  @Test(arguments: BundleFormat.allCases)
  func writesAndReadsBack(_ format: BundleFormat) throws {
    let bundle = try sampleBundle()
    let text = format.write(bundle)
    let read = try format.read(text, path: "x.\(format.fileExtension)")
    #expect(read.targetLocale == "fr")
    #expect(read.sourceLocale == "en")
    #expect(read.original == "post.html")
    #expect(essentials(read) == essentials(bundle))
    #expect(read.units.allSatisfy(UnitID.matches))
    // Writing what was read gives the same file: no drift between runs.
    #expect(format.write(read) == text)
  }

  @Test(.enabled(if: TestPaths.shared != nil && L10nFixture.tool("xmllint") != nil))
  func everyXLIFFFileValidates() throws {
    let folder = try TemporaryFolder()
    let bundle = try sampleBundle()
    var empty = bundle
    empty.units = []
    empty.obsolete = []
    let files = [
      try folder.write("b.xlf", BundleFormat.xliff2.write(bundle)).path,
      try folder.write("empty.xlf", BundleFormat.xliff2.write(empty)).path,
      try folder.write("b.xliff", BundleFormat.xliff12.write(bundle)).path,
      try folder.write("empty.xliff", BundleFormat.xliff12.write(empty)).path,
    ]
    let result = try XLIFFValidator.validate(files)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test(.enabled(if: L10nFixture.tool("msgfmt") != nil))
  func poPassesMsgfmtCheck() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("b.po", BundleFormat.po.write(try sampleBundle()))
    let msgfmt = try #require(L10nFixture.tool("msgfmt"))
    let result = try L10nFixture.runTool(msgfmt, ["-c", "-o", "/dev/null", file.path])
    #expect(result.status == 0, "\(result.output)")
  }

  @Test(.enabled(if: L10nFixture.tool("pocount") != nil))
  func poLoadsInTranslateToolkit() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("b.po", BundleFormat.po.write(try sampleBundle()))
    let result = try L10nFixture.runTool(try #require(L10nFixture.tool("pocount")), ["--csv", file.path])
    #expect(result.status == 0, "\(result.output)")
    // pocount's CSV: file, translated messages, translated source words, translated target words, fuzzy messages, …
    let row = try #require(result.output.split(separator: "\n").last { $0.contains("b.po") })
    let fields = row.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(fields[1] == "1")
    #expect(fields[4] == "1")
  }

  @Test func malformedFilesNameFileAndLine() throws {
    let good = BundleFormat.xliff2.write(try sampleBundle())
    let broken = good.replacingOccurrences(
      of: "</source>", with: "</sauce>", options: [], range: good.range(of: "</source>"))
    #expect(throws: BundleError.self) { try BundleFormat.xliff2.read(broken, path: "fr/post.xlf") }
    do throws(BundleError) {
      _ = try BundleFormat.xliff2.read(broken, path: "fr/post.xlf")
    } catch {
      #expect(error.path == "fr/post.xlf")
      #expect(error.line != nil)
    }
    let version12 = BundleFormat.xliff12.write(try sampleBundle())
    do throws(BundleError) {
      _ = try BundleFormat.xliff2.read(version12, path: "fr/post.xlf")
      Issue.record("an XLIFF 1.2 file read as 2.1")
    } catch {
      #expect(error.description.contains("XLIFF version 1.2"))
      #expect(error.line == 2)
    }
    let po = BundleFormat.po.write(try sampleBundle()) + "\nmsgctxt \"x.s1\"\nmsgid \"unterminated\nmsgstr \"\"\n"
    do throws(BundleError) {
      _ = try BundleFormat.po.read(po, path: "fr/post.po")
      Issue.record("a broken PO file was read")
    } catch {
      let lines = po.components(separatedBy: "\n")
      let expected = try #require(lines.firstIndex { $0 == "msgid \"unterminated" }) + 1
      #expect(error.line == expected)
      #expect(error.description.hasPrefix("fr/post.po:\(expected): "))
    }
  }
}

@Suite struct UnbalancedTargetTests {
  @Test(arguments: BundleFormat.allCases)
  func anUnbalancedTargetIsKeptAndStillWellFormed(_ format: BundleFormat) throws {
    let codes = [InlineCode(id: 1, kind: .link, opening: "<a href=\"/x\">", closing: "</a>")]
    let source: [InlinePiece] = [.text("Read "), .open(1), .text("this"), .close(1), .text(".")]
    let target: [InlinePiece] = [.text("Lisez "), .open(1), .text("ceci.")]
    let unit = TranslationUnit(
      id: UnitID.make(role: "paragraph", heading: nil, text: "Read this."), role: "paragraph",
      notes: [TranslationNote(category: .role, text: "paragraph")], codes: codes,
      segments: [TranslationSegment(id: "s1", source: source, target: target, state: .translated)])
    let bundle = TranslationBundle(original: "p.html", sourceLocale: "en", targetLocale: "fr", units: [unit])
    let read = try format.read(format.write(bundle), path: "p")
    #expect(read.units.first?.segments.first?.target == target)
    if format != .po {
      let folder = try TemporaryFolder()
      let file = try folder.write("p.\(format.fileExtension)", format.write(bundle))
      let validation = try XLIFFValidator.validate([file.path])
      #expect(validation.status == 0, "\(validation.output)")
    }
    let issues = TranslationChecker().check(read, path: "p")
    #expect(issues.contains { $0.check == "codes" && $0.severity == .error })
  }
}

@Suite struct NormalizationTests {
  @Test(arguments: BundleFormat.allCases)
  func decomposedTargetsAreReadAsNFC(_ format: BundleFormat) throws {
    let unit = TranslationUnit(
      id: UnitID.make(role: "paragraph", heading: nil, text: "Coffee."), role: "paragraph",
      notes: [TranslationNote(category: .role, text: "paragraph")],
      segments: [
        TranslationSegment(id: "s1", source: [.text("Coffee.")], target: [.text("Cafe\u{301}.")], state: .final)
      ])
    let bundle = TranslationBundle(original: "p.txt", sourceLocale: "en", targetLocale: "fr", units: [unit])
    let read = try format.read(format.write(bundle), path: "p")
    let target = try #require(read.units.first?.segments.first?.target)
    #expect(InlinePiece.plainText(target).unicodeScalars.map(\.value) == Array("Café.".unicodeScalars.map(\.value)))
  }
}
