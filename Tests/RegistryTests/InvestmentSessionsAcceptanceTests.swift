import Ledger
import Testing

@testable import Registry

/// Accepting pledges: a tranche pledge becomes a proposed contract with the plan's terms,
/// an equity pledge a priced round that dilutes the cap table exactly; the Union's option,
/// the summary's sums and the sealed summary's hash.
@Suite struct InvestmentSessionsAcceptanceTests {
    private func trancheDraft(_ fixture: InvestmentSessionFixture) -> PledgeDraft {
        PledgeDraft(projectID: fixture.glazovProject, amount: Kopecks(3_000_000), conditions: "Отчёт каждый месяц",
                    form: .tranches([PledgedTranche(milestone: "MVP", amount: Kopecks(1_000_000), attesters: [fixture.mentor.id]),
                                     PledgedTranche(milestone: "Пилот", amount: Kopecks(2_000_000), attesters: [fixture.mentor.id])]))
    }

    /// The project's common class with 1 000 000 units issued to its lead.
    private func commonShares(_ fixture: InvestmentSessionFixture, _ project: ProjectID, lead: Member) async throws {
        let day = CalendarDate(fixture.test.clock.now)
        _ = try await fixture.test.node.capTables.record(.createShareClass(ShareClassCreation(
            id: "ev_common", date: day, shareClass: "common", name: "Обыкновенные", kind: .common, authorised: 2_000_000)), in: project)
        _ = try await fixture.test.node.capTables.record(.issueShares(ShareIssuance(
            id: "ev_issue", date: day, holder: StakeholderID(lead.id.rawValue), shareClass: "common", units: 1_000_000,
            pricePerUnit: Kopecks(1))), in: project)
    }

    private func unionOption(_ fixture: InvestmentSessionFixture, units: ShareCount) -> OptionGrant {
        let day = CalendarDate(fixture.test.clock.now)
        return OptionGrant(id: "ev_union", date: day, grantee: "union", shareClass: "common", units: units, exercisePrice: Kopecks(0),
                           expiry: day.addingMonths(60), vesting: .cliffMonthly(start: day, cliffMonths: 0, totalMonths: 12),
                           isUnionOption: true)
    }

    @Test func anAcceptedTranchePledgeBecomesAProposedContractWithThePlansTerms() async throws {
        let fixture = try await InvestmentSessionFixture.running()
        defer { fixture.remove() }
        let event = fixture.event.id
        let pledge = try await fixture.sessions.pledge(trancheDraft(fixture), by: fixture.investors[0].id, in: event)
        await #expect(throws: InvestmentConflict.notTheLead(fixture.kurganLead.id, project: fixture.glazovProject)) {
            try await fixture.sessions.accept(pledge.id, consent: .lead(fixture.kurganLead.id), in: event)
        }
        let accepted = try await fixture.sessions.accept(pledge.id, consent: .lead(fixture.glazovLead.id), in: event)
        guard case let .contract(contractID)? = accepted.acceptance?.outcome else {
            Issue.record("a tranche pledge becomes a contract")
            return
        }
        #expect(accepted.status == .accepted && accepted.acceptance?.acceptedBy == fixture.glazovLead.id.rawValue)
        let contract = try #require(try await fixture.test.node.contracts.contract(id: contractID))
        let investor = PartyID(unchecked: fixture.investors[0].id.rawValue), lead = PartyID(unchecked: fixture.glazovLead.id.rawValue)
        let mentor = PartyID(unchecked: fixture.mentor.id.rawValue)
        #expect(contract.status == .proposed && contract.projectID == fixture.glazovProject)
        #expect(contract.terms.parameters == .milestoneTranches(TrancheTerms(
            investor: investor, recipient: lead, attesters: [mentor],
            tranches: [.init(milestone: "MVP", amount: 1_000_000), .init(milestone: "Пилот", amount: 2_000_000)])))
        #expect(Set(contract.terms.parties) == [ContractParty(id: .union, role: "union"), ContractParty(id: investor, role: "investor"),
                                                ContractParty(id: lead, role: "recipient"), ContractParty(id: mentor, role: "attester")])
        #expect(contract.terms.textSHA256 == SHA256.hash(Array(contract.legalText.utf8)))
        #expect(contract.legalText.contains("30\u{00A0}000 руб. 00 коп. (тридцать тысяч рублей 00 копеек)")
                && contract.legalText.contains("Отчёт каждый месяц"))
        let title = try #require(try await fixture.test.node.projects.project(id: fixture.glazovProject)?.title)
        let investorName = try #require(fixture.investors[0].name), leadName = try #require(fixture.glazovLead.name)
        let mentorName = try #require(fixture.mentor.name)
        #expect(contract.legalText.hasPrefix("ДОГОВОР О ПОЭТАПНОМ ФИНАНСИРОВАНИИ ПРОЕКТА «\(title)»"))
        #expect(contract.legalText.contains("Инвестор \(investorName) обязуется передать получателю \(leadName)")
                && contract.legalText.contains("подтверждающие (\(mentorName))"), "the text names the parties")
        let ledger = try await fixture.test.node.ledger.entries(from: 0, limit: 10_000).map { String(decoding: $0.canonicalBytes, as: UTF8.self) }.joined()
        #expect(!ledger.contains(investorName), "the ledger holds the text's hash, not the names in it")
        #expect(try await fixture.test.node.projects.project(id: fixture.glazovProject)?.stage == .funded)

        let size = await fixture.test.node.ledger.size
        await #expect(throws: InvestmentConflict.pledgeNotStanding(pledge.id, status: .accepted)) {
            try await fixture.sessions.accept(pledge.id, consent: .union, in: event)
        }
        #expect(await fixture.test.node.ledger.size == size)
        let entry = try await fixture.test.node.ledger.entry(size - 2).entry
        #expect(entry.kind == "investment.accept" && entry.payload["contract_id"]?.stringValue == contractID.rawValue)

        _ = try await fixture.test.node.members.erase(fixture.investors[0].id)
        let redacted = try #require(try await fixture.test.node.contracts.contract(id: contractID)).legalText
        #expect(!redacted.contains(investorName) && redacted.contains("Инвестор участник удалён"), "an erasure takes the name out of the text")
    }

    @Test func anAcceptedEquityPledgeDilutesTheCapTableExactly() async throws {
        let fixture = try await InvestmentSessionFixture.running()
        defer { fixture.remove() }
        let event = fixture.event.id
        try await commonShares(fixture, fixture.kurganProject, lead: fixture.kurganLead)
        _ = try await fixture.sessions.recordUnionOption(unionOption(fixture, units: 100_000), for: fixture.kurganProject, in: event)
        // Fully diluted before: 1 000 000 issued + 100 000 optioned. 110 000 roubles at 1 100 000 roubles pre-money buys 1/11.
        let pledge = try await fixture.sessions.pledge(
            PledgeDraft(projectID: fixture.kurganProject, amount: Kopecks(11_000_000),
                        form: .equity(preMoney: Kopecks(110_000_000), shareClassName: "Серия A")),
            by: fixture.investors[1].id, in: event)
        let accepted = try await fixture.sessions.accept(pledge.id, consent: .union, in: event)
        #expect(accepted.acceptance?.acceptedBy == "union")
        let table = try await fixture.test.node.capTables.table(of: fixture.kurganProject)
        let investor = StakeholderID(fixture.investors[1].id.rawValue)
        #expect(table.units(of: investor, in: ShareClassID(pledge.id.rawValue)) == 110_000)
        let diluted = table.fullyDiluted(asOf: CalendarDate(fixture.test.clock.now))
        #expect(diluted.total == 1_210_000 && diluted.units[investor] == 110_000)
        #expect(diluted.units[StakeholderID(fixture.kurganLead.id.rawValue)] == 1_000_000)
        #expect(try await fixture.test.node.projects.project(id: fixture.kurganProject)?.stage == .funded)
    }

    @Test func theSummarySumsExactlyAndItsSealedHashChecks() async throws {
        let fixture = try await InvestmentSessionFixture.running()
        defer { fixture.remove() }
        let event = fixture.event.id
        let sessions = fixture.sessions
        try await commonShares(fixture, fixture.glazovProject, lead: fixture.glazovLead)
        await #expect(throws: RegistryValidationError.self) {
            var plain = unionOption(fixture, units: 50_000)
            plain = OptionGrant(id: plain.id, date: plain.date, grantee: plain.grantee, shareClass: plain.shareClass, units: plain.units,
                                exercisePrice: plain.exercisePrice, expiry: plain.expiry, vesting: plain.vesting)
            return try await sessions.recordUnionOption(plain, for: fixture.glazovProject, in: event)
        }
        let option = try await sessions.recordUnionOption(unionOption(fixture, units: 50_000), for: fixture.glazovProject, in: event)
        let tranches = try await sessions.pledge(trancheDraft(fixture), by: fixture.investors[0].id, in: event)
        let equity = PledgeDraft(projectID: fixture.kurganProject, amount: Kopecks(1_234_567),
                                 form: .equity(preMoney: Kopecks(10_000_000), shareClassName: "A"))
        _ = try await sessions.pledge(equity, by: fixture.investors[0].id, in: event)
        let withdrawn = try await sessions.pledge(equity, by: fixture.investors[1].id, in: event)
        _ = try await sessions.withdraw(withdrawn.id, by: fixture.investors[1].id, in: event)
        _ = try await sessions.pledge(PledgeDraft(projectID: fixture.glazovProject, amount: Kopecks(7_654_321),
                                                  form: .equity(preMoney: Kopecks(90_000_000), shareClassName: "B")),
                                      by: fixture.investors[1].id, in: event)
        _ = try await fixture.test.node.events.move(event, to: .closed)
        _ = try await sessions.accept(tranches.id, consent: .union, in: event)

        let summary = try await sessions.summary(of: event)
        #expect(summary.projects.map(\.projectID) == [fixture.glazovProject, fixture.kurganProject], "in pitch order")
        #expect(summary.projects[0].pledged == Kopecks(3_000_000 + 7_654_321) && summary.projects[0].accepted == Kopecks(3_000_000))
        #expect(summary.projects[0].pledgeCount == 2 && summary.projects[0].unionOption == option)
        #expect(summary.projects[1].pledged == Kopecks(1_234_567) && summary.projects[1].accepted == .zero)
        #expect(summary.towns.first { $0.cityID == fixture.glazov.id }?.pledged == Kopecks(10_654_321))
        #expect(summary.towns.first { $0.cityID == fixture.kurgan.id }?.pledged == Kopecks(1_234_567))
        #expect(summary.pledged == Kopecks(11_888_888) && summary.accepted == Kopecks(3_000_000))

        let seal = try await sessions.seal(event)
        #expect(seal.results == String(decoding: try summary.json.canonicalBytes(), as: UTF8.self))
        #expect(SHA256.hash(Array(seal.results.utf8)) == seal.resultsSHA256)
        let entry = try await fixture.test.node.ledger.entry(seal.ledgerSeq).entry
        #expect(entry.kind == "event.seal" && entry.payload["results_sha256"]?.stringValue == seal.resultsSHA256.hex)
        #expect(try await fixture.test.node.events.event(id: event)?.status == .sealed)
        await #expect(throws: EventStateError.self) { try await sessions.accept(withdrawn.id, consent: .union, in: event) }
        #expect(try LedgerVerifier.verifyDatabase(at: fixture.test.databasePath).entries == (await fixture.test.node.ledger.size))
    }

    @Test func theUnionsOptionIsRecordedOncePerProjectOnTheAgenda() async throws {
        let fixture = try await InvestmentSessionFixture.running()
        defer { fixture.remove() }
        let event = fixture.event.id
        try await commonShares(fixture, fixture.glazovProject, lead: fixture.glazovLead)
        try await commonShares(fixture, fixture.ideaProject, lead: fixture.kurganLead)
        await #expect(throws: InvestmentConflict.notOnAgenda(fixture.ideaProject)) {
            try await fixture.sessions.recordUnionOption(unionOption(fixture, units: 10_000), for: fixture.ideaProject, in: event)
        }
        let option = try await fixture.sessions.recordUnionOption(unionOption(fixture, units: 10_000), for: fixture.glazovProject, in: event)
        let grant = try await fixture.test.node.ledger.entry(option.ledgerSeq - 1).entry
        #expect(grant.kind == "cap.grant" && grant.payload["union_option"] == .bool(true))
        await #expect(throws: InvestmentConflict.unionOptionRecorded(fixture.glazovProject)) {
            try await fixture.sessions.recordUnionOption(unionOption(fixture, units: 10_000), for: fixture.glazovProject, in: event)
        }
        #expect(try await fixture.sessions.summary(of: event).projects.first?.unionOption == option)
    }

    @Test func aTranchePlanWhoseTranchesNameDifferentAttestersIsRefused() async throws {
        let fixture = try await InvestmentSessionFixture.running()
        defer { fixture.remove() }
        let draft = PledgeDraft(projectID: fixture.glazovProject, amount: Kopecks(2_000_000), form: .tranches([
            PledgedTranche(milestone: "MVP", amount: Kopecks(1_000_000), attesters: [fixture.mentor.id]),
            PledgedTranche(milestone: "Пилот", amount: Kopecks(1_000_000), attesters: [fixture.kurganLead.id])]))
        await #expect(throws: RegistryValidationError(
            field: "tranches", rule: .attestersDiffer)) {
            try await fixture.sessions.pledge(draft, by: fixture.investors[0].id, in: fixture.event.id)
        }
    }
}
