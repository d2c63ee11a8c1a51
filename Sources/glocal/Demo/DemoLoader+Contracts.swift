import Ledger
import Registry

/// Smart contracts: a revenue share signed by every party (members with keys the node
/// holds for them) with a cost and revenue reported, and the towns' crowdfunding of a
/// service, signed and pledged to, left open until its deadline.
extension DemoLoader {
    func loadRevenueShare() async throws {
        let seed = seeds.deals.revenueShare
        let shares = try seed.shares.map { (party: try party($0.member), role: $0.role, weight: $0.weight) }
        let cityID = try town(seed.townFund)
        guard let fund = PartyID.townFund(cityID.rawValue) else {
            throw DemoError.invalidValue(field: "revenue_share.town_fund", reason: "gives no town fund party for \(cityID)")
        }
        let terms = ContractTerms(
            textSHA256: SHA256.hash(Array(seed.legalText.utf8)),
            parties: [ContractParty(id: .union, role: "union")] + shares.map { ContractParty(id: $0.party, role: $0.role) },
            termination: .byUnion,
            parameters: .revenueShare(RevenueShareTerms(townFund: fund, townFundBasisPoints: seed.townFundBasisPoints,
                                                        fixedShares: shares.map { (party: $0.party, weight: $0.weight) })))
        let contract = try await proposeAndSign(terms, text: seed.legalText, project: try project(seed.project),
                                                signers: seed.shares.map(\.member))
        for cost in seed.costsKopecks {
            _ = try await node.contracts.reportCost(cost, to: contract)
        }
        for revenue in seed.revenueKopecks {
            _ = try await node.contracts.reportRevenue(revenue, to: contract)
        }
    }

    func loadCrowdfunding() async throws {
        let seed = seeds.deals.crowdfunding
        let developer = try party(seed.developer)
        var representatives: [PartyID: MemberID] = [:]
        for pledge in seed.pledges {
            representatives[try townParty(pledge.town)] = try member(pledge.representative)
        }
        let terms = ContractTerms(
            textSHA256: SHA256.hash(Array(seed.legalText.utf8)),
            parties: [ContractParty(id: .union, role: "union"), ContractParty(id: developer, role: "developer")],
            termination: .onDeadline,
            parameters: .crowdfunding(CrowdfundingTerms(target: seed.targetKopecks, deadline: seed.deadline.value,
                                                        developer: developer, excess: .keepAll)))
        let contract = try await proposeAndSign(terms, text: seed.legalText, project: try project(seed.project),
                                                signers: [seed.developer], representatives: representatives)
        for pledge in seed.pledges {
            _ = try await node.contracts.pledge(pledge.amountKopecks, by: try townParty(pledge.town),
                                                actingMember: try member(pledge.representative), to: contract)
        }
    }

    /// Proposes the contract, then the Union signs with the node's key and each member
    /// in `signers` with the custodial key the node holds for them (made if missing).
    private func proposeAndSign(_ terms: ContractTerms, text: String, project: ProjectID, signers: [String],
                                representatives: [PartyID: MemberID] = [:]) async throws -> ContractID {
        let contract = try await node.contracts.propose(ContractProposal(terms: terms, legalText: text, projectID: project,
                                                                         representatives: representatives))
        _ = try await node.contracts.sign(contract.id, party: .union, consent: .union)
        for key in signers {
            let id = try member(key)
            if await node.memberKeys.keys(of: id).isEmpty {
                _ = try await node.memberKeys.createCustodialKey(for: id)
            }
            _ = try await node.contracts.sign(contract.id, party: try party(key), consent: .member(id, signature: nil))
        }
        return contract.id
    }
}
