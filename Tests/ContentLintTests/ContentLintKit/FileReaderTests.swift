@testable import ContentLintKit
import Foundation
import Testing
import TextKit

@Suite struct FileReaderTests {
  /// Files of every size come back whole, those that end exactly on the size the reader asked for included.
  @Test(arguments: [0, 1, 4_095, 65_536, 65_537, 200_000])
  func readsAFileWhole(_ size: Int) throws {
    let folder = try TemporaryFolder()
    var generator = SplitMix64(state: UInt64(size))
    let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    let file = try folder.write("post.bin", bytes)
    #expect(try FileReader.read(file.path) == bytes)
  }

  /// A file whose size the file system does not know beforehand (procfs says 0) is still read to its end.
  @Test func readsPastTheSizeTheFileSystemGives() throws {
    let bytes = try FileReader.read("/proc/self/status")
    #expect(String(decoding: bytes, as: UTF8.self).contains("Name:"))
  }
}
