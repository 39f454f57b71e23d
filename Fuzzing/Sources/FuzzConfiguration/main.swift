import ContentLintKit
import FuzzSupport
import Glibc

// Reads arbitrary bytes as a rule pack rule and as a configuration file: errors, never crashes or hangs.
exit(runFuzzer { FuzzEntry.loadConfiguration($0) })
