import Ledger
import Testing
@testable import Registry

/// The registry's share of the node's database: migrations, and writes through the ledger.
@Suite struct RegistryDatabaseTests {
    @Test func migrationsRunOnceBesideTheLedgers() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await test.reopened()
        #expect(try test.column("name", "SELECT name FROM schema_migration ORDER BY name")
            == ["ledger/0001-append-only-log", "ledger/0002-tables-that-grow-at-the-end", "registry/0001-accounts", "registry/0002-idempotency",
                "registry/0003-cities-members", "registry/0004-projects", "registry/0005-ip-assets", "registry/0006-profiles",
                "registry/0007-search", "registry/0008-cap-tables", "registry/0009-contracts", "registry/0010-events",
                "registry/0011-games-accelerator", "registry/0012-challenges", "registry/0013-investment-sessions", "registry/0014-project-stage-moves",
                "registry/0015-idempotency-outcomes", "registry/0016-ip-consent",
                "registry/0017-account-consent", "registry/0018-member-refusal", "registry/0019-waiting-acts", "registry/0020-mail-outbox", "registry/0021-mail-preferences",
                "registry/0022-costs-that-do-not-grow", "registry/0023-compact-kept-answers",
                "registry/0024-password-resets", "registry/0025-application-details", "registry/0026-mail-language", "registry/0027-game-facilitators", "registry/0028-witnessing", "registry/0029-project-search-by-town", "registry/0030-road-maps", "registry/0031-indicator-sources", "registry/0032-indicator-definitions", "registry/0033-search-vocabularies", "registry/0034-priced-rounds", "registry/0035-federation", "registry/0036-mirrored-practices", "registry/0037-mirrored-events", "registry/0038-mirror-checks", "registry/0039-challenges-across-towns", "registry/0040-mirrored-indicators", "registry/0041-local-ids-for-teams-from-elsewhere"])
    }

    @Test func registryRowsAndLedgerEntriesCommitTogetherOrNotAtAll() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        struct Refused: Error {}
        let ledger = test.node.ledger
        let sizeBefore = await ledger.size
        await #expect(throws: Refused.self) {
            try await test.node.database.write { transaction in
                try AccountStore(database: transaction.database).insert(
                    Account(id: try .generate(), email: try EmailAddress("ada@example.org"), displayName: nil, roles: [.admin],
                            createdAt: LedgerTime.now()),
                    passwordHash: try PasswordHash.decoy(parameters: AccountsConfiguration.cheapScrypt))
                try transaction.append(kind: "test.account", payload: ["n": 1], author: ledger.nodeKey)
                throw Refused()
            }
        }
        #expect(await ledger.size == sizeBefore)
        #expect(try test.column("count", "SELECT count(*) AS count FROM account") == ["0"])
        #expect(try test.column("count", "SELECT count(*) AS count FROM account_role") == ["0"])
    }

    @Test func readsSeeEveryAcknowledgedWrite() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let accounts = try await withThrowingTaskGroup(of: Account.self) { group in
            for index in 0..<20 {
                group.addTask {
                    try await test.accounts.createAccount(email: "user\(index)@example.org", password: "correct horse battery staple")
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for account in accounts {
            #expect(try await test.accounts.account(id: account.id) == account)
        }
    }
}
