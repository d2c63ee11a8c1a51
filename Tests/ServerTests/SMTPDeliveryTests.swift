import Foundation
import Registry
import Testing

@testable import Server

/// Mail handed to a real mail server on loopback (aiosmtpd): over STARTTLS with the
/// server's certificate checked, with credentials, as a message the recipient can read;
/// a wrong password or an untrusted certificate sends nothing and leaves the mail for later.
@Suite(.serialized) struct SMTPDeliveryTests {
    private func signedUpApplication() async throws -> TestApplication {
        let app = try await TestApplication.make()
        _ = try await app.node.accounts.signUp(email: "vera@example.org", password: "correct horse battery staple", displayName: "Вера",
                                               consentVersion: PersonalDataConsent.current.version)
        return app
    }

    @Test func mailReachesTheMailServerOverStartTLSWithCredentials() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let certificate = try SelfSignedCertificate.generate(in: directory)
        let server = try TestSMTPServer.start(certificate: certificate, inbox: directory.path("inbox"), user: "glocal", password: "s3cret pass")
        defer { server.stop() }
        let app = try await signedUpApplication()
        defer { app.remove() }
        let configuration = SMTPConfiguration(host: "127.0.0.1", port: server.port, username: "glocal", password: "s3cret pass",
                                              certificateAuthorityFile: certificate.certificatePath, from: "glocal@glazov.example")
        let sender = MailSender(outbox: app.node.outbox, delivery: .smtp(configuration), siteAddress: "https://glazov.example")
        let delivered = try await sender.deliverDue()
        let lastError = try await app.node.outbox.recent().first?.lastError
        #expect(delivered == 1, "\(lastError ?? "")")
        let messages = try server.messages()
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        for header in ["X-TLS: yes", "X-Authenticated-As: glocal", "X-Envelope-From: glocal@glazov.example",
                       "X-Envelope-To: vera@example.org", "From: Glocal <glocal@glazov.example>"] {
            #expect(message.contains(header + "\r\n"), "\(header)")
        }
        let body = try #require(message.components(separatedBy: "\r\n\r\n").last)
        let text = String(decoding: try #require(Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: ""))), as: UTF8.self)
        #expect(text.contains("https://glazov.example/confirm-email?token=glc_confirm_"))
        #expect(try await app.node.outbox.recent().first?.sentAt != nil)
    }

    @Test func aWrongPasswordOrAnUntrustedCertificateSendsNothingAndKeepsTheMail() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let certificate = try SelfSignedCertificate.generate(in: directory)
        let server = try TestSMTPServer.start(certificate: certificate, inbox: directory.path("inbox"), user: "glocal", password: "s3cret pass")
        defer { server.stop() }
        let app = try await signedUpApplication()
        defer { app.remove() }
        let wrongPassword = SMTPConfiguration(host: "127.0.0.1", port: server.port, username: "glocal", password: "guess",
                                              certificateAuthorityFile: certificate.certificatePath, from: "glocal@glazov.example")
        #expect(try await MailSender(outbox: app.node.outbox, delivery: .smtp(wrongPassword), siteAddress: "https://glazov.example")
            .deliverDue() == 0)
        var mail = try #require(try await app.node.outbox.recent().first)
        #expect(mail.sentAt == nil && mail.attempts == 1 && mail.lastError?.contains("AUTH") == true, "\(mail.lastError ?? "")")

        let second = try await signedUpApplication()
        defer { second.remove() }
        let untrusted = SMTPConfiguration(host: "127.0.0.1", port: server.port, username: "glocal", password: "s3cret pass",
                                          certificateAuthorityFile: nil, from: "glocal@glazov.example")
        #expect(try await MailSender(outbox: second.node.outbox, delivery: .smtp(untrusted), siteAddress: "https://glazov.example")
            .deliverDue() == 0)
        mail = try #require(try await second.node.outbox.recent().first)
        #expect(mail.sentAt == nil && mail.attempts == 1 && mail.lastError?.contains("TLS") == true, "\(mail.lastError ?? "")")
        #expect(try server.messages().isEmpty)
    }

    @Test func theMailServerIsConfiguredByAFileOfTheDataFolder() throws {
        let configuration = try SMTPConfiguration.parse("""
            # the Union's mail server
            smtp_host = smtp.glazov.example
            smtp_port = 465
            smtp_username = glocal@glazov.example   # the account
            smtp_password = s3cret
            mail_from = glocal@glazov.example
            """, path: "mail.conf")
        #expect(configuration == SMTPConfiguration(host: "smtp.glazov.example", port: 465, username: "glocal@glazov.example",
                                                   password: "s3cret", from: "glocal@glazov.example"))
        #expect(throws: SMTPConfigurationError.unknownSetting(path: "mail.conf", line: 2, name: "smtp_hots")) {
            try SMTPConfiguration.parse("smtp_host = a\nsmtp_hots = b\nmail_from = g@a", path: "mail.conf")
        }
        #expect(throws: SMTPConfigurationError.missing(path: "mail.conf", name: "mail_from")) {
            try SMTPConfiguration.parse("smtp_host = a", path: "mail.conf")
        }
        #expect(throws: SMTPConfigurationError.invalid(path: "mail.conf", name: "smtp_port", value: "70000")) {
            try SMTPConfiguration.parse("smtp_host = a\nsmtp_port = 70000\nmail_from = g@a", path: "mail.conf")
        }
        #expect(throws: SMTPConfigurationError.missing(path: "mail.conf", name: "smtp_password")) {
            try SMTPConfiguration.parse("smtp_host = a\nsmtp_username = u\nmail_from = g@a", path: "mail.conf")
        }
        #expect(try SMTPConfiguration.load(path: "/nonexistent/mail.conf") == nil)
        #expect(SMTPClient.dotStuffed(Array("a\r\n.b\r\n..\r\n".utf8)) == Array("a\r\n..b\r\n...".utf8))
    }
}
