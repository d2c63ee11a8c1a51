import Foundation
import Registry
import Testing

@testable import Server

/// A forgotten password in the browser: the sign-in page leads to `/forgot-password`, the
/// form says the same whether or not the address has an account, the mailed link opens a
/// form that sets the new password (refusals beside the field, the link kept), the old
/// session ends, and the API's twins answer alike.
@Suite struct PasswordResetPagesTests {
    private static let newPassword = "a new password of mine"

    @Test func aReaderResetsAForgottenPasswordThroughTheMailedLink() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (member, _) = try await SignedInMember.make("vera@example.org", in: town, app: app, port: server.port)
        let visitor = try APIClient(port: server.port)
        #expect(try await visitor.send("GET", "/login").text.contains("href=\"/forgot-password\""))
        #expect(try await visitor.send("GET", "/forgot-password").text.contains("name=\"email\""))

        for email in ["vera@example.org", "nobody@example.org"] {
            let asked = try await visitor.submit("/forgot-password", FormEncoding.body([("email", email)]))
            #expect(asked.status == 303 && asked.header("Location") == "/forgot-password?done=askPasswordResetFormSubmit")
        }
        let told = try await visitor.send("GET", "/forgot-password?done=askPasswordResetFormSubmit")
        #expect(told.text.contains("Если учётная запись с этим адресом есть"))

        let folder = app.directory.path("mail")
        let sender = MailSender(outbox: app.node.outbox, delivery: .folder(folder), siteAddress: "http://127.0.0.1:\(server.port)")
        #expect(try await app.node.outbox.due().filter { $0.kind == .passwordReset }.count == 1, "one mail, to the address that has an account")
        _ = try await sender.deliverDue()
        let messages = try FileManager.default.contentsOfDirectory(atPath: folder).map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
        let message = try #require(messages.first { $0.contains("=?utf-8?B?") && $0.contains("To: <vera@example.org>") && !$0.contains("List-Unsubscribe") })
        #expect(message.contains("To: <vera@example.org>\r\n"))
        let encodedBody = try #require(message.components(separatedBy: "\r\n\r\n").last)
        let body = String(decoding: try #require(Data(base64Encoded: encodedBody.replacingOccurrences(of: "\r\n", with: ""))), as: UTF8.self)
        let link = try #require(body.split(separator: "\n").first { $0.hasPrefix("http://127.0.0.1:\(server.port)/reset-password?token=") })
        let token = String(link.split(separator: "=", maxSplits: 1)[1])

        let form = try await visitor.send("GET", "/reset-password?token=\(token)")
        #expect(form.status == 200 && form.text.contains("value=\"\(token)\"") && form.text.contains("autocomplete=\"new-password\""))
        let short = try await visitor.submit("/reset-password", FormEncoding.body([("token", token), ("password", "short")]))
        #expect(short.status == 422 && short.text.contains("ароль не короче 12") && short.text.contains("value=\"\(token)\""),
                "\(short.status) \(short.text.suffix(1500))")
        let reset = try await visitor.submit("/reset-password", FormEncoding.body([("token", token), ("password", Self.newPassword)]))
        #expect(reset.status == 303 && reset.header("Location") == "/login?done=resetPasswordFormSubmit")
        #expect(try await member.send("GET", "/api/v1/account").status == 401, "the session opened with the old password ended")
        let signedIn = try await APIClient(port: server.port).send(
            "POST", "/api/v1/session", json: #"{"email":"vera@example.org","password":"\#(Self.newPassword)"}"#)
        #expect(signedIn.status == 201)
        let again = try await visitor.submit("/reset-password", FormEncoding.body([("token", token), ("password", Self.newPassword)]))
        #expect(again.status == 404 && again.text.contains("попросите новую"))
        await server.stop()
    }

    @Test func theAPIsTwinsAnswerAlike() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        _ = try await app.node.accounts.createAccount(email: "boris@example.org", password: "correct horse battery staple")
        let client = try APIClient(port: server.port)
        for email in ["boris@example.org", "nobody@example.org"] {
            let asked = try await client.send("POST", "/api/v1/password-reset-requests", json: #"{"email":"\#(email)"}"#)
            #expect(asked.status == 202 && asked.text == #"{"link_lifetime_seconds":3600}"#)
        }
        let bad = try await client.send("POST", "/api/v1/password-reset-requests", json: #"{"email":"not an address"}"#)
        #expect(bad.status == 422 && bad.header("Content-Type") == "application/problem+json")
        let token = try #require(try await app.node.outbox.due().first { $0.kind == .passwordReset }?.parameters["token"])
        let short = try await client.send("POST", "/api/v1/password-resets", json: #"{"token":"\#(token)","password":"short"}"#)
        #expect(short.status == 422 && short.text.contains("/password"))
        let reset = try await client.send("POST", "/api/v1/password-resets", json: #"{"token":"\#(token)","password":"\#(Self.newPassword)"}"#)
        #expect(reset.status == 200 && reset.text.contains("boris@example.org"))
        let used = try await client.send("POST", "/api/v1/password-resets", json: #"{"token":"\#(token)","password":"\#(Self.newPassword)"}"#)
        #expect(used.status == 404 && used.header("Content-Type") == "application/problem+json")
        await server.stop()
    }
}
