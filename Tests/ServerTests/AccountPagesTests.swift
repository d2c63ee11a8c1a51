import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// The account page's API tokens and signing key: a token made from the form shows its
/// secret once and works, a token is revoked from its own account only, and a member
/// without a key gets one the node holds.
@Suite struct AccountPagesTests {
    @Test func tokensAreMadeShownOnceAndRevokedFromTheAccountPage() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (client, anna) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let (other, _) = try await SignedInMember.make("boris@example.org", in: town, app: app, port: server.port)
        let accountID = try #require(anna.accountID)
        let account = try #require(try await node.accounts.account(id: accountID))
        let page = try await client.send("GET", "/account")
        #expect(page.status == 200 && page.text.contains("API-токены") && page.text.contains("<label for=\"token-name\">"))
        #expect(page.text.contains("href=\"/my/ideas\""))

        let created = try await client.submit("/account/tokens", "name=%3Cscript%3ECI%3C%2Fscript%3E")
        #expect(created.status == 201 && created.text.contains("&lt;script&gt;CI&lt;/script&gt;") && !created.text.contains("<script>CI"))
        let secret = try #require(created.text.range(of: "glc_").map { String(created.text[$0.lowerBound...].prefix { $0 != "<" }) })
        #expect(created.text.contains("показан один раз"))
        let token = try #require(try await node.accounts.apiTokens(of: account.id).first)
        let bearer = try APIClient(port: server.port)
        bearer.bearer = secret
        #expect(try await bearer.send("GET", "/api/v1/tokens").status == 200, "the secret shown works")
        let listed = try await client.send("GET", "/account")
        #expect(listed.text.contains("&lt;script&gt;CI&lt;/script&gt;") && !listed.text.contains(secret))
        #expect(listed.text.contains("action=\"/account/tokens/\(token.id)/revoke\""))

        let unnamed = try await client.submit("/account/tokens", "name=")
        #expect((400..<500).contains(unnamed.status) && unnamed.text.contains("role=\"alert\""))
        #expect(try await node.accounts.apiTokens(of: account.id).count == 1)
        let forged = try await client.submit("/account/tokens", "name=x", csrf: false)
        #expect(forged.status == 403)
        #expect(try await node.accounts.apiTokens(of: account.id).count == 1)

        #expect(try await other.submit("/account/tokens/\(token.id)/revoke", "").status == 403)
        #expect(try await node.accounts.apiToken(id: token.id)?.isRevoked == false)
        let revoked = try await client.submit("/account/tokens/\(token.id)/revoke", "")
        #expect(revoked.status == 303 && revoked.header("Location") == "/account?done=revokeAPITokenFormSubmit")
        #expect(try await node.accounts.apiToken(id: token.id)?.isRevoked == true)
        #expect(try await client.send("GET", "/account").text.contains("отозван"))
        await server.stop()
    }

    @Test func aMemberWithoutAKeyCreatesOneTheNodeHolds() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (client, member) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let page = try await client.send("GET", "/account")
        #expect(page.text.contains("action=\"/account/keys\"") && page.text.contains("Создать ключ подписи"))
        #expect(try await client.submit("/account/keys", "", csrf: false).status == 403)
        #expect(await node.memberKeys.keys(of: member.id).isEmpty)
        let made = try await client.submit("/account/keys", "")
        #expect(made.status == 303, "\(made.text)")
        let key = try #require(await node.memberKeys.keys(of: member.id).first)
        #expect(key.custodial)
        let after = try await client.send("GET", "/account")
        #expect(after.text.contains(key.keyID.hex) && !after.text.contains("action=\"/account/keys\""))

        let pending = try await node.accounts.createAccount(email: "vera@example.org", password: SignedInMember.password, roles: [.resident])
        let applicant = try await node.members.apply(MemberApplication(kind: .person, name: "Вера", cityID: town.id, accountID: pending.id))
        let vera = try APIClient(port: server.port)
        _ = try await vera.logIn(email: "vera@example.org", password: SignedInMember.password)
        let refused = try await vera.submit("/account/keys", "")
        #expect((400..<500).contains(refused.status) && refused.text.contains("role=\"alert\""), "\(refused.status)")
        #expect(await node.memberKeys.keys(of: applicant.id).isEmpty)
        await server.stop()
    }
}
