import CMalloc
import Foundation

/// glibc's allocator, set for how a lint run uses memory: every post allocates and frees the same kinds of
/// buffer again, and the process exits when the run is done.
enum AllocatorTuning {
  /// Keeps freed memory in the process instead of handing it back to the kernel after each post: glibc's
  /// defaults unmap large buffers and trim the heap, and the next post faults the same pages back in. With
  /// them a run spent a tenth of its time in the kernel; with these settings a fifth less (see
  /// docs/performance.md). Peak memory grows little, since the kept memory is what the next post reuses.
  /// A user who tunes the allocator through `GLIBC_TUNABLES` keeps their settings.
  static func apply() {
    guard ProcessInfo.processInfo.environment["GLIBC_TUNABLES"] == nil else { return }
    // Buffers up to glibc's largest threshold come from the heap, where freed ones are reused.
    _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
    // The heap is trimmed only when a quarter of a gigabyte lies free at its top.
    _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
    // Each time the heap grows it takes 16 MB more than asked, which is address space until first touched.
    _ = mallopt(M_TOP_PAD, 16 << 20)
  }
}
