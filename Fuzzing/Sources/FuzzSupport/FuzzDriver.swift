import CFuzzDriver

/// The input handler libFuzzer calls; set once before the driver starts, read only by it.
nonisolated(unsafe) private var handler: (([UInt8]) -> Void)?

/// Runs libFuzzer's driver with the process arguments, calling `body` on every input it generates.
public func runFuzzer(_ body: @escaping ([UInt8]) -> Void) -> Int32 {
  handler = body
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    handler?(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
  }
}
