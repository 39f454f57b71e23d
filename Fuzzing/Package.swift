// swift-tools-version: 6.0
// libFuzzer targets for contentlint's parsers. Build and run them with `scripts/fuzz TARGET SECONDS`;
// they are a package of their own so that the main build never links libFuzzer. Each target's main
// hands its callback to libFuzzer's driver (LLVMFuzzerRunDriver), so SwiftPM's own entry point stays.
import PackageDescription

let fuzzTargets = [
  "FuzzHTMLIngest", "FuzzTextIngest", "FuzzMarkdownIngest", "FuzzMessageFormat", "FuzzConfiguration", "FuzzBundle",
]

let package = Package(
  name: "contentlint-fuzzing",
  dependencies: [.package(name: "contentlint", path: "..")],
  targets: [
    .target(name: "CFuzzDriver"),
    .target(name: "FuzzSupport", dependencies: ["CFuzzDriver"]),
  ]
    + fuzzTargets.map { name in
      .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", .product(name: "ContentLintKit", package: "contentlint")]
      )
    },
  swiftLanguageModes: [.v6]
)
