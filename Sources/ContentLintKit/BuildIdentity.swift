import Foundation
import Glibc

/// What makes two builds of contentlint the same for the cache: the linker's GNU build ID of the running
/// program, a digest of its linked contents that survives copying, restoring from a CI cache or
/// reinstalling, and changes with any change to the code. Without one (a linker that wrote none, a
/// non-ELF system), a digest of the executable file itself.
enum BuildIdentity {
  static let current: String = {
    let executable = "/proc/self/exe"
    if let buildID = gnuBuildID(ofELF: executable) {
      return "build-id " + buildID.map { String($0, radix: 16) }.joined(separator: ".")
    }
    if let bytes = try? FileReader.read(executable) { return "executable " + ContentDigest(bytes).hex }
    return "version " + ContentLintVersion.current
  }()

  /// NT_GNU_BUILD_ID from the PT_NOTE segments of a 64-bit little-endian ELF file, read without loading
  /// the whole file: the header, the program headers and the notes are a few kilobytes.
  static func gnuBuildID(ofELF path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    func read(_ count: Int, at offset: Int) -> [UInt8]? {
      guard count > 0, count <= 1 << 20, offset >= 0 else { return nil }
      var bytes = [UInt8](repeating: 0, count: count)
      let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
      return got == count ? bytes : nil
    }
    guard let header = read(64, at: 0), header[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]), header[4] == 2,
      header[5] == 1
    else { return nil }
    let programHeaders = Int(header.littleEndian(UInt64.self, at: 32))
    let entrySize = Int(header.littleEndian(UInt16.self, at: 54))
    let entries = Int(header.littleEndian(UInt16.self, at: 56))
    guard entrySize >= 56, let table = read(entrySize * entries, at: programHeaders) else { return nil }
    for entry in 0..<entries where table.littleEndian(UInt32.self, at: entry * entrySize) == 4 {  // PT_NOTE
      let offset = Int(table.littleEndian(UInt64.self, at: entry * entrySize + 8))
      let size = Int(table.littleEndian(UInt64.self, at: entry * entrySize + 32))
      if let notes = read(size, at: offset), let id = buildID(inNotes: notes) { return id }
    }
    return nil
  }

  private static func buildID(inNotes notes: [UInt8]) -> [UInt8]? {
    var offset = 0
    while offset + 12 <= notes.count {
      let nameSize = Int(notes.littleEndian(UInt32.self, at: offset))
      let descriptionSize = Int(notes.littleEndian(UInt32.self, at: offset + 4))
      let type = notes.littleEndian(UInt32.self, at: offset + 8)
      let nameStart = offset + 12
      let descriptionStart = nameStart + (nameSize + 3) & ~3
      guard descriptionStart + descriptionSize <= notes.count else { return nil }
      if type == 3, notes[nameStart..<(nameStart + nameSize)].elementsEqual(Array("GNU\0".utf8)), descriptionSize > 0 {
        return Array(notes[descriptionStart..<(descriptionStart + descriptionSize)])  // NT_GNU_BUILD_ID
      }
      offset = descriptionStart + (descriptionSize + 3) & ~3
    }
    return nil
  }
}

extension [UInt8] {
  fileprivate func littleEndian<Value: FixedWidthInteger>(_ type: Value.Type, at offset: Int) -> Value {
    var value: Value = 0
    for index in 0..<(Value.bitWidth / 8) where offset + index < count {
      value |= Value(self[offset + index]) << (8 * index)
    }
    return value
  }
}
