import ContentLintKit
import FuzzSupport
import Glibc

// Ingests arbitrary bytes as a plain-text post and lints the result: nothing may crash, trap or leak.
exit(runFuzzer { FuzzEntry.lint($0, path: "fuzz.txt") })
