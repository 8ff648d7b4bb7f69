// swift-tools-version:5.10
import PackageDescription

// The pipeline, one stage a target; each depends only on the stages before it:
// CCmarkGFM -> HubMarkdown -> HubModel -> HubSearch -> HubRendering -> HubSite -> (HubServe) -> learning-hub
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
        .target(name: "HubMarkdown", dependencies: ["CCmarkGFM"]),
        .target(name: "HubModel", dependencies: ["HubMarkdown", .product(name: "Yams", package: "Yams")]),
        .target(name: "HubSearch", dependencies: ["HubModel", "CLibdeflate"]),
        .target(name: "HubRendering", dependencies: [
            "HubModel", "HubSearch", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "HubSite", dependencies: ["HubModel", "HubSearch", "HubRendering"]),
        // The preview server: builds, serves on loopback, watches and reloads.
        .target(name: "HubServe", dependencies: [
            "HubSite", "HubModel", "HubRendering", .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        .executableTarget(name: "learning-hub", dependencies: [
            "HubSite", "HubModel", "HubServe", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
        ]),
        .testTarget(name: "HubMarkdownTests", dependencies: ["HubMarkdown"]),
        .testTarget(name: "HubModelTests", dependencies: ["HubModel"]),
        .testTarget(name: "HubSearchTests", dependencies: ["HubSearch", "CLibdeflate"], exclude: ["Resources"]),
        .testTarget(name: "HubRenderingTests", dependencies: ["HubRendering"]),
        .testTarget(name: "HubSiteTests", dependencies: ["HubSite"]),
        .testTarget(name: "HubServeTests", dependencies: ["HubServe"]),
    ]
)
