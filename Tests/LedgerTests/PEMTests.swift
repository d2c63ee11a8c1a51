import Foundation
import Testing
import Ledger

/// PEM encodings round-trip, are what OpenSSL's own tool reads, and refuse other key types.
struct PEMTests {
    @Test func privateKeyRoundTrips() throws {
        let key = try Ed25519PrivateKey.generate()
        let pem = try key.pemRepresentation()
        #expect(pem.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        let reread = try Ed25519PrivateKey(pemRepresentation: pem)
        #expect(try reread.rawRepresentation() == key.rawRepresentation())
        #expect(reread.publicKey == key.publicKey)
    }

    @Test func publicKeyRoundTrips() throws {
        let key = try Ed25519PrivateKey.generate().publicKey
        let pem = try key.pemRepresentation()
        #expect(pem.hasPrefix("-----BEGIN PUBLIC KEY-----\n"))
        #expect(try Ed25519PublicKey(pemRepresentation: pem) == key)
    }

    @Test func publicPEMHasTheStandardSPKIPrefix() throws {
        // RFC 8410: SEQUENCE { SEQUENCE { OID 1.3.101.112 } BIT STRING (32 bytes) }.
        let key = try Ed25519PublicKey(hex: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        let body = try key.pemRepresentation().split(separator: "\n").dropFirst().dropLast().joined()
        let der = try #require(Data(base64Encoded: body))
        #expect(Hex.encode(der) == "302a300506032b6570032100" + key.hex)
    }

    @Test func wrongKindOfPEMIsRefused() throws {
        let key = try Ed25519PrivateKey.generate()
        #expect(throws: CryptoError.invalidPEM(expected: "Ed25519 public key (SubjectPublicKeyInfo)")) {
            try Ed25519PublicKey(pemRepresentation: key.pemRepresentation())
        }
        #expect(throws: CryptoError.invalidPEM(expected: "Ed25519 private key (PKCS#8)")) {
            try Ed25519PrivateKey(pemRepresentation: key.publicKey.pemRepresentation())
        }
        #expect(throws: CryptoError.invalidPEM(expected: "Ed25519 private key (PKCS#8)")) {
            try Ed25519PrivateKey(pemRepresentation: "not a key")
        }
    }

    @Test(.enabled(if: OpenSSLTool.isAvailable, "\(OpenSSLTool.path) is not installed; skipping the cross-check with the openssl tool"))
    func opensslToolReadsWhatWeWrite() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let key = try Ed25519PrivateKey.generate()
        let privatePath = directory.path("private.pem"), publicPath = directory.path("public.pem")
        try key.pemRepresentation().write(toFile: privatePath, atomically: false, encoding: .utf8)
        try key.publicKey.pemRepresentation().write(toFile: publicPath, atomically: false, encoding: .utf8)

        let privateCheck = try OpenSSLTool.run(["pkey", "-in", privatePath, "-noout"])
        #expect(privateCheck.status == 0, "\(privateCheck.standardError)")
        let publicCheck = try OpenSSLTool.run(["pkey", "-pubin", "-in", publicPath, "-noout"])
        #expect(publicCheck.status == 0, "\(publicCheck.standardError)")
        let derived = try OpenSSLTool.run(["pkey", "-in", privatePath, "-pubout"])
        #expect(derived.standardOutput == (try key.publicKey.pemRepresentation()))
    }

    @Test(.enabled(if: OpenSSLTool.isAvailable, "\(OpenSSLTool.path) is not installed; skipping the P-256 refusal check"))
    func p256KeyIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("p256.pem")
        let generated = try OpenSSLTool.run(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", path])
        try #require(generated.status == 0, "\(generated.standardError)")
        let privatePEM = try String(contentsOfFile: path, encoding: .utf8)
        #expect(throws: CryptoError.invalidPEM(expected: "Ed25519 private key (PKCS#8)")) {
            try Ed25519PrivateKey(pemRepresentation: privatePEM)
        }
        let publicPEM = try OpenSSLTool.run(["pkey", "-in", path, "-pubout"])
        try #require(publicPEM.status == 0, "\(publicPEM.standardError)")
        #expect(throws: CryptoError.invalidPEM(expected: "Ed25519 public key (SubjectPublicKeyInfo)")) {
            try Ed25519PublicKey(pemRepresentation: publicPEM.standardOutput)
        }
    }
}
