import Foundation
import Registry
import Testing

@testable import Server

/// Sign-in, sessions, CSRF, API tokens, throttling and roles, through a real server on
/// a loopback port over a real node.
@Suite struct AuthenticationTests {
    static let password = "correct horse battery staple"

    private func start(_ configure: (inout AccountsConfiguration) -> Void = { _ in }) async throws
        -> (TestApplication, TestServer) {
        let app = try await TestApplication.make(configure: configure)
        let server = try TestServer.start(app.router)
        return (app, server)
    }

    @discardableResult
    private func account(_ app: TestApplication, _ email: String, roles: Set<Role> = [.resident]) async throws -> Account {
        try await app.node.accounts.createAccount(email: email, password: Self.password, roles: roles)
    }

    @Test func signsInWithACookieThatScriptsCannotRead() async throws {
        let (app, server) = try await start()
        defer { app.remove() }
        try await account(app, "anna@example.org")
        let client = try APIClient(port: server.port)
        let response = try await client.logIn(email: "anna@example.org", password: Self.password)
        #expect(response.status == 201)
        let cookie = try #require(response.setCookie("glocal_session"))
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Lax"))
        #expect(cookie.contains("Path=/"))
        #expect(!cookie.contains("Secure"), "no Secure flag over plain HTTP")
        #expect(client.csrfToken?.isEmpty == false)
        let me = try await client.send("GET", "/api/v1/account")
        #expect(me.status == 200)
        #expect(try me.json()["email"] as? String == "anna@example.org")
        #expect(try me.json()["roles"] as? [String] == ["resident"])
        await server.stop()
    }

    @Test func answersUnknownEmailAndWrongPasswordAlike() async throws {
        let (app, server) = try await start()
        defer { app.remove() }
        try await account(app, "boris@example.org")
        let client = try APIClient(port: server.port)
        let wrong = try await client.logIn(email: "boris@example.org", password: "not the password at all")
        let unknown = try await client.logIn(email: "nobody@example.org", password: "not the password at all")
        #expect(wrong.status == 401)
        #expect(unknown.status == 401)
        #expect(try wrong.json()["detail"] as? String == unknown.json()["detail"] as? String)
        #expect(try wrong.json()["type"] as? String == unknown.json()["type"] as? String)
        #expect(wrong.setCookie("glocal_session") == nil)
        await server.stop()
    }

    @Test func throttlesRepeatedFailures() async throws {
        let (app, server) = try await start { $0.accountFailureLimit = 3 }
        defer { app.remove() }
        try await account(app, "vera@example.org")
        let client = try APIClient(port: server.port)
        for _ in 0..<3 {
            #expect(try await client.logIn(email: "vera@example.org", password: "wrong password here").status == 401)
        }
        let throttled = try await client.logIn(email: "vera@example.org", password: Self.password)
        #expect(throttled.status == 429)
        #expect(Int(throttled.header("Retry-After") ?? "") ?? 0 > 0)
        await server.stop()
    }

    @Test func refusesCookieWritesWithoutTheCSRFToken() async throws {
        let (app, server) = try await start()
        defer { app.remove() }
        try await account(app, "gleb@example.org")
        let client = try APIClient(port: server.port)
        _ = try await client.logIn(email: "gleb@example.org", password: Self.password)
        let refused = try await client.send("POST", "/api/v1/tokens", json: #"{"name":"ci"}"#, csrf: false)
        #expect(refused.status == 403)
        #expect((try refused.json()["type"] as? String)?.hasSuffix("/csrf") == true)
        let wrong = try await client.send("POST", "/api/v1/tokens", json: #"{"name":"ci"}"#,
                                          headers: [("X-CSRF-Token", "forged")], csrf: false)
        #expect(wrong.status == 403)
        let none = try await client.send("GET", "/api/v1/tokens")
        #expect((try none.json()["items"] as? [Any])?.isEmpty == true)
        let accepted = try await client.send("POST", "/api/v1/tokens", json: #"{"name":"ci"}"#)
        #expect(accepted.status == 201)
        await server.stop()
    }

    @Test func signsOut() async throws {
        let (app, server) = try await start()
        defer { app.remove() }
        try await account(app, "dina@example.org")
        let client = try APIClient(port: server.port)
        _ = try await client.logIn(email: "dina@example.org", password: Self.password)
        let out = try await client.send("DELETE", "/api/v1/session")
        #expect(out.status == 204)
        #expect(out.setCookie("glocal_session")?.contains("Max-Age=0") == true)
        #expect(try await client.send("GET", "/api/v1/account").status == 401)
        await server.stop()
    }

    @Test func createsUsesListsAndRevokesAPITokens() async throws {
        let (app, server) = try await start()
        defer { app.remove() }
        try await account(app, "egor@example.org")
        let browser = try APIClient(port: server.port)
        _ = try await browser.logIn(email: "egor@example.org", password: Self.password)
        let created = try await browser.send("POST", "/api/v1/tokens", json: #"{"name":"laptop"}"#)
        #expect(created.status == 201)
        let secret = try #require(try created.json()["secret"] as? String)
        let tokenID = try #require((try created.json()["token"] as? [String: Any])?["id"] as? String)

        let api = try APIClient(port: server.port)
        api.bearer = secret
        #expect(try await api.send("GET", "/api/v1/account").status == 200)
        // A bearer request needs no CSRF token.
        #expect(try await api.send("POST", "/api/v1/tokens", json: #"{"name":"second"}"#).status == 201)

        let list = try await browser.send("GET", "/api/v1/tokens")
        let items = try #require(try list.json()["items"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(!list.text.contains(secret))
        #expect(items.allSatisfy { $0["secret"] == nil })

        #expect(try await browser.send("DELETE", "/api/v1/tokens/\(tokenID)").status == 204)
        let refused = try await api.send("GET", "/api/v1/account")
        #expect(refused.status == 401)
        #expect(refused.header("WWW-Authenticate") == "Bearer")
        await server.stop()
    }

    @Test func refusesToRevokeAnotherAccountsToken() async throws {
        let (app, server) = try await start()
        defer { app.remove() }
        let owner = try await account(app, "zoya@example.org")
        try await account(app, "ivan@example.org")
        let token = try await app.node.accounts.createAPIToken(account: owner.id, name: "mine")
        let other = try APIClient(port: server.port)
        _ = try await other.logIn(email: "ivan@example.org", password: Self.password)
        #expect(try await other.send("DELETE", "/api/v1/tokens/\(token.token.id.rawValue)").status == 403)
        #expect(try await app.node.accounts.account(forBearerToken: token.secret) != nil)
        await server.stop()
    }

    @Test func rolesDecideWhoReadsMetricsAndManagesAccounts() async throws {
        let (app, server) = try await start()
        defer { app.remove() }
        try await account(app, "admin@example.org", roles: [.admin])
        try await account(app, "kira@example.org", roles: [.resident, .mentor])
        let anonymous = try APIClient(port: server.port)
        #expect(try await anonymous.send("GET", "/metrics").status == 401)
        let resident = try APIClient(port: server.port)
        _ = try await resident.logIn(email: "kira@example.org", password: Self.password)
        #expect(try await resident.send("GET", "/metrics").status == 403)
        #expect(try await resident.send("POST", "/api/v1/accounts", json: #"{"email":"x@example.org","password":"long enough password"}"#).status == 403)
        let admin = try APIClient(port: server.port)
        _ = try await admin.logIn(email: "admin@example.org", password: Self.password)
        let metrics = try await admin.send("GET", "/metrics")
        #expect(metrics.status == 200)
        #expect(metrics.text.contains("glocal_http_requests_total{route=\"POST /api/v1/session\",status=\"201\"}"))
        #expect(metrics.text.contains("glocal_ledger_entries"))
        let created = try await admin.send("POST", "/api/v1/accounts",
                                           json: #"{"email":"lev@example.org","password":"long enough password","roles":["investor"]}"#)
        #expect(created.status == 201)
        let id = try #require(try created.json()["id"] as? String)
        let granted = try await admin.send("PUT", "/api/v1/accounts/\(id)/roles/committee")
        #expect(try granted.json()["roles"] as? [String] == ["committee", "investor"])
        let bad = try await admin.send("PUT", "/api/v1/accounts/\(id)/roles/emperor")
        #expect(bad.status == 422)
        await server.stop()
    }

    @Test func replaysARetriedCreateInsteadOfWritingTwice() async throws {
        let (app, server) = try await start()
        defer { app.remove() }
        try await account(app, "nina@example.org")
        let client = try APIClient(port: server.port)
        _ = try await client.logIn(email: "nina@example.org", password: Self.password)
        let key = [("Idempotency-Key", "4b1e8c1e-retry")]
        let first = try await client.send("POST", "/api/v1/tokens", json: #"{"name":"phone"}"#, headers: key)
        let second = try await client.send("POST", "/api/v1/tokens", json: #"{"name":"phone"}"#, headers: key)
        #expect(first.status == 201)
        #expect(second.status == 201)
        #expect(first.body == second.body)
        #expect(second.header("Idempotent-Replayed") == "true")
        let list = try await client.send("GET", "/api/v1/tokens")
        #expect((try list.json()["items"] as? [Any])?.count == 1)
        let reused = try await client.send("POST", "/api/v1/tokens", json: #"{"name":"other"}"#, headers: key)
        #expect(reused.status == 422)
        let failed = try await client.send("POST", "/api/v1/tokens", json: #"{"name":""}"#, headers: [("Idempotency-Key", "k2")])
        #expect(failed.status == 422)
        let retried = try await client.send("POST", "/api/v1/tokens", json: #"{"name":""}"#, headers: [("Idempotency-Key", "k2")])
        #expect(retried.status == 422, "a failed request frees its key and runs again")
        await server.stop()
    }

    @Test func reportsFieldErrorsAsValidationProblems() async throws {
        let (app, server) = try await start()
        defer { app.remove() }
        try await account(app, "olga@example.org")
        let client = try APIClient(port: server.port)
        let missing = try await client.send("POST", "/api/v1/session", json: #"{"email":"olga@example.org"}"#)
        #expect(missing.status == 422)
        let errors = try #require(try missing.json()["errors"] as? [[String: Any]])
        #expect(errors.first?["pointer"] as? String == "/password")
        let notJSON = try await client.send("POST", "/api/v1/session", json: "{", headers: [])
        #expect(notJSON.status == 422)
        let wrongType = try await client.send("POST", "/api/v1/session", json: nil, headers: [("Content-Type", "text/plain")])
        #expect(wrongType.status == 415)
        await server.stop()
    }
}
