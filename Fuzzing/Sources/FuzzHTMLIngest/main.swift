import ContentLintKit
import FuzzSupport
import Glibc

// Ingests arbitrary bytes as an HTML page and lints the result: nothing may crash, trap or leak.
exit(runFuzzer { FuzzEntry.lint($0, path: "fuzz.html") })
