import Ledger
import Testing

@testable import Registry

/// The mail outbox: written in the transaction of the act that causes it, offered for
/// delivery until sent, retried later and later, forgotten with the account; and the
/// email confirmation a sign-up mails.
@Suite struct MailOutboxTests {
    private func signUp(_ test: TestNode, _ email: String = "anna@example.org") async throws -> Account {
        try await test.node.accounts.signUp(email: email, password: "correct horse battery", displayName: "Анна",
                                            consentVersion: PersonalDataConsent.current.version)
    }

    @Test func aSignUpMailsALinkThatConfirmsTheAddressOnce() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let account = try await signUp(test)
        #expect(account.emailConfirmedAt == nil)
        #expect(try await test.node.accounts.awaitsEmailConfirmation(account.id))
        let due = try await test.node.outbox.due()
        #expect(due.count == 1)
        let mail = try #require(due.first)
        #expect(mail.kind == .emailConfirmation && mail.accountID == account.id && mail.recipient?.rawValue == "anna@example.org")
        let token = try #require(mail.parameters["token"])
        let confirmed = try await test.node.accounts.confirmEmail(token: token)
        #expect(confirmed.emailConfirmedAt == test.clock.now)
        #expect(try await test.node.accounts.account(id: account.id)?.emailConfirmedAt == test.clock.now)
        #expect(try await !test.node.accounts.awaitsEmailConfirmation(account.id))
        await #expect(throws: AccountsError.confirmationLinkInvalid) { try await test.node.accounts.confirmEmail(token: token) }
        await #expect(throws: AccountsError.confirmationLinkInvalid) { try await test.node.accounts.confirmEmail(token: "nonsense") }
        // An account an administrator creates is not asked to confirm.
        let created = try await test.node.accounts.createAccount(email: "boris@example.org", password: "correct horse battery")
        #expect(try await test.node.outbox.due().map(\.accountID) == [account.id])
        #expect(try await !test.node.accounts.awaitsEmailConfirmation(created.id))
    }

    @Test func aConfirmationLinkExpiresAfterThreeDays() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await signUp(test)
        let token = try #require(try await test.node.outbox.due().first?.parameters["token"])
        test.clock.advance(.seconds(72 * 3_600))
        await #expect(throws: AccountsError.confirmationLinkInvalid) { try await test.node.accounts.confirmEmail(token: token) }
    }

    @Test func aSentMailForgetsItsParametersAndAFailedOneWaitsLongerEachTime() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await signUp(test, "a@example.org")
        _ = try await signUp(test, "b@example.org")
        let due = try await test.node.outbox.due()
        #expect(due.count == 2)
        try await test.node.outbox.markSent(due[0].id)
        try await test.node.outbox.markFailed(due[1].id, reason: "connection refused")
        #expect(try await test.node.outbox.due().isEmpty)
        let sent = try #require(try await test.node.outbox.recent().first { $0.id == due[0].id })
        #expect(sent.sentAt == test.clock.now && sent.parameters.isEmpty)
        test.clock.advance(.seconds(59))
        #expect(try await test.node.outbox.due().isEmpty)
        test.clock.advance(.seconds(1))
        let retried = try await test.node.outbox.due()
        #expect(retried.map(\.id) == [due[1].id] && retried[0].attempts == 1 && retried[0].lastError == "connection refused")
        try await test.node.outbox.markFailed(due[1].id, reason: "connection refused")
        test.clock.advance(.seconds(119))
        #expect(try await test.node.outbox.due().isEmpty)
        test.clock.advance(.seconds(1))
        #expect(try await test.node.outbox.due().map(\.attempts) == [2])
    }

    @Test func staffDecisionsOnAnApplicationAreMailedToTheApplicant() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let anna = try await signUp(test, "anna@example.org")
        let boris = try await signUp(test, "boris@example.org")
        for id in try await test.node.outbox.due().map(\.id) { try await test.node.outbox.markSent(id) }
        let admitted = try await test.node.members.apply(MemberApplication(kind: .person, name: "Анна", accountID: anna.id))
        let refused = try await test.node.members.apply(MemberApplication(kind: .person, name: "Борис", accountID: boris.id))
        #expect(try await test.node.outbox.due().isEmpty)
        _ = try await test.node.members.setStatus(.admitted, of: admitted.id)
        _ = try await test.node.members.refuse(refused.id, reason: "Нет подтверждения адреса в городе.")
        let mail = Dictionary(uniqueKeysWithValues: try await test.node.outbox.due().map { ($0.accountID, $0) })
        #expect(mail[anna.id]?.kind == .membershipAdmitted && mail[anna.id]?.parameters.keys.sorted() == ["unsubscribe"])
        #expect(mail[boris.id]?.kind == .membershipRefused && mail[boris.id]?.parameters["reason"] == "Нет подтверждения адреса в городе.")
        #expect(mail.count == 2)
        // Erasing the member forgets the mail to its account, and the address with it.
        _ = try await test.node.members.erase(refused.id)
        #expect(try await test.node.outbox.recent().allSatisfy { $0.accountID != boris.id })
    }

    @Test func aProposedContractIsMailedToTheMembersWhoSignIt() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let town = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let anna = try await signUp(test, "anna@example.org")
        let member = try await test.node.members.setStatus(.admitted, of: try await test.node.members.apply(
            MemberApplication(kind: .person, name: "Анна", cityID: town.id, accountID: anna.id)).id)
        for id in try await test.node.outbox.due().map(\.id) { try await test.node.outbox.markSent(id) }
        let fund = try #require(PartyID(rawValue: "town_fund:\(town.id)"))
        let party = try #require(PartyID(rawValue: member.id.rawValue))
        let terms = ContractTerms(textSHA256: SHA256.hash(Array("Договор".utf8)),
                                  parties: [ContractParty(id: .union, role: "union"), ContractParty(id: party, role: "founder")],
                                  termination: .byUnion,
                                  parameters: .revenueShare(RevenueShareTerms(townFund: fund, townFundBasisPoints: 2_000)))
        let contract = try await test.node.contracts.propose(ContractProposal(terms: terms, legalText: "Договор"))
        let mail = try await test.node.outbox.due()
        #expect(mail.map(\.kind) == [.contractToSign] && mail.map(\.accountID) == [anna.id])
        #expect(mail.first?.parameters["contract_id"] == contract.id.rawValue)
    }

    @Test func aMemberDeclinesAKindOfMailByItsLinkOrByChoosing() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let anna = try await signUp(test, "anna@example.org")
        #expect(try await test.node.outbox.due().first?.parameters["unsubscribe"] == nil, "an address's confirmation cannot be declined")
        for id in try await test.node.outbox.due().map(\.id) { try await test.node.outbox.markSent(id) }
        let member = try await test.node.members.apply(MemberApplication(kind: .person, name: "Анна", accountID: anna.id))
        _ = try await test.node.members.setStatus(.admitted, of: member.id)
        let admitted = try #require(try await test.node.outbox.due().first)
        let token = try #require(admitted.parameters["unsubscribe"])
        try await test.node.outbox.markSent(admitted.id)
        #expect(try await test.node.outbox.unsubscribe(token: token) == .membershipAdmitted, "the link works after the mail is sent")
        #expect(try await test.node.outbox.preferences(of: anna.id).declined == [.membershipAdmitted])
        await #expect(throws: AccountsError.unsubscribeLinkInvalid) { try await test.node.outbox.unsubscribe(token: "glc_unsub_x") }

        #expect(try await test.node.outbox.setPreferences(declined: [.contractToSign], language: nil, of: anna.id).declined == [.contractToSign])
        await #expect(throws: AccountsError.mailKindNotOptional("email_confirmation")) {
            try await test.node.outbox.setPreferences(declined: [.emailConfirmation], language: nil, of: anna.id)
        }
        #expect(try await test.node.outbox.preferences(of: anna.id).declined == [.contractToSign], "a refused choice changes nothing")
        let town = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let fund = try #require(PartyID(rawValue: "town_fund:\(town.id)"))
        let terms = ContractTerms(textSHA256: SHA256.hash(Array("Договор".utf8)),
                                  parties: [ContractParty(id: .union, role: "union"),
                                            ContractParty(id: try #require(PartyID(rawValue: member.id.rawValue)), role: "founder")],
                                  termination: .byUnion,
                                  parameters: .revenueShare(RevenueShareTerms(townFund: fund, townFundBasisPoints: 2_000)))
        _ = try await test.node.contracts.propose(ContractProposal(terms: terms, legalText: "Договор"))
        #expect(try await test.node.outbox.due().isEmpty, "declined mail is not written")
    }
}
