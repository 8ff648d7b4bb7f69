// swift-tools-version:5.10
import PackageDescription

// The pipeline, one stage a target; each depends only on the stages before it (see docs/ARCHITECTURE.md):
// HubSupport, HubMarkdown, HubAnonymisation -> HubModel -> HubSearch, HubRendering -> HubCache -> HubSite -> HubServe -> learning-hub
let package = Package(
    name: "learning-hub",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "learning-hub", targets: ["learning-hub"]),
        .library(name: "HubSite", targets: ["HubSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CLibdeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // The command's memory allocator, in place of glibc's malloc (see learning-hub/MemoryAllocator.swift).
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        // Low-level helpers every stage may use: hashing, binary coding, compact JSON, parallel work, files.
        .target(name: "HubSupport"),
        // The default site theme, turned into Swift source from themes/default at every build.
        .executableTarget(name: "ThemeEmbedder", path: "Tools/ThemeEmbedder"),
        .plugin(name: "DefaultThemeEmbedder", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .target(name: "HubDefaultTheme", plugins: ["DefaultThemeEmbedder"]),
        .target(name: "HubMarkdown", dependencies: ["CCmarkGFM"]),
        // The identifier scan (emails, numbers, postcodes, institutions, denylisted names): Foundation only.
        .target(name: "HubAnonymisation"),
        .target(name: "HubModel", dependencies: ["HubSupport", "HubMarkdown", "HubAnonymisation", .product(name: "Yams", package: "Yams")]),
        .target(name: "HubSearch", dependencies: ["HubSupport", "HubModel", "CLibdeflate"]),
        .target(name: "HubRendering", dependencies: [
            "HubSupport", "HubModel", "HubDefaultTheme", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // What a build keeps for the next: it implements the memos the loading, search and rendering steps consult.
        .target(name: "HubCache", dependencies: ["HubSupport", "HubMarkdown", "HubModel", "HubSearch", "HubRendering"]),
        .target(name: "HubSite", dependencies: ["HubSupport", "HubAnonymisation", "HubModel", "HubSearch", "HubRendering", "HubCache"]),
        // Word, OpenDocument and PDF reports turned into hub documents (through pandoc and poppler).
        .target(name: "HubImport", dependencies: ["HubModel", "HubSite", "HubAnonymisation"]),
        // The preview server: builds, serves on loopback, watches and reloads.
        .target(name: "HubServe", dependencies: [
            "HubSite", "HubModel", "HubRendering", .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        .executableTarget(name: "learning-hub", dependencies: [
            "HubSite", "HubModel", "HubServe", "HubImport", "HubAnonymisation", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
        ]),
        // Fixture hubs written into temporary folders, and the helpers every test target shares (Foundation only).
        .target(name: "HubTestSupport", path: "Tests/HubTestSupport"),
        .testTarget(name: "HubMarkdownTests", dependencies: ["HubMarkdown"]),
        .testTarget(name: "HubSupportTests", dependencies: ["HubSupport", "HubTestSupport"]),
        .testTarget(name: "HubAnonymisationTests", dependencies: ["HubAnonymisation", "HubTestSupport"]),
        .testTarget(name: "HubModelTests", dependencies: ["HubModel", "HubSupport", "HubTestSupport"]),
        .testTarget(name: "HubSearchTests", dependencies: ["HubSearch", "HubCache", "HubSupport", "CLibdeflate", "HubTestSupport"], exclude: ["Resources"]),
        .testTarget(name: "HubRenderingTests", dependencies: ["HubRendering", "HubDefaultTheme", "HubTestSupport"]),
        .testTarget(name: "HubCacheTests", dependencies: ["HubCache", "HubModel", "HubSearch", "HubMarkdown", "HubSupport", "HubTestSupport"]),
        .testTarget(name: "HubSiteTests", dependencies: ["HubSite", "HubCache", "HubSupport", "HubAnonymisation", "HubTestSupport"]),
        .testTarget(name: "HubServeTests", dependencies: ["HubServe", "HubTestSupport"]),
        .testTarget(name: "HubImportTests", dependencies: ["HubImport", "HubSite", "HubModel", "HubTestSupport"]),
    ]
)
