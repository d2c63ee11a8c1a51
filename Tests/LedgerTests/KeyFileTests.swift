#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import Ledger

/// Key files: the modes they are created with, refusal to overwrite, and refusal
/// to read a private key others could read.
struct KeyFileTests {
    private func mode(of path: String) throws -> mode_t {
        var status = stat()
        try #require(stat(path, &status) == 0, "stat \(path)")
        return status.st_mode & 0o7777
    }

    @Test func privateKeyIsCreatedWithMode0600AndReadsBack() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("signing.pem")
        let key = try Ed25519PrivateKey.generate()
        try KeyFile.writePrivateKey(key, to: path)
        #expect(try mode(of: path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == key.pemRepresentation())
        let reread = try KeyFile.readPrivateKey(at: path)
        #expect(try reread.rawRepresentation() == key.rawRepresentation())
    }

    @Test func publicKeyIsCreatedWithMode0644AndReadsBack() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("signing.pub.pem")
        let key = try Ed25519PrivateKey.generate().publicKey
        try KeyFile.writePublicKey(key, to: path)
        #expect(try mode(of: path) == 0o644)
        #expect(try KeyFile.readPublicKey(at: path) == key)
    }

    @Test func existingFileIsNeverOverwritten() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("signing.pem")
        let first = try Ed25519PrivateKey.generate()
        try KeyFile.writePrivateKey(first, to: path)
        #expect(throws: KeyFileError.alreadyExists(path: path)) {
            try KeyFile.writePrivateKey(Ed25519PrivateKey.generate(), to: path)
        }
        #expect(throws: KeyFileError.alreadyExists(path: path)) {
            try KeyFile.writePublicKey(first.publicKey, to: path)
        }
        #expect(try KeyFile.readPrivateKey(at: path).rawRepresentation() == first.rawRepresentation())
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o660, 0o602, 0o620] as [mode_t])
    func looselyPermittedPrivateKeyIsRefused(_ loose: mode_t) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("signing.pem")
        try KeyFile.writePrivateKey(Ed25519PrivateKey.generate(), to: path)
        try #require(chmod(path, loose) == 0)
        let error = #expect(throws: KeyFileError.self) { try KeyFile.readPrivateKey(at: path) }
        #expect(error == .insecurePermissions(path: path, mode: UInt32(loose)))
        let octal = "0" + String(loose, radix: 8)
        #expect(error?.description.contains("\(path) has mode \(octal)") == true)
        #expect(error?.description.contains("run chmod 600 \(path)") == true)
    }

    @Test func ownerOnlyModesAreAccepted() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("signing.pem")
        try KeyFile.writePrivateKey(Ed25519PrivateKey.generate(), to: path)
        try #require(chmod(path, 0o400) == 0)
        #expect(throws: Never.self) { try KeyFile.readPrivateKey(at: path) }
    }

    @Test func missingFileNamesThePathAndTheSystemReason() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("absent.pem")
        let error = #expect(throws: KeyFileError.self) { try KeyFile.readPublicKey(at: path) }
        guard case let .cannotOpen(reportedPath, reason) = error else {
            Issue.record("expected cannotOpen, got \(String(describing: error))")
            return
        }
        #expect(reportedPath == path)
        #expect(reason.contains("No such file or directory"))
    }

    @Test func creatingInAMissingDirectoryFails() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("no/such/dir/signing.pem")
        let error = #expect(throws: KeyFileError.self) { try KeyFile.writePrivateKey(Ed25519PrivateKey.generate(), to: path) }
        guard case .cannotCreate(path, _) = error else {
            Issue.record("expected cannotCreate, got \(String(describing: error))")
            return
        }
    }

    @Test func directoryIsNotAKeyFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(throws: KeyFileError.notARegularFile(path: directory.url.path)) {
            try KeyFile.readPublicKey(at: directory.url.path)
        }
    }

    @Test func publicKeyFileIsNotAPrivateKey() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("signing.pub.pem")
        try KeyFile.writePublicKey(Ed25519PrivateKey.generate().publicKey, to: path)
        try #require(chmod(path, 0o600) == 0)
        #expect(throws: KeyFileError.invalidKey(path: path, reason: .invalidPEM(expected: "Ed25519 private key (PKCS#8)"))) {
            try KeyFile.readPrivateKey(at: path)
        }
    }
}
