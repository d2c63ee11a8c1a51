import Foundation

/// Reads files copied into `Tests/RegistryTests/Fixtures` (bundled as a resource).
enum RegistryFixture {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "fixture not found: \(path)" }
    }

    static func url(_ relativePath: String) throws -> URL {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { throw Missing(path: "Fixtures") }
        return root.appendingPathComponent(relativePath)
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: url(relativePath)))
    }

    /// Every `*.json` file below a fixture folder, as paths relative to `Fixtures`.
    static func jsonFiles(under folder: String) throws -> [String] {
        let base = try url(folder)
        let names = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }
}
