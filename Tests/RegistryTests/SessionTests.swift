import Ledger
import Testing
@testable import Registry

/// Login sessions: lookup by token, idle and absolute expiry, logout, CSRF, storage.
@Suite struct SessionTests {
    private let password = "correct horse battery staple"

    private func loggedIn() async throws -> (TestNode, NewSession) {
        let test = try await TestNode.make()
        _ = try await test.accounts.createAccount(email: "ada@example.org", password: password)
        return (test, try await test.accounts.login(email: "ada@example.org", password: password, address: "192.0.2.7"))
    }

    @Test func aSessionIsFoundByItsTokenUntilLogout() async throws {
        let (test, session) = try await loggedIn()
        defer { test.remove() }
        let found = try #require(try await test.accounts.session(forToken: session.sessionToken))
        #expect(found.account == session.account)
        #expect(found.sessionID == session.sessionID)
        #expect(found.csrfToken == session.csrfToken)
        #expect(found.expiresAt == session.expiresAt)
        try await test.accounts.logout(sessionToken: session.sessionToken)
        #expect(try await test.accounts.session(forToken: session.sessionToken) == nil)
        try await test.accounts.logout(sessionToken: session.sessionToken)
    }

    @Test func unknownAndMalformedTokensFindNothing() async throws {
        let (test, session) = try await loggedIn()
        defer { test.remove() }
        for token in ["", "x", String(session.sessionToken.dropLast()), String(session.sessionToken.dropLast()) + "=",
                      try SecretToken.generate(), session.csrfToken, session.sessionToken + " "] {
            #expect(try await test.accounts.session(forToken: token) == nil, "\(token)")
        }
    }

    @Test func anIdleSessionExpiresButUseKeepsItAlive() async throws {
        let (test, session) = try await loggedIn()
        defer { test.remove() }
        for _ in 0..<3 {
            test.clock.advance(.seconds(11 * 3600))
            #expect(try await test.accounts.session(forToken: session.sessionToken) != nil)
        }
        test.clock.advance(.seconds(12 * 3600))
        #expect(try await test.accounts.session(forToken: session.sessionToken) == nil)
        #expect(try test.column("count", "SELECT count(*) AS count FROM account_session") == ["0"], "an expired session is removed when met")
    }

    @Test func aSessionEndsAtItsAbsoluteExpiryHoweverActive() async throws {
        let (test, session) = try await loggedIn()
        defer { test.remove() }
        let lifetime: Int64 = 7 * 24 * 3600
        var elapsed: Int64 = 0
        while elapsed + 11 * 3600 < lifetime {
            test.clock.advance(.seconds(11 * 3600))
            elapsed += 11 * 3600
            #expect(try await test.accounts.session(forToken: session.sessionToken) != nil, "after \(elapsed) s")
        }
        test.clock.advance(.seconds(lifetime - elapsed))
        #expect(test.clock.now == session.expiresAt)
        #expect(try await test.accounts.session(forToken: session.sessionToken) == nil)
    }

    @Test func useIsRecordedAtMostOncePerMinute() async throws {
        let (test, session) = try await loggedIn()
        defer { test.remove() }
        let loginTime = test.clock.now
        test.clock.advance(.seconds(59))
        let early = try #require(try await test.accounts.session(forToken: session.sessionToken))
        #expect(try test.column("last_seen_at", "SELECT last_seen_at FROM account_session") == [loginTime.rfc3339])
        #expect(early.idleExpiresAt == loginTime.adding(.seconds(12 * 3600)))
        test.clock.advance(.seconds(1))
        let later = try #require(try await test.accounts.session(forToken: session.sessionToken))
        #expect(try test.column("last_seen_at", "SELECT last_seen_at FROM account_session") == [test.clock.now.rfc3339])
        #expect(later.idleExpiresAt == test.clock.now.adding(.seconds(12 * 3600)))
    }

    @Test func theCSRFTokenIsCheckedAgainstItsSession() async throws {
        let (test, session) = try await loggedIn()
        defer { test.remove() }
        let other = try await test.accounts.login(email: "ada@example.org", password: password, address: "192.0.2.7")
        let found = try #require(try await test.accounts.session(forToken: session.sessionToken))
        #expect(test.accounts.checkCSRF(session: found, token: session.csrfToken))
        #expect(!test.accounts.checkCSRF(session: found, token: other.csrfToken))
        #expect(!test.accounts.checkCSRF(session: found, token: ""))
        #expect(!test.accounts.checkCSRF(session: found, token: String(session.csrfToken.dropLast())))
        #expect(session.csrfToken != session.sessionToken)
    }

    @Test func onlyTheTokensHashIsStored() async throws {
        let (test, session) = try await loggedIn()
        defer { test.remove() }
        #expect(session.sessionToken.utf8.count == 43)
        #expect(try test.column("token_hash_hex", "SELECT hex(token_hash) AS token_hash_hex FROM account_session")
                == [SHA256.hash(Array(session.sessionToken.utf8)).hex.uppercased()])
        #expect(!test.filesContain(session.sessionToken))
        #expect(!String(describing: session).contains(session.sessionToken))
        #expect(!String(describing: session).contains(session.csrfToken))
    }

    @Test func loginClearsTheAccountsExpiredSessions() async throws {
        let (test, _) = try await loggedIn()
        defer { test.remove() }
        test.clock.advance(.seconds(13 * 3600))
        _ = try await test.accounts.login(email: "ada@example.org", password: password, address: "192.0.2.7")
        #expect(try test.column("count", "SELECT count(*) AS count FROM account_session") == ["1"])
    }
}
