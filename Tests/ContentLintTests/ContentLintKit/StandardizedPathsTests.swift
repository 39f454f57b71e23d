@testable import ContentLintKit
import Foundation
import Testing

@Suite struct StandardizedPathsTests {
  /// Worked out once per folder, the paths are still exactly Foundation's, asked again and in any order.
  @Test func matchFoundationsStandardizedPaths() {
    let paths = [
      "post.txt", "posts/a.txt", "posts/b.txt", "./posts/a.txt", "posts/./c.txt", "posts/../other/d.txt",
      "../sibling/e.txt", "/tmp/x/../y/f.txt", "/g.txt", "//h.txt", "posts//i.txt", "posts/", "posts/..",
      "posts/.", "..", ".", "/", "naïve/ü.txt", "posts/a.txt",
    ]
    var standardized = StandardizedPaths()
    for path in paths + paths.reversed() {
      let url = URL(fileURLWithPath: path).standardizedFileURL
      let absolute = standardized.absolute(path)
      let folder = standardized.folder(of: path)
      #expect(absolute == url.path, "\(path)")
      #expect(folder == url.deletingLastPathComponent().path, "\(path)")
    }
  }
}
