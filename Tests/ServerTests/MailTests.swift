import Foundation
import Glibc
import Registry
import Testing

@testable import Server

/// The node's mail: the sender words each mail of the outbox and writes it as an Internet
/// message into the mail folder (owner-only); the link in a sign-up's mail confirms the
/// address through a page; administrators, and only they, read the outbox.
@Suite struct MailTests {
    @Test func aSignUpsMailReachesTheFolderAndItsLinkConfirmsTheAddress() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let visitor = try APIClient(port: server.port)
        let signedUp = try await visitor.submit("/signup", FormEncoding.body([
            ("email", "vera@example.org"), ("password", "correct horse battery staple"), ("display_name", "Вера"),
            ("consent", PersonalDataConsent.current.version),
        ]))
        #expect(signedUp.status == 303 && signedUp.text.isEmpty)

        let folder = app.directory.path("mail")
        let sender = MailSender(outbox: app.node.outbox, delivery: .folder(folder), siteAddress: "http://127.0.0.1:\(server.port)")
        #expect(try await sender.deliverDue() == 1)
        #expect(try await sender.deliverDue() == 0, "a sent mail is not sent again")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1 && files[0].hasSuffix(".eml"))
        var status = stat()
        #expect(stat(folder + "/" + files[0], &status) == 0 && status.st_mode & 0o777 == 0o600)
        let message = try String(contentsOfFile: folder + "/" + files[0], encoding: .utf8)
        #expect(message.contains("To: <vera@example.org>\r\n") && message.contains("Subject: =?utf-8?B?"))
        let encodedBody = try #require(message.components(separatedBy: "\r\n\r\n").last)
        let body = String(decoding: try #require(Data(base64Encoded: encodedBody.replacingOccurrences(of: "\r\n", with: ""))), as: UTF8.self)
        #expect(body.contains("Подтвердите") || body.contains("подтвердить"))
        let link = try #require(body.split(separator: "\n").first { $0.hasPrefix("http://127.0.0.1:\(server.port)/confirm-email?token=") })
        let token = String(link.split(separator: "=", maxSplits: 1)[1])
        #expect(try await app.node.outbox.recent().first?.parameters.isEmpty == true, "the token leaves the outbox once sent")

        // Following the link changes nothing by itself; the button confirms.
        let page = try await visitor.send("GET", "/confirm-email?token=\(token)")
        #expect(page.status == 200 && page.text.contains("value=\"\(token)\""))
        let id = try #require(try await app.node.database.read { connection in
            try connection.queryFirst("SELECT id FROM account WHERE email = 'vera@example.org'") { AccountID(unchecked: try $0.text("id")) }
        })
        #expect(try await app.node.accounts.account(id: id)?.emailConfirmedAt == nil)
        let confirmed = try await visitor.submit("/confirm-email", FormEncoding.body([("token", token)]))
        #expect(confirmed.status == 303 && confirmed.header("Location") == "/account?done=confirmEmailFormSubmit")
        #expect(try await app.node.accounts.account(id: id)?.emailConfirmedAt != nil)
        let again = try await visitor.submit("/confirm-email", FormEncoding.body([("token", token)]))
        #expect(again.status == 404 && again.text.contains("сылка для подтверждения неизвестна, уже использована или устарела"), "\(again.text)")

        // The API's twin answers the same.
        let api = try await APIClient(port: server.port).send("POST", "/api/v1/email-confirmations", json: #"{"token":"\#(token)"}"#)
        #expect(api.status == 404 && api.header("Content-Type") == "application/problem+json")

        // Administrators read the outbox; others may not.
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (admin, _) = try await SignedInMember.make("admin@example.org", in: town, app: app, roles: [.admin], port: server.port)
        let outbox = try await admin.send("GET", "/admin/mail")
        #expect(outbox.status == 200 && outbox.text.contains("vera@example.org") && outbox.text.contains("подтверждение адреса")
                && outbox.text.contains("отправлено"))
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        #expect(try await staff.send("GET", "/admin/mail").status == 403)
        await server.stop()
    }

    @Test func aFolderThatCannotBeWrittenLeavesTheMailForLater() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        _ = try await app.node.accounts.signUp(email: "vera@example.org", password: "correct horse battery staple", displayName: nil,
                                               consentVersion: PersonalDataConsent.current.version)
        let blocked = app.directory.path("not-a-folder")
        #expect(FileManager.default.createFile(atPath: blocked, contents: Data("x".utf8)))
        let sender = MailSender(outbox: app.node.outbox, delivery: .folder(blocked + "/mail"), siteAddress: "http://127.0.0.1")
        #expect(try await sender.deliverDue() == 0)
        let mail = try #require(try await app.node.outbox.recent().first)
        #expect(mail.sentAt == nil && mail.attempts == 1 && mail.lastError?.contains("not-a-folder") == true)
        #expect(mail.parameters["token"] != nil, "the link is kept until the mail is sent")
    }

    @Test func aMailThatMayBeDeclinedCarriesAOneClickUnsubscribeAndTheAccountPageChooses() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        // Admitted as it is made: the admission is mailed.
        let (vera, member) = try await SignedInMember.make("vera@example.org", in: town, app: app, port: server.port)
        let folder = app.directory.path("mail")
        let sender = MailSender(outbox: app.node.outbox, delivery: .folder(folder), siteAddress: "http://127.0.0.1:\(server.port)")
        _ = try await sender.deliverDue()
        let messages = try FileManager.default.contentsOfDirectory(atPath: folder).map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
        let admission = try #require(messages.first { $0.contains("List-Unsubscribe:") })
        #expect(admission.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"))
        let header = try #require(admission.components(separatedBy: "\r\n").first { $0.hasPrefix("List-Unsubscribe: <") })
        let address = String(header.dropFirst("List-Unsubscribe: <".count).dropLast())
        let path = try #require(address.range(of: "/api/v1/")).lowerBound

        // A mail provider's one-click POST: no cookie, no CSRF token, the token in the address.
        let provider = try APIClient(port: server.port)
        let oneClick = try await provider.send("POST", String(address[path...]), json: "List-Unsubscribe=One-Click",
                                               contentType: "application/x-www-form-urlencoded", csrf: false)
        #expect(oneClick.status == 200 && oneClick.text.contains("membership_admitted"), "\(oneClick.text)")
        let preferences = try await vera.send("GET", "/api/v1/account/mail-preferences")
        #expect(preferences.status == 200 && preferences.text.contains(#""declined":["membership_admitted"]"#))

        // The account page shows the choice and changes it.
        let page = try await vera.send("GET", "/account")
        #expect(page.text.contains("action=\"/account/mail\"") && !page.text.contains(#"name="receive_membership_admitted" value="on" checked"#))
        let chosen = try await vera.submit("/account/mail", FormEncoding.body([
            ("receive_membership_admitted", "on"), ("receive_membership_refused", "on"),
        ]))
        #expect(chosen.status == 303 && chosen.header("Location") == "/account?done=mailPreferencesFormSubmit#mail")
        #expect(try await app.node.outbox.preferences(of: try #require(member.accountID)).declined == [.contractToSign])
        let refused = try await vera.send("PUT", "/api/v1/account/mail-preferences", json: #"{"declined":["email_confirmation"]}"#)
        #expect(refused.status == 422)
        await server.stop()
    }

    @Test func mailIsWrittenInTheOneLanguageItsReaderChose() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let account = try await app.node.accounts.signUp(email: "vera@example.org", password: "correct horse battery staple", displayName: nil,
                                                         consentVersion: PersonalDataConsent.current.version)
        let russian = MailText(try #require(try await app.node.outbox.due().first), siteAddress: "https://glazov.glocal.example")
        #expect(russian.subject == "Подтвердите адрес почты" && russian.body.hasPrefix("Здравствуйте!") && !russian.body.contains("Hello"))
        _ = try await app.node.outbox.setPreferences(declined: [], language: .english, of: account.id)
        let english = MailText(try #require(try await app.node.outbox.due().first), siteAddress: "https://glazov.glocal.example")
        #expect(english.subject == "Confirm your email address" && english.body.hasPrefix("Hello,") && !english.body.contains("Здравствуйте"))

        // The account page's form and the API choose it alike.
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (member, _) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        #expect(try await member.send("GET", "/account").text.contains("name=\"mail_language\""))
        let chosen = try await member.submit("/account/mail", FormEncoding.body([("mail_language", "en")]))
        #expect(chosen.status == 303)
        #expect(try await member.send("GET", "/api/v1/account/mail-preferences").text.contains(#""language":"en""#))
        let back = try await member.send("PUT", "/api/v1/account/mail-preferences", json: #"{"declined":[],"language":"ru"}"#)
        #expect(back.status == 200 && back.text.contains(#""language":"ru""#))
        let wrong = try await member.send("PUT", "/api/v1/account/mail-preferences", json: #"{"declined":[],"language":"de"}"#)
        #expect(wrong.status == 400 || wrong.status == 422)
        await server.stop()
    }
}
