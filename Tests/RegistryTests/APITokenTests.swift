import Ledger
import Testing
@testable import Registry

/// API tokens: shown once, listed without secrets, found by bearer secret, revoked.
@Suite struct APITokenTests {
    private func withAccount() async throws -> (TestNode, Account) {
        let test = try await TestNode.make()
        let account = try await test.accounts.createAccount(email: "ada@example.org", password: "correct horse battery staple",
                                                            roles: [.unionStaff])
        return (test, account)
    }

    @Test func aTokenIsListedWithoutItsSecretAndFindsItsAccountUntilRevoked() async throws {
        let (test, account) = try await withAccount()
        defer { test.remove() }
        let created = try await test.accounts.createAPIToken(account: account.id, name: "  nightly export ")
        #expect(created.secret.hasPrefix("glc_") && created.secret.utf8.count == 47)
        #expect(created.token.id.rawValue.hasPrefix("tok_"))
        #expect(created.token.name == "nightly export")
        #expect(created.token.lastUsedAt == nil && !created.token.isRevoked)
        #expect(try await test.accounts.apiTokens(of: account.id) == [created.token])
        #expect(try await test.accounts.account(forBearerToken: created.secret) == account)

        test.clock.advance(.seconds(5))
        try await test.accounts.revokeAPIToken(id: created.token.id, account: account.id)
        #expect(try await test.accounts.account(forBearerToken: created.secret) == nil)
        let listed = try await test.accounts.apiTokens(of: account.id)
        #expect(listed.map(\.id) == [created.token.id])
        #expect(listed.first?.revokedAt == test.clock.now)
        try await test.accounts.revokeAPIToken(id: created.token.id, account: account.id)
        #expect(try await test.accounts.apiTokens(of: account.id).first?.revokedAt == listed.first?.revokedAt)
    }

    @Test func onlyTheSecretsHashIsStored() async throws {
        let (test, account) = try await withAccount()
        defer { test.remove() }
        let created = try await test.accounts.createAPIToken(account: account.id, name: "ci")
        #expect(try test.column("secret_hash_hex", "SELECT hex(secret_hash) AS secret_hash_hex FROM account_api_token")
                == [SHA256.hash(Array(created.secret.utf8)).hex.uppercased()])
        #expect(!test.filesContain(created.secret))
        #expect(!test.filesContain(String(created.secret.dropFirst(4))))
        #expect(!String(describing: created).contains(created.secret))
    }

    @Test func unknownMalformedAndSessionTokensAreNotBearerTokens() async throws {
        let (test, account) = try await withAccount()
        defer { test.remove() }
        let created = try await test.accounts.createAPIToken(account: account.id, name: "ci")
        let session = try await test.accounts.login(email: "ada@example.org", password: "correct horse battery staple", address: "a")
        for secret in ["", "glc_", String(created.secret.dropFirst(4)), session.sessionToken, "glc_" + session.sessionToken,
                       try SecretToken.generate(prefix: "glc_"), created.secret.uppercased()] {
            #expect(try await test.accounts.account(forBearerToken: secret) == nil, "\(secret)")
        }
    }

    @Test func anotherAccountsTokenCannotBeRevoked() async throws {
        let (test, account) = try await withAccount()
        defer { test.remove() }
        let other = try await test.accounts.createAccount(email: "eve@example.org", password: "correct horse battery staple")
        let created = try await test.accounts.createAPIToken(account: account.id, name: "ci")
        await #expect(throws: AccountsError.unknownAPIToken(created.token.id)) {
            try await test.accounts.revokeAPIToken(id: created.token.id, account: other.id)
        }
        #expect(try await test.accounts.account(forBearerToken: created.secret) == account)
        #expect(try await test.accounts.apiTokens(of: other.id).isEmpty)
    }

    @Test func namesAndAccountsAreChecked() async throws {
        let (test, account) = try await withAccount()
        defer { test.remove() }
        for name in ["", "   ", String(repeating: "n", count: 101), "tab\tinside"] {
            let error = await #expect(throws: AccountsError.self) { try await test.accounts.createAPIToken(account: account.id, name: name) }
            #expect(error?.field == "name")
        }
        let unknown = try AccountID.generate()
        await #expect(throws: AccountsError.unknownAccount(unknown)) { try await test.accounts.createAPIToken(account: unknown, name: "x") }
    }

    @Test func useIsRecordedAtMostOncePerMinute() async throws {
        let (test, account) = try await withAccount()
        defer { test.remove() }
        let created = try await test.accounts.createAPIToken(account: account.id, name: "ci")
        let firstUse = test.clock.now
        _ = try await test.accounts.account(forBearerToken: created.secret)
        test.clock.advance(.seconds(30))
        _ = try await test.accounts.account(forBearerToken: created.secret)
        #expect(try await test.accounts.apiTokens(of: account.id).first?.lastUsedAt == firstUse)
        test.clock.advance(.seconds(30))
        _ = try await test.accounts.account(forBearerToken: created.secret)
        #expect(try await test.accounts.apiTokens(of: account.id).first?.lastUsedAt == test.clock.now)
    }

    @Test func rememberedTokensSeeRoleChangesAndRevocationAtOnce() async throws {
        let (test, account) = try await withAccount()
        defer { test.remove() }
        let created = try await test.accounts.createAPIToken(account: account.id, name: "ci")
        #expect(try await test.accounts.account(forBearerToken: created.secret)?.roles == [.unionStaff])
        try await test.accounts.grant(role: .mentor, to: account.id)
        #expect(try await test.accounts.account(forBearerToken: created.secret)?.roles == [.unionStaff, .mentor])
        try await test.accounts.revokeAPIToken(id: created.token.id, account: account.id)
        #expect(try await test.accounts.account(forBearerToken: created.secret) == nil)
    }

    @Test func aChangeMadeElsewhereIsSeenOnceTheCacheLifetimePasses() async throws {
        let (test, account) = try await withAccount()
        defer { test.remove() }
        let created = try await test.accounts.createAPIToken(account: account.id, name: "ci")
        #expect(try await test.accounts.account(forBearerToken: created.secret) != nil)
        let elsewhere = try await test.reopened()
        try await elsewhere.accounts.revokeAPIToken(id: created.token.id, account: account.id)
        #expect(try await test.accounts.account(forBearerToken: created.secret) != nil, "still remembered")
        test.clock.advance(test.accounts.configuration.bearerCacheLifetime + .milliseconds(1))
        #expect(try await test.accounts.account(forBearerToken: created.secret) == nil)
    }
}
