import Ledger
import Testing
import TestSupport

@testable import Registry

/// Random event histories for every kind: each distribution sums exactly, the state built
/// event by event equals the replay of the accepted events (also after a trip through
/// JSON), refused events change nothing, and money paid in is all accounted for.
@Suite struct ContractReplayPropertyTests {
    typealias S = ContractScenario

    @Test func randomHistoriesKeepEveryInvariant() throws {
        var distributions = 0
        for seed: UInt64 in 1...120 {
            var random = SplitMix64(seed: seed)
            let terms = randomTerms(using: &random)
            var events = S.signed(terms)
            var state = try ContractState.replay(events)
            var day = 1
            for _ in 0..<(5 + random.next(below: 60)) {
                day += random.next(below: 4)
                let event = randomEvent(for: terms, day: day, using: &random)
                let before = state
                do {
                    try state.apply(event)
                    events.append(event)
                } catch {
                    #expect(state == before, "seed \(seed): a refused \(event.name) changed the state")
                }
            }
            for distribution in state.distributions {
                #expect(distribution.sumOfParts == distribution.amount, "seed \(seed): \(distribution.event) on \(distribution.date)")
            }
            #expect(try ContractState.replay(events) == state, "seed \(seed): replay differs from the incremental state")
            let payloads = try events.map { try JSONValue.parse(try $0.payload.canonicalBytes()) }
            #expect(try ContractState.replay(payloads.map { payload throws(ContractError) in try ContractEvent(payload: payload) }) == state,
                    "seed \(seed): replay from JSON differs")
            try checkMoney(state, seed: seed)
            distributions += state.distributions.count
        }
        #expect(distributions > 500, "the histories must exercise the money rules, not only refusals")
    }

    private func checkMoney(_ state: ContractState, seed: UInt64) throws {
        switch state.terms.parameters {
        case let .revenueShare(terms):
            let distributed = state.distributions.reduce(0) { $0 + $1.amount }
            #expect(state.balances.total == distributed, "seed \(seed)")
            for (party, cap) in terms.caps {
                #expect(state.balances.balance(of: party) <= cap, "seed \(seed): \(party) above its cap")
            }
        case let .subscription(terms):
            #expect(state.balances.total == 0, "seed \(seed)")
            for funder in terms.funders {
                #expect(state.balances.balance(of: funder.party) <= funder.contribution, "seed \(seed): \(funder.party) repaid too much")
            }
        case .crowdfunding, .milestoneTranches:
            if state.status == .terminated { #expect(state.balances.total == 0, "seed \(seed)") }
        case .optionAgreement:
            #expect(state.balances.parties.isEmpty)
        }
    }

    private func randomTerms(using random: inout SplitMix64) -> ContractTerms {
        let excess: CrowdfundingTerms.ExcessRule = random.next(below: 2) == 0 ? .keepAll : .refundExcessProRata
        switch random.next(below: 4) {
        case 0:
            var caps: [PartyID: Int64] = [:]
            for index in 0..<6 where random.next(below: 3) == 0 { caps[S.party("mem_\(index)")] = Int64(random.next(below: 50_000)) }
            return S.terms(.revenueShare(RevenueShareTerms(townFund: PartyID.townFund("cty_1")!,
                                                           townFundBasisPoints: Int64(random.next(below: 10_001)), caps: caps)))
        case 1:
            return S.terms(.crowdfunding(CrowdfundingTerms(target: Int64(1 + random.next(below: 100_000)), deadline: S.day("2027-02-15"),
                                                           developer: S.party("mem_dev"), excess: excess)),
                           termination: .onDeadline)
        case 2:
            let funders = (0..<(1 + random.next(below: 5))).map { (party: S.party("cty_\($0)"), contribution: Int64(1 + random.next(below: 20_000))) }
            return S.terms(.subscription(SubscriptionTerms(developer: S.party("mem_dev"),
                                                           loyaltyBasisPoints: Int64(random.next(below: 10_001)), funders: funders)))
        default:
            return S.terms(S.tranches, parties: ["union", "mem_inv", "mem_dev"])
        }
    }

    private func randomEvent(for terms: ContractTerms, day: Int, using random: inout SplitMix64) -> ContractEvent {
        let date = S.day("2027-\(day / 28 + 1 < 10 ? "0" : "")\(min(12, day / 28 + 1))-\(day % 28 + 1 < 10 ? "0" : "")\(day % 28 + 1)")
        let amount = Int64(random.next(below: 30_000)) - 100
        let town = S.party("cty_\(random.next(below: 4))")
        if random.next(below: 25) == 0 { return ContractEvent(.terminated(by: random.next(below: 2) == 0 ? [.union] : []), on: date) }
        switch terms.kind {
        case .revenueShare:
            if random.next(below: 3) == 0 { return ContractEvent(.costReported(amount: amount), on: date) }
            let holders = (0..<(1 + random.next(below: 6))).map { (party: S.party("mem_\($0)"), weight: Int64(random.next(below: 4))) }
            return ContractEvent(.revenueReported(amount: amount, holders: holders), on: date)
        case .crowdfunding:
            return random.next(below: 3) == 0 ? ContractEvent(.withdrawn(party: town, amount: amount), on: date)
                : ContractEvent(.pledged(party: town, amount: amount), on: date)
        case .subscription:
            return ContractEvent(.subscriptionPaid(party: S.party("cty_s\(random.next(below: 3))"), amount: amount), on: date)
        case .milestoneTranches:
            let attester = [PartyID.union, S.party("mem_mentor"), S.party("mem_dev")][random.next(below: 3)]
            return ContractEvent(.milestoneAttested(milestone: ["mil_mvp", "mil_pilot"][random.next(below: 2)], attester: attester), on: date)
        case .optionAgreement:
            return ContractEvent(.terminated(by: [.union]), on: date)
        }
    }
}
