import ContentLintKit
import FuzzSupport
import Glibc

// Ingests arbitrary bytes as a Markdown post and lints the result: nothing may crash, trap or leak.
exit(runFuzzer { FuzzEntry.lint($0, path: "fuzz.md") })
