import Foundation

/// An outside verifier of a tiled log (`Fixtures/verify_tiles.py`): Python's hashlib and
/// the openssl command, knowing only the C2SP specs, the log's origin and its public key.
public enum TileLogVerifier {
    /// What the verifier printed (`verified SIZE ROOT_HEX`, or `failed: …`).
    public static func run(base: String, origin: String, publicKeyHex: String) throws -> String {
        guard let script = Bundle.module.url(forResource: "Fixtures/verify_tiles", withExtension: "py") else {
            return "failed: the verifier is not bundled"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, base, origin, publicKeyHex]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
