import ContentModel
import Ingest
import Testing

/// Article trimming reads ASCII blocks from their bytes and every other block by Characters: datelines,
/// widget labels and slide counters in accented text are trimmed as in plain English text.
@Suite struct TrimmingBeyondASCIITests {
  @Test func datelinesLabelsAndCountersOutsideASCIIAreTrimmed() throws {
    let prose = String(
      repeating: "This paragraph goes on with enough words to read as prose, and it ends with a full stop. ", count: 2)
    let paragraphs = String(repeating: "<p>\(prose)</p>\n", count: 6)
    let page = """
      <!DOCTYPE html><html lang="fr"><head><title>Le marché du matin</title></head><body><main><article>
      <h1>Le marché du matin</h1>
      <p>Mis à jour le 20 novembre 2019 à 15:27</p>
      \(paragraphs)
      <p>2 of 6 — ½</p>
      <p>1 of 6</p>
      <p>Publicité</p>
      <p>Café crème: 12/05/2019 — chez José</p>
      \(paragraphs)
      </article></main></body></html>
      """
    let document = try HTMLIngester().ingest(Array(page.utf8), path: "marche.html")
    let residue = Set(document.blocks.filter { $0.role == .residue }.map(\.text))
    for text in ["Mis à jour le 20 novembre 2019 à 15:27", "Publicité", "Café crème: 12/05/2019 — chez José"] {
      #expect(residue.contains(text), "\(text) should be residue")
    }
    // Slide counters are dropped outright, with or without non-ASCII around the numbers.
    #expect(!document.blocks.contains { $0.text == "1 of 6" || $0.text == "2 of 6 — ½" })
    #expect(document.contentBlocks.filter { $0.kind == .paragraph }.count == 12)
  }
}
