// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "contentlint",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "contentlint", targets: ["contentlint"]),
    .library(name: "ContentLintKit", targets: ["ContentLintKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // C libraries, wrapped so that no C type reaches a public Swift API.
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CCMark", pkgConfig: "libcmark-gfm", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
    .systemLibrary(name: "CMalloc"),
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),

    // Stages, dependencies pointing one way.
    .target(name: "ContentModel"),
    .target(name: "TextKit", dependencies: ["CICU"]),
    .target(
      name: "Ingest",
      dependencies: ["ContentModel", "TextKit", "CLibXML2", "CCMark", .product(name: "Yams", package: "Yams")]
    ),
    .target(
      name: "Linting",
      dependencies: ["ContentModel", "TextKit", .product(name: "Yams", package: "Yams")]
    ),
    .target(name: "Reporting", dependencies: ["ContentModel"]),
    .target(name: "Localization", dependencies: ["ContentModel", "TextKit"]),
    .target(name: "RulePacks", path: "Rules", resources: [.copy("packs")]),
    .target(
      name: "ContentLintKit",
      dependencies: ["ContentModel", "TextKit", "Ingest", "Linting", "Reporting", "RulePacks", "Localization"]
    ),
    .executableTarget(
      name: "contentlint",
      dependencies: [
        "ContentLintKit", "Localization", "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    .testTarget(
      name: "ContentLintTests",
      dependencies: ["ContentModel", "TextKit", "Ingest", "Linting", "Reporting", "ContentLintKit", "Localization"],
      exclude: ["Fixtures"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
