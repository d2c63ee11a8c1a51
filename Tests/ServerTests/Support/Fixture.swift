import Foundation

/// Reads files copied into `Tests/ServerTests/Fixtures` (bundled as a resource).
enum Fixture {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "fixture not found: \(path)" }
    }

    /// The regular files directly inside a fixture folder, sorted by name.
    static func files(in folder: String) throws -> [URL] {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw Missing(path: "Fixtures")
        }
        let directory = root.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return names.sorted().map { directory.appendingPathComponent($0) }
    }

    static func bytes(_ url: URL) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: url))
    }
}
