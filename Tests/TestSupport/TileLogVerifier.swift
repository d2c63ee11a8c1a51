import Foundation

/// An outside verifier of what a transparency log claims (`Fixtures/tlog_verify.py`):
/// Python's hashlib and the openssl command, knowing only the C2SP specs, the log's origin
/// and its public key.
public enum TileLogVerifier {
    /// What the verifier printed of a tiled log at `base` (`verified SIZE ROOT_HEX`, or
    /// `failed: …`), its checkpoint cosigned by each of `witnesses` (name and public key hex).
    public static func tiles(base: String, origin: String, publicKeyHex: String, witnesses: [(String, String)] = []) throws -> String {
        try run(["tiles", base, origin, publicKeyHex] + witnesses.map { "\($0.0)=\($0.1)" })
    }

    /// What the verifier printed of a tlog-proof that `entry` is in the log (`verified INDEX SIZE`, or `failed: …`).
    public static func proof(_ proof: String, entry: [UInt8], origin: String, publicKeyHex: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tlog-proof-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let proofFile = folder.appendingPathComponent("entry.tlog-proof")
        let entryFile = folder.appendingPathComponent("entry.json")
        try Data(proof.utf8).write(to: proofFile)
        try Data(entry).write(to: entryFile)
        return try run(["proof", proofFile.path, entryFile.path, origin, publicKeyHex])
    }

    private static func run(_ arguments: [String]) throws -> String {
        guard let script = Bundle.module.url(forResource: "Fixtures/tlog_verify", withExtension: "py") else {
            return "failed: the verifier is not bundled"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
