import ContentLintKit
import FuzzSupport
import Glibc

// Reads arbitrary bytes as an XLIFF 2, XLIFF 1.2 and PO bundle back from a translator: errors, never crashes.
exit(runFuzzer { FuzzEntry.readBundle($0) })
