import Ledger
import Testing

@testable import Registry

/// The investment session through the registry: the agenda moves projects to `pitched`,
/// investors register while open and pledge while running, every refusal writes nothing.
@Suite struct InvestmentSessionsTests {
    @Test func theAgendaMovesAcceleratedProjectsToPitchedAndRefusesOthers() async throws {
        let fixture = try await InvestmentSessionFixture.make()
        defer { fixture.remove() }
        let size = await fixture.test.node.ledger.size
        await #expect(throws: InvestmentConflict.cannotPitch(fixture.ideaProject, stage: .idea)) {
            try await fixture.sessions.setAgenda(fixture.slots([fixture.glazovProject, fixture.ideaProject]), of: fixture.event.id)
        }
        #expect(await fixture.test.node.ledger.size == size, "a refused agenda writes nothing")
        #expect(try await fixture.test.node.projects.project(id: fixture.glazovProject)?.stage == .accelerated)

        let overlapping = [PitchSlot(projectID: fixture.glazovProject, startsAt: fixture.test.clock.now, minutes: 15),
                           PitchSlot(projectID: fixture.kurganProject, startsAt: fixture.test.clock.now, minutes: 10)]
        await #expect(throws: RegistryValidationError.self) { try await fixture.sessions.setAgenda(overlapping, of: fixture.event.id) }

        let agenda = fixture.slots([fixture.kurganProject, fixture.glazovProject])
        _ = try await fixture.sessions.setAgenda(agenda, of: fixture.event.id)
        #expect(try await fixture.sessions.agenda(of: fixture.event.id) == agenda, "kept in pitch order")
        #expect(try await fixture.test.node.projects.project(id: fixture.glazovProject)?.stage == .pitched)
        // Setting it again keeps pitched projects as they are.
        _ = try await fixture.sessions.setAgenda(agenda, of: fixture.event.id)
        let entry = try await fixture.test.node.ledger.entry(await fixture.test.node.ledger.size - 1).entry
        #expect(entry.kind == "investment.agenda" && entry.payload["slots"]?.arrayValue?.count == 2)
    }

    @Test func investorsRegisterOnlyWhileOpenWithAProfileAndOnce() async throws {
        let fixture = try await InvestmentSessionFixture.make()
        defer { fixture.remove() }
        let event = fixture.event.id
        await #expect(throws: EventStateError.wrongStatus(event, kind: .investmentSession, current: .draft, allowed: [.open],
                                                          act: "investors can register")) {
            try await fixture.sessions.registerInvestor(fixture.investors[0].id, in: event)
        }
        _ = try await fixture.test.node.events.move(event, to: .open)
        await #expect(throws: InvestmentConflict.noInvestorProfile(fixture.noProfile.id)) {
            try await fixture.sessions.registerInvestor(fixture.noProfile.id, in: event)
        }
        try await fixture.sessions.registerInvestor(fixture.investors[0].id, in: event)
        await #expect(throws: InvestmentConflict.self) { try await fixture.sessions.registerInvestor(fixture.investors[0].id, in: event) }
        #expect(try await fixture.sessions.investors(of: event) == [fixture.investors[0].id])
    }

    @Test func pledgesAreRefusedBeforeRunningFromStrangersToProjectsOffTheAgendaAndOutsideTheTicket() async throws {
        let fixture = try await InvestmentSessionFixture.make()
        defer { fixture.remove() }
        let event = fixture.event.id
        _ = try await fixture.sessions.setAgenda(fixture.slots([fixture.glazovProject]), of: event)
        _ = try await fixture.test.node.events.move(event, to: .open)
        try await fixture.sessions.registerInvestor(fixture.investors[0].id, in: event)
        let investor = fixture.investors[0].id
        let equity = PledgeDraft(projectID: fixture.glazovProject, amount: Kopecks(5_000_000), conditions: "Место в совете",
                                 form: .equity(preMoney: Kopecks(100_000_000), shareClassName: "Серия A"))
        await #expect(throws: EventStateError.wrongStatus(event, kind: .investmentSession, current: .open, allowed: [.running],
                                                          act: "pledges can be made")) {
            try await fixture.sessions.pledge(equity, by: investor, in: event)
        }
        _ = try await fixture.test.node.events.move(event, to: .running)
        let size = await fixture.test.node.ledger.size
        await #expect(throws: InvestmentConflict.investorNotRegistered(fixture.investors[1].id)) {
            try await fixture.sessions.pledge(equity, by: fixture.investors[1].id, in: event)
        }
        var offAgenda = equity
        offAgenda.projectID = fixture.kurganProject
        await #expect(throws: InvestmentConflict.notOnAgenda(fixture.kurganProject)) {
            try await fixture.sessions.pledge(offAgenda, by: investor, in: event)
        }
        var tooLarge = equity
        tooLarge.amount = Kopecks(50_000_001)
        await #expect(throws: RegistryValidationError.self) { try await fixture.sessions.pledge(tooLarge, by: investor, in: event) }
        let unbalanced = PledgeDraft(projectID: fixture.glazovProject, amount: Kopecks(5_000_000), form: .tranches([
            PledgedTranche(milestone: "MVP", amount: Kopecks(1_000_000), attesters: [fixture.mentor.id])]))
        await #expect(throws: RegistryValidationError(field: "tranches", rule: .sumMismatch(expected: 5_000_000, actual: 1_000_000, unit: .kopecks))) {
            try await fixture.sessions.pledge(unbalanced, by: investor, in: event)
        }
        #expect(await fixture.test.node.ledger.size == size, "refused pledges write nothing")

        let pledge = try await fixture.sessions.pledge(equity, by: investor, in: event)
        let entry = try await fixture.test.node.ledger.entry(pledge.ledgerSeq).entry
        #expect(entry.kind == "investment.pledge" && entry.payload["amount_kopecks"]?.integerValue == 5_000_000)
        let entryText = String(decoding: try JSONValue.object(entry.payload).canonicalBytes(), as: UTF8.self)
        #expect(entry.payload["conditions"] == nil && !entryText.contains("совете"), "the conditions stay out of the ledger")
        #expect(try await fixture.sessions.pledge(id: pledge.id)?.conditions == "Место в совете")
    }

    @Test func onlyTheInvestorWithdrawsAStandingPledgeWhileRunning() async throws {
        let fixture = try await InvestmentSessionFixture.running()
        defer { fixture.remove() }
        let event = fixture.event.id
        let pledge = try await fixture.sessions.pledge(PledgeDraft(projectID: fixture.kurganProject, amount: Kopecks(2_000_000),
                                                                   form: .equity(preMoney: Kopecks(10_000_000), shareClassName: "A")),
                                                       by: fixture.investors[0].id, in: event)
        await #expect(throws: InvestmentConflict.notYourPledge(pledge.id)) {
            try await fixture.sessions.withdraw(pledge.id, by: fixture.investors[1].id, in: event)
        }
        let withdrawn = try await fixture.sessions.withdraw(pledge.id, by: fixture.investors[0].id, in: event)
        #expect(withdrawn.status == .withdrawn && withdrawn.decidedAt != nil)
        await #expect(throws: InvestmentConflict.self) { try await fixture.sessions.withdraw(pledge.id, by: fixture.investors[0].id, in: event) }
        await #expect(throws: InvestmentConflict.self) { try await fixture.sessions.accept(pledge.id, consent: .union, in: event) }
    }
}
