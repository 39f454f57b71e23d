import ContentModel
import Foundation
import Ingest

extension Ingester {
  /// Ingests a fixture file (a path under Fixtures), reported under its file name.
  func ingestFixture(_ relativePath: String) throws -> Document {
    let url = TestPaths.fixture(relativePath)
    return try ingest(Array(try Data(contentsOf: url)), path: url.lastPathComponent)
  }
}
