import Foundation
import Ledger
import Testing

@testable import Registry

/// A revenue share whose terms fix no shares pays the holders of its project as the
/// project's cap table stands on the revenue date.
@Suite struct ContractsCapTableTests {
    @Test func revenueGoesToTheProjectsHoldersInProportionToTheirUnits() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let node = test.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        func admitted(_ name: String) async throws -> Member {
            try await node.members.setStatus(.admitted, of: try await node.members.apply(MemberApplication(kind: .person, name: name)).id)
        }
        let anna = try await admitted("Анна")
        let boris = try await admitted("Борис")
        let project = try await node.projects.create(ProjectDraft(title: "Гид", summary: "Аудиогид.", direction: "туризм",
                                                                  cityID: town.id), lead: anna.id)
        let day = CalendarDate(LedgerTime(millisecondsSinceEpoch: 0))
        let units = try #require(ShareCount(1_000_000))
        _ = try await node.capTables.record(.createShareClass(ShareClassCreation(
            id: "c1", date: day, shareClass: "common", name: "Common", kind: .common, authorised: units)), in: project.id)
        for (id, holder, count) in [("i1", anna.id, Int64(300)), ("i2", boris.id, Int64(100))] {
            _ = try await node.capTables.record(.issueShares(ShareIssuance(
                id: CapTableEventID(id), date: day, holder: StakeholderID(holder.rawValue), shareClass: "common",
                units: try #require(ShareCount(count)), pricePerUnit: Kopecks(0))), in: project.id)
        }
        let fund = try #require(PartyID(rawValue: "town_fund:\(town.id)"))
        let terms = ContractTerms(textSHA256: SHA256.hash(Array("Договор".utf8)), parties: [ContractParty(id: .union, role: "union")],
                                  termination: .byUnion,
                                  parameters: .revenueShare(RevenueShareTerms(townFund: fund, townFundBasisPoints: 2_000)))
        var contract = try await node.contracts.propose(ContractProposal(terms: terms, legalText: "Договор", projectID: project.id))
        contract = try await node.contracts.sign(contract.id, party: .union, consent: .union)
        contract = try await node.contracts.reportRevenue(100_001, toHoldersIn: node.capTables, of: contract.id)
        let balances = contract.state.balances
        let annaParty = try #require(PartyID(rawValue: anna.id.rawValue)), borisParty = try #require(PartyID(rawValue: boris.id.rawValue))
        #expect(balances.balance(of: fund) == 20_000)
        #expect(balances.balance(of: annaParty) == 60_001 && balances.balance(of: borisParty) == 20_000,
                "80 001 split 3 : 1 by largest remainder")

        let bare = try await node.contracts.propose(ContractProposal(terms: terms, legalText: "Договор"))
        _ = try await node.contracts.sign(bare.id, party: .union, consent: .union)
        await #expect(throws: ProjectConflict.self) {
            try await node.contracts.reportRevenue(1, toHoldersIn: node.capTables, of: bare.id)
        }
    }

    @Test func anOptionAgreementBindsAGrantTheCapTableHoldsForNoMoreUnitsThanItHas() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let node = test.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let anna = try await node.members.setStatus(.admitted, of: try await node.members.apply(MemberApplication(kind: .person, name: "Анна")).id)
        let project = try await node.projects.create(ProjectDraft(title: "Гид", summary: "Аудиогид.", direction: "туризм",
                                                                  cityID: town.id), lead: anna.id)
        let day = CalendarDate(LedgerTime(millisecondsSinceEpoch: 0))
        _ = try await node.capTables.record(.createShareClass(ShareClassCreation(
            id: "c1", date: day, shareClass: "common", name: "Common", kind: .common, authorised: try #require(ShareCount(1_000)))), in: project.id)
        _ = try await node.capTables.record(.grantOption(OptionGrant(
            id: "g1", date: day, grantee: StakeholderID(anna.id.rawValue), shareClass: "common", units: try #require(ShareCount(100)),
            exercisePrice: Kopecks(0), expiry: day.addingMonths(120), vesting: .cliffMonthly(start: day, cliffMonths: 0, totalMonths: 12)
        )), in: project.id)
        func proposal(grant: String, units: Int64, project: ProjectID?) -> ContractProposal {
            let terms = ContractTerms(textSHA256: SHA256.hash(Array("Опцион".utf8)), parties: [ContractParty(id: .union, role: "union")],
                                      termination: .byUnion,
                                      parameters: .optionAgreement(OptionTerms(grantID: grant, units: units, exercisePrice: Kopecks(0))))
            return ContractProposal(terms: terms, legalText: "Опцион", projectID: project)
        }
        let size = await node.ledger.size
        await #expect(throws: CapTableError.unknownGrant("g9")) {
            try await node.contracts.propose(proposal(grant: "g9", units: 10, project: project.id))
        }
        await #expect(throws: CapTableError.insufficientOutstandingUnits(grant: "g1", requested: ShareCount(unchecked: 101),
                                                                         outstanding: ShareCount(unchecked: 100))) {
            try await node.contracts.propose(proposal(grant: "g1", units: 101, project: project.id))
        }
        await #expect(throws: RegistryValidationError.self) { try await node.contracts.propose(proposal(grant: "g1", units: 10, project: nil)) }
        #expect(await node.ledger.size == size, "nothing written for a refused agreement")
        _ = try await node.contracts.propose(proposal(grant: "g1", units: 100, project: project.id))
    }
}
