import Foundation
import Glibc
import Testing

@testable import Server

@Suite struct TLSContextTests {
    @Test func loadsAGeneratedCertificateAndKey() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let certificate = try SelfSignedCertificate.generate(in: directory)
        _ = try TLSContext(configuration: certificate.configuration)
    }

    @Test func namesAMissingCertificateFileAndWhy() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let certificate = try SelfSignedCertificate.generate(in: directory)
        let missing = directory.path("absent.pem")
        let error = #expect(throws: TLSError.self) {
            try TLSContext(configuration: TLSConfiguration(certificateChainPath: missing, privateKeyPath: certificate.privateKeyPath))
        }
        #expect(error?.description == "cannot load TLS certificate \(missing): No such file or directory")
    }

    @Test func namesACertificateFileThatIsNotPEM() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let certificate = try SelfSignedCertificate.generate(in: directory)
        let garbage = directory.path("garbage.pem")
        try Data("not a certificate\n".utf8).write(to: URL(fileURLWithPath: garbage))
        let error = #expect(throws: TLSError.self) {
            try TLSContext(configuration: TLSConfiguration(certificateChainPath: garbage, privateKeyPath: certificate.privateKeyPath))
        }
        #expect(error?.description == "cannot load TLS certificate \(garbage): no start line")
    }

    @Test func refusesAKeyThatDoesNotBelongToTheCertificate() throws {
        let first = try TemporaryDirectory(), second = try TemporaryDirectory()
        defer { first.remove(); second.remove() }
        let certificate = try SelfSignedCertificate.generate(in: first)
        let otherKey = try SelfSignedCertificate.generate(in: second).privateKeyPath
        let error = #expect(throws: TLSError.self) {
            try TLSContext(configuration: TLSConfiguration(certificateChainPath: certificate.certificatePath, privateKeyPath: otherKey))
        }
        guard case .keyDoesNotMatchCertificate(otherKey, certificate.certificatePath, _)? = error else {
            Issue.record("unexpected \(String(describing: error?.description))")
            return
        }
    }

    @Test func refusesAnEncryptedKeyInsteadOfPromptingForItsPassphrase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let certificate = try SelfSignedCertificate.generate(in: directory, passphrase: "correct horse")
        let error = #expect(throws: TLSError.self) { try TLSContext(configuration: certificate.configuration) }
        #expect(error == .encryptedPrivateKey(path: certificate.privateKeyPath))
    }

    @Test func serverRefusesToStartWithAnUnusableCertificate() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, loopCount: 1)
        configuration.tls = TLSConfiguration(certificateChainPath: directory.path("none.pem"), privateKeyPath: directory.path("none.key"))
        let server = HTTPServer(configuration: configuration, responder: EchoResponder())
        #expect(throws: TLSError.self) { try server.start() }
        #expect(server.port == nil)
    }

    @Test func reportsAPrivateKeyOthersCanRead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let certificate = try SelfSignedCertificate.generate(in: directory)
        #expect(certificate.configuration.privateKeyExposedMode() == nil)
        chmod(certificate.privateKeyPath, 0o640)
        #expect(certificate.configuration.privateKeyExposedMode() == 0o640)
    }
}
