import Ledger
import Testing

@testable import Registry

/// A forgotten password: a link mailed to the account's own address, once a minute at
/// most, that sets a new password once within the hour and ends every session; asking
/// for an address nobody has looks the same and mails nothing.
@Suite struct PasswordResetTests {
    private static let oldPassword = "correct horse battery"
    private static let newPassword = "a new password of mine"

    private func resetMails(_ test: TestNode) async throws -> [OutgoingMail] {
        try await test.node.outbox.due().filter { $0.kind == .passwordReset }
    }

    @Test func theMailedLinkSetsANewPasswordOnceAndEndsEverySession() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let accounts = test.node.accounts
        let account = try await accounts.createAccount(email: "anna@example.org", password: Self.oldPassword)
        let session = try await accounts.login(email: "anna@example.org", password: Self.oldPassword, address: "127.0.0.1")
        try await accounts.askToResetPassword(email: "  Anna@Example.org ")
        let mail = try #require(try await resetMails(test).first)
        #expect(mail.accountID == account.id && mail.recipient?.rawValue == "anna@example.org")
        let token = try #require(mail.parameters["token"])
        await #expect(throws: AccountsError.passwordTooShort(minimumCharacters: PasswordPolicy.minimumCharacters)) {
            _ = try await accounts.resetPassword(token: token, newPassword: "short")
        }
        #expect(try await accounts.resetPassword(token: token, newPassword: Self.newPassword).id == account.id)
        #expect(try await accounts.session(forToken: session.sessionToken) == nil, "the old session ended")
        await #expect(throws: LoginError.invalidCredentials) {
            _ = try await accounts.login(email: "anna@example.org", password: Self.oldPassword, address: "127.0.0.1")
        }
        #expect(try await accounts.login(email: "anna@example.org", password: Self.newPassword, address: "127.0.0.1").account.id == account.id)
        await #expect(throws: AccountsError.resetLinkInvalid) {
            _ = try await accounts.resetPassword(token: token, newPassword: "yet another password")
        }
        await #expect(throws: AccountsError.resetLinkInvalid) { _ = try await accounts.resetPassword(token: "nonsense", newPassword: Self.newPassword) }
    }

    @Test func theLinkExpiresAfterAnHourAndAnAddressGetsOneMailAMinute() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let accounts = test.node.accounts
        _ = try await accounts.createAccount(email: "boris@example.org", password: Self.oldPassword)
        for _ in 0..<3 { try await accounts.askToResetPassword(email: "boris@example.org") }
        #expect(try await resetMails(test).count == 1, "asked three times in a minute, mailed once")
        let first = try #require(try await resetMails(test).first?.parameters["token"])
        test.clock.advance(.seconds(61))
        try await accounts.askToResetPassword(email: "boris@example.org")
        #expect(try await resetMails(test).count == 2)
        test.clock.advance(.seconds(3_600))
        await #expect(throws: AccountsError.resetLinkInvalid) { _ = try await accounts.resetPassword(token: first, newPassword: Self.newPassword) }
    }

    @Test func askingForAnAddressNobodyHasMailsNothingAndSaysTheSame() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let size = await test.node.ledger.size
        try await test.node.accounts.askToResetPassword(email: "nobody@example.org")
        #expect(try await test.node.outbox.due().isEmpty)
        #expect(await test.node.ledger.size == size, "nothing about a password enters the ledger")
        await #expect(throws: AccountsError.self) { try await test.node.accounts.askToResetPassword(email: "not an address") }
    }
}
