import Ledger
import Testing
@testable import Registry

/// Creating accounts, logging in, roles, and what survives a restart.
@Suite struct AccountsTests {
    private let password = "correct horse battery staple"

    @Test func aCreatedAccountLogsInAndIsReadBack() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let created = try await test.accounts.createAccount(email: "Ada@Example.org", password: password,
                                                            displayName: "  Ада Лавлейс ", roles: [.resident, .mentor])
        #expect(created.id.rawValue.hasPrefix("acc_") && created.id.rawValue.count == 36)
        #expect(created.email.rawValue == "ada@example.org")
        #expect(created.displayName == "Ада Лавлейс")
        #expect(created.createdAt == test.clock.now)
        #expect(try await test.accounts.account(id: created.id) == created)
        let session = try await test.accounts.login(email: "ada@example.org", password: password, address: "192.0.2.1")
        #expect(session.account == created)
        #expect(session.expiresAt == test.clock.now.adding(.seconds(7 * 24 * 3600)))
    }

    @Test func unknownEmailAndWrongPasswordFailAlikeAfterTheSameWork() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await test.accounts.createAccount(email: "ada@example.org", password: password)
        let before = await test.accounts.hasher.derivations
        let wrongPassword = await failure { try await test.accounts.login(email: "ada@example.org", password: "not the password", address: "a") }
        let afterWrong = await test.accounts.hasher.derivations
        let unknownEmail = await failure { try await test.accounts.login(email: "bob@example.org", password: password, address: "a") }
        let afterUnknown = await test.accounts.hasher.derivations
        #expect(wrongPassword == .invalidCredentials)
        #expect(unknownEmail == .invalidCredentials)
        #expect(afterWrong - before == 1)
        #expect(afterUnknown - afterWrong == 1, "an unknown email must still cost one scrypt")
    }

    @Test func emailsAreNormalisedAndUnique() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await test.accounts.createAccount(email: "ada@example.org", password: password)
        await #expect(throws: AccountsError.emailTaken) {
            try await test.accounts.createAccount(email: "  ADA@Example.ORG\n", password: password)
        }
        let session = try await test.accounts.login(email: " Ada@EXAMPLE.org ", password: password, address: "a")
        #expect(session.account.email.rawValue == "ada@example.org")
        #expect(try test.column("count", "SELECT count(*) AS count FROM account") == ["1"])
    }

    @Test func weakAndOverlongPasswordsAreRefusedNamingTheField() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        for (candidate, expected) in [("eleven char", AccountsError.passwordTooShort(minimumCharacters: 12)),
                                      ("", .passwordTooShort(minimumCharacters: 12)),
                                      (String(repeating: "я", count: 513), .passwordTooLong(maximumBytes: 1024))] {
            let error = await #expect(throws: AccountsError.self) {
                try await test.accounts.createAccount(email: "ada@example.org", password: candidate)
            }
            #expect(error == expected)
            #expect(error?.field == "password")
            #expect(error?.description.hasPrefix("password: ") == true)
        }
        _ = try await test.accounts.createAccount(email: "ada@example.org", password: "twelve chars")
    }

    @Test func otherFieldsAreValidatedNamingTheField() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let badName = await #expect(throws: AccountsError.self) {
            try await test.accounts.createAccount(email: "ada@example.org", password: password, displayName: "a\u{7}b")
        }
        #expect(badName?.field == "display_name")
        let badEmail = await #expect(throws: AccountsError.self) {
            try await test.accounts.createAccount(email: "ada at example.org", password: password)
        }
        #expect(badEmail?.field == "email")
        let blankName = try await test.accounts.createAccount(email: "ada@example.org", password: password, displayName: "   ")
        #expect(blankName.displayName == nil)
    }

    @Test func rolesAreGrantedAndRevokedButTheLastAdminStays() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let admin = try await test.accounts.createAccount(email: "admin@example.org", password: password, roles: [.admin])
        let staff = try await test.accounts.createAccount(email: "staff@example.org", password: password)
        #expect(staff.roles.isEmpty)
        let granted = try await test.accounts.grant(role: .unionStaff, to: staff.id)
        #expect(granted.roles == [.unionStaff])
        #expect(try await test.accounts.grant(role: .unionStaff, to: staff.id).roles == [.unionStaff])
        #expect(try await test.accounts.grant(role: .committee, to: staff.id).roles == [.unionStaff, .committee])
        #expect(try await test.accounts.revoke(role: .committee, from: staff.id).roles == [.unionStaff])
        await #expect(throws: AccountsError.lastAdmin(admin.id)) { try await test.accounts.revoke(role: .admin, from: admin.id) }
        _ = try await test.accounts.grant(role: .admin, to: staff.id)
        #expect(try await test.accounts.revoke(role: .admin, from: admin.id).roles.isEmpty)
        let unknown = try AccountID.generate()
        await #expect(throws: AccountsError.unknownAccount(unknown)) { try await test.accounts.grant(role: .mentor, to: unknown) }
        #expect(try test.column("role", "SELECT role FROM account_role ORDER BY role") == ["admin", "union_staff"])
    }

    @Test func roleNamesAreTheStoredWords() {
        #expect(Role.allCases.map(\.rawValue) == ["resident", "mentor", "investor", "union_staff", "committee", "admin"])
    }

    @Test func accountsSessionsAndTokensSurviveReopening() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let account = try await test.accounts.createAccount(email: "ada@example.org", password: password, roles: [.investor])
        let session = try await test.accounts.login(email: "ada@example.org", password: password, address: "a")
        let token = try await test.accounts.createAPIToken(account: account.id, name: "export")
        let reopened = try await test.reopened()
        #expect(try await reopened.accounts.account(id: account.id) == account)
        #expect(try await reopened.accounts.session(forToken: session.sessionToken)?.account == account)
        #expect(try await reopened.accounts.account(forBearerToken: token.secret) == account)
        _ = try await reopened.accounts.login(email: "ada@example.org", password: password, address: "a")
    }

    @Test func settingAPasswordEndsEverySession() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let account = try await test.accounts.createAccount(email: "ada@example.org", password: password)
        let first = try await test.accounts.login(email: "ada@example.org", password: password, address: "a")
        let second = try await test.accounts.login(email: "ada@example.org", password: password, address: "b")
        try await test.accounts.setPassword("a brand new passphrase", for: account.id)
        #expect(try await test.accounts.session(forToken: first.sessionToken) == nil)
        #expect(try await test.accounts.session(forToken: second.sessionToken) == nil)
        await #expect(throws: LoginError.invalidCredentials) {
            try await test.accounts.login(email: "ada@example.org", password: password, address: "a")
        }
        _ = try await test.accounts.login(email: "ada@example.org", password: "a brand new passphrase", address: "a")
    }

    @Test func aPasswordStoredAtALowerCostIsRehashedOnLogin() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await test.accounts.createAccount(email: "ada@example.org", password: password)
        #expect(try test.column("password_hash", "SELECT password_hash FROM account")[0].hasPrefix("$scrypt$ln=10,r=8,p=1$"))
        var stronger = AccountsConfiguration.fast
        stronger.passwordHashing = try ScryptParameters(costExponent: 11, blockSize: 8, parallelism: 1)
        let raised = try await test.reopened(configuration: stronger)
        _ = try await raised.accounts.login(email: "ada@example.org", password: password, address: "a")
        #expect(try test.column("password_hash", "SELECT password_hash FROM account")[0].hasPrefix("$scrypt$ln=11,r=8,p=1$"))
        _ = try await raised.accounts.login(email: "ada@example.org", password: password, address: "a")
    }

    /// OWASP Password Storage Cheat Sheet: scrypt with N=2^17, r=8, p=1 at least.
    @Test func theDefaultCostMeetsOWASPsMinimum() {
        let standard = AccountsConfiguration.standard.passwordHashing
        #expect(standard.cost >= 1 << 17)
        #expect(standard.blockSize >= 8)
        #expect(standard.parallelism >= 1)
        #expect(standard.memoryBytes >= 128 << 20)
    }

    @Test func loginWorksAtTheProductionCost() async throws {
        let test = try await TestNode.make(configuration: .standard)
        defer { test.remove() }
        let account = try await test.accounts.createAccount(email: "ada@example.org", password: password)
        #expect(try test.column("password_hash", "SELECT password_hash FROM account")[0].hasPrefix("$scrypt$ln=17,r=8,p=1$"))
        let session = try await test.accounts.login(email: "ada@example.org", password: password, address: "a")
        #expect(session.account.id == account.id)
    }

    private func failure(_ body: () async throws -> NewSession) async -> LoginError? {
        do {
            _ = try await body()
            return nil
        } catch {
            return error as? LoginError
        }
    }
}
