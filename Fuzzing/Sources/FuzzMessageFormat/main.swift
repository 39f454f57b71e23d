import ContentLintKit
import FuzzSupport
import Glibc

// Checks arbitrary text as an ICU MessageFormat pattern: nothing may crash, trap or leak.
exit(runFuzzer { FuzzEntry.checkMessageFormat($0) })
