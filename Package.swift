// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Glocal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "glocal", targets: ["glocal"]),
        .executable(name: "glocal-bench", targets: ["glocal-bench"]),
        .library(name: "Ledger", targets: ["Ledger"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(name: "CSystem"),
        .target(name: "Ledger", dependencies: ["CSQLite", "COpenSSL"]),
        .target(name: "Registry", dependencies: ["Ledger"]),
        .target(name: "Server", dependencies: ["Registry", "Ledger", "CSystem", "COpenSSL"]),
        .executableTarget(name: "glocal", dependencies: ["Server", "Registry", "Ledger", "CSystem"]),
        .executableTarget(name: "glocal-bench", dependencies: ["Server", "Registry", "Ledger", "CSystem", "COpenSSL"]),
        .executableTarget(
            name: "ledger-crash-writer",
            dependencies: ["Ledger"],
            path: "Tests/CrashWriter"
        ),
        .target(name: "TestSupport", dependencies: ["Ledger"], path: "Tests/TestSupport", resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LedgerTests",
            dependencies: ["Ledger", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: ["Server", "Registry", "Ledger", "COpenSSL", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RegistryTests",
            dependencies: ["Registry", "Ledger", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "GlocalCLITests",
            dependencies: ["glocal", "ledger-crash-writer", "Ledger", "Registry", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
