import Foundation
import Ledger
import Testing

@testable import Registry

/// The indicators the registry computes for a town from its own acts: each figure sums the
/// ledger entries it names, by year, and counts only the town's own projects and practices.
@Suite struct ComputedIndicatorsTests {
    @Test func acceptedPledgesAndAdoptionsCountForTheProjectsTown() async throws {
        let fixture = try await InvestmentSessionFixture.running()
        defer { fixture.remove() }
        let node = fixture.test.node
        let event = fixture.event.id
        let pledge = try await fixture.sessions.pledge(
            PledgeDraft(projectID: fixture.glazovProject, amount: Kopecks(2_500_000), form: .tranches([PledgedTranche(milestone: "MVP", amount: Kopecks(2_500_000), attesters: [fixture.mentor.id])])),
            by: fixture.investors[0].id, in: event)
        let withdrawn = try await fixture.sessions.pledge(
            PledgeDraft(projectID: fixture.glazovProject, amount: Kopecks(1_000_000), form: .tranches([PledgedTranche(milestone: "MVP", amount: Kopecks(1_000_000), attesters: [fixture.mentor.id])])),
            by: fixture.investors[1].id, in: event)
        _ = try await fixture.sessions.withdraw(withdrawn.id, by: fixture.investors[1].id, in: event)
        _ = try await fixture.sessions.accept(pledge.id, consent: .union, in: event)
        let adoption = try await node.projects.adopt(fixture.glazovProject, by: fixture.kurgan.id)
        let practice = try await node.practices.report(PracticeReport(title: "Атлас за две недели", summary: "Опрос", cityID: fixture.glazov.id,
                                                                      results: "Ответы", reportedOn: CalendarDate(fixture.test.clock.now)))
        let practiceAdoption = try await node.practices.adopt(practice.id, in: fixture.kurgan.id)

        let glazov = try await node.cityProfiles.computedIndicators(of: fixture.glazov.id)
        let year = CalendarDate(fixture.test.clock.now).year
        let entries = try await node.ledger.entries(from: 0, limit: 10_000)
        let accept = try #require(entries.first { $0.entry.kind.name == "investment.accept" }).entry.seq
        let adopt = try #require(entries.first { $0.entry.kind.name == "project.adopt" }).entry.seq
        #expect(glazov[.investedInProjects] == [ComputedFigure(indicator: .investedInProjects, year: year, value: 2_500_000, ledgerSeqs: [accept])])
        #expect(glazov[.projectsAdoptedElsewhere] == [ComputedFigure(indicator: .projectsAdoptedElsewhere, year: adoption.adoptedOn.year,
                                                                     value: 1, ledgerSeqs: [adopt])])
        #expect(glazov[.practicesAdoptedElsewhere]?.first?.ledgerSeqs == [practiceAdoption.ledgerSeq])
        #expect(glazov[.townFundRevenue] == nil)
        #expect(try await node.cityProfiles.computedIndicators(of: fixture.kurgan.id).isEmpty, "Kurgan adopted; it is not adopted")
        #expect(try await node.cityProfiles.computed(.investedInProjects, in: [fixture.glazov.id, fixture.kurgan.id]).keys.sorted { $0.rawValue < $1.rawValue }
            == [fixture.glazov.id])
    }

    @Test func anAcceptedEquityPledgeCountsOnceAsTheRoundItBecame() async throws {
        let fixture = try await InvestmentSessionFixture.running()
        defer { fixture.remove() }
        let node = fixture.test.node
        let day = CalendarDate(fixture.test.clock.now)
        let project = fixture.kurganProject
        _ = try await node.capTables.record(.createShareClass(ShareClassCreation(
            id: "ev_common", date: day, shareClass: "common", name: "Обыкновенные", kind: .common, authorised: 2_000_000)), in: project)
        _ = try await node.capTables.record(.issueShares(ShareIssuance(
            id: "ev_issue", date: day, holder: StakeholderID(fixture.kurganLead.id.rawValue), shareClass: "common", units: 1_000_000,
            pricePerUnit: Kopecks(1))), in: project)
        _ = try await fixture.sessions.recordUnionOption(OptionGrant(
            id: "ev_union", date: day, grantee: "union", shareClass: "common", units: 100_000, exercisePrice: Kopecks(0),
            expiry: day.addingMonths(60), vesting: .cliffMonthly(start: day, cliffMonths: 0, totalMonths: 12), isUnionOption: true),
            for: project, in: fixture.event.id)
        let pledge = try await fixture.sessions.pledge(
            PledgeDraft(projectID: project, amount: Kopecks(11_000_000), form: .equity(preMoney: Kopecks(110_000_000), shareClassName: "Серия A")),
            by: fixture.investors[1].id, in: fixture.event.id)
        _ = try await fixture.sessions.accept(pledge.id, consent: .union, in: fixture.event.id)

        let round = try #require(try await node.ledger.entries(from: 0, limit: 10_000).first { $0.entry.kind.name == "cap.round" }).entry.seq
        #expect(try await node.cityProfiles.computedIndicators(of: fixture.kurgan.id)[.investedInProjects]
            == [ComputedFigure(indicator: .investedInProjects, year: day.year, value: 11_000_000, ledgerSeqs: [round])])
    }

    @Test func adoptionsAndAcceptancesMadeBeforeTheirColumnsAreTracedFromTheLedger() async throws {
        let fixture = try await InvestmentSessionFixture.running()
        defer { fixture.remove() }
        let node = fixture.test.node
        let pledge = try await fixture.sessions.pledge(
            PledgeDraft(projectID: fixture.glazovProject, amount: Kopecks(2_500_000),
                        form: .tranches([PledgedTranche(milestone: "MVP", amount: Kopecks(2_500_000), attesters: [fixture.mentor.id])])),
            by: fixture.investors[0].id, in: fixture.event.id)
        _ = try await fixture.sessions.accept(pledge.id, consent: .union, in: fixture.event.id)
        _ = try await node.projects.adopt(fixture.glazovProject, by: fixture.kurgan.id)
        let computed = try await node.cityProfiles.computedIndicators(of: fixture.glazov.id)
        #expect(computed.count == 2)

        let connection = try SQLiteConnection(path: fixture.test.folder.databasePath, durability: .normal)
        try connection.execute("""
            DROP INDEX investment_pledge_accepted; DROP INDEX contract_by_town_fund; DROP INDEX cap_table_priced_round;
            ALTER TABLE investment_pledge DROP COLUMN accept_seq; ALTER TABLE project_adoption DROP COLUMN ledger_seq;
            DELETE FROM schema_migration WHERE name IN ('registry/0031-indicator-sources', 'registry/0034-priced-rounds')
            """)
        let reopened = try await fixture.test.folder.openNode(durability: .normal)
        #expect(try await reopened.cityProfiles.computedIndicators(of: fixture.glazov.id) == computed)
    }

    @Test func theTownFundsShareOfRevenueIsReplayedFromItsContracts() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let node = test.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let other = try await node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let anna = try await node.members.setStatus(.admitted, of: try await node.members.apply(MemberApplication(kind: .person, name: "Анна")).id)
        let fund = try #require(PartyID.townFund(town.id.rawValue))
        let terms = ContractTerms(textSHA256: SHA256.hash(Array("Договор".utf8)), parties: [ContractParty(id: .union, role: "union")],
                                  termination: .byUnion,
                                  parameters: .revenueShare(RevenueShareTerms(townFund: fund, townFundBasisPoints: 2_000,
                                                                              fixedShares: [(party: try #require(PartyID(rawValue: anna.id.rawValue)), weight: 1)])))
        var contract = try await node.contracts.propose(ContractProposal(terms: terms, legalText: "Договор"))
        contract = try await node.contracts.sign(contract.id, party: .union, consent: .union)
        _ = try await node.contracts.reportCost(10_000, to: contract.id)
        _ = try await node.contracts.reportRevenue(100_000, to: contract.id)
        test.clock.advance(.seconds(366 * 24 * 3600))
        _ = try await node.contracts.reportRevenue(50_000, to: contract.id)

        let figures = try #require(try await node.cityProfiles.computedIndicators(of: town.id)[.townFundRevenue])
        let revenue = try await node.ledger.entries(from: 0, limit: 10_000).filter { $0.entry.kind.name == "contract.revenue" }.map(\.entry.seq)
        // 100 000 less 10 000 of costs leaves 90 000, a fifth of it the fund's; then a fifth of 50 000.
        #expect(figures.map(\.value) == [18_000, 10_000])
        #expect(figures.map(\.ledgerSeqs) == [[revenue[0]], [revenue[1]]])
        #expect(figures[1].year == figures[0].year + 1)
        #expect(try await node.cityProfiles.computedIndicators(of: other.id).isEmpty)
    }
}
