import Ledger
import Testing

@testable import Registry

/// The contract lifecycle: active only when every party has signed, ended only by the rule
/// its terms name; each refusal is typed, carries the numbers, and changes nothing.
@Suite struct ContractStateTests {
    typealias S = ContractScenario

    @Test func activeOnlyWhenEveryPartyHasSigned() throws {
        let terms = S.terms(S.revenueShare, parties: ["union", "mem_a", "mem_b"])
        var state = try ContractState(proposal: terms, on: S.day("2027-01-01"))
        try state.apply(ContractEvent(.signed(party: S.party("mem_a"), keyID: S.key(1)), on: S.day("2027-01-02")))
        try state.apply(ContractEvent(.signed(party: .union, keyID: S.key(0)), on: S.day("2027-01-02")))
        #expect(state.status == .proposed)
        try state.apply(ContractEvent(.signed(party: S.party("mem_b"), keyID: S.key(2)), on: S.day("2027-01-03")))
        #expect(state.status == .active)
        #expect(state.signatures[S.party("mem_b")] == S.key(2))
    }

    @Test func signingTwiceOrByANonPartyIsRefused() throws {
        var state = try ContractState(proposal: S.terms(S.revenueShare), on: S.day("2027-01-01"))
        try state.apply(ContractEvent(.signed(party: .union, keyID: S.key(0)), on: S.day("2027-01-01")))
        let before = state
        #expect(throws: ContractError.alreadySigned(.union)) {
            try state.apply(ContractEvent(.signed(party: .union, keyID: S.key(3)), on: S.day("2027-01-01")))
        }
        #expect(throws: ContractError.notAParty(S.party("mem_stranger"))) {
            try state.apply(ContractEvent(.signed(party: S.party("mem_stranger"), keyID: S.key(3)), on: S.day("2027-01-01")))
        }
        #expect(state == before, "refusals change nothing")
    }

    @Test func revenueOnAContractNotActiveIsRefused() throws {
        var state = try ContractState(proposal: S.terms(S.revenueShare), on: S.day("2027-01-01"))
        let revenue = ContractEvent(.revenueReported(amount: 500, holders: [(S.party("mem_a"), Int64(1))]), on: S.day("2027-01-05"))
        #expect(throws: ContractError.notActive(event: "revenue_reported", status: .proposed)) { try state.apply(revenue) }
        #expect(throws: ContractError.wrongKind(event: "pledged", kind: .revenueShare)) {
            try state.apply(ContractEvent(.pledged(party: S.party("cty_a"), amount: 5), on: S.day("2027-01-05")))
        }
        #expect(state.distributions.isEmpty && state.balances.parties.isEmpty)
    }

    @Test func pledgesAfterTheDeadlineAndOverdrawnWithdrawalsAreRefused() throws {
        var state = try ContractState.replay(S.signed(S.terms(S.crowdfunding, termination: .onDeadline)))
        try state.apply(ContractEvent(.pledged(party: S.party("cty_a"), amount: 400), on: S.day("2027-03-31")))
        let before = state
        #expect(throws: ContractError.afterDeadline(event: "pledged", date: S.day("2027-04-01"), deadline: S.day("2027-03-31"))) {
            try state.apply(ContractEvent(.pledged(party: S.party("cty_b"), amount: 400), on: S.day("2027-04-01")))
        }
        #expect(throws: ContractError.withdrawalExceedsPledge(requested: 401, pledged: 400)) {
            try state.apply(ContractEvent(.withdrawn(party: S.party("cty_a"), amount: 401), on: S.day("2027-03-31")))
        }
        #expect(throws: ContractError.closeBeforeDeadline(date: S.day("2027-03-30"), deadline: S.day("2027-03-31"))) {
            var early = try ContractState.replay(S.signed(S.terms(S.crowdfunding, termination: .onDeadline)))
            try early.apply(ContractEvent(.terminated(by: []), on: S.day("2027-03-30")))
        }
        #expect(throws: ContractError.eventBeforePrevious(date: S.day("2027-03-01"), previous: S.day("2027-03-31"))) {
            try state.apply(ContractEvent(.pledged(party: S.party("cty_b"), amount: 1), on: S.day("2027-03-01")))
        }
        #expect(state == before)
    }

    @Test func tranchesAreReleasedWhenEveryAttesterHasSignedAndTheRestReturnsOnTermination() throws {
        var state = try ContractState.replay(S.signed(S.terms(S.tranches, parties: ["union", "mem_inv", "mem_dev"])))
        #expect(state.balances.balance(of: S.party("mem_inv")) == -1_000, "the whole commitment is held by the contract")
        #expect(throws: ContractError.notAnAttester(S.party("mem_dev"))) {
            try state.apply(ContractEvent(.milestoneAttested(milestone: "mil_mvp", attester: S.party("mem_dev")), on: S.day("2027-02-01")))
        }
        #expect(throws: ContractError.unknownMilestone("mil_launch")) {
            try state.apply(ContractEvent(.milestoneAttested(milestone: "mil_launch", attester: .union), on: S.day("2027-02-01")))
        }
        try state.apply(ContractEvent(.milestoneAttested(milestone: "mil_mvp", attester: .union), on: S.day("2027-02-01")))
        #expect(throws: ContractError.alreadyAttested(milestone: "mil_mvp", attester: .union)) {
            try state.apply(ContractEvent(.milestoneAttested(milestone: "mil_mvp", attester: .union), on: S.day("2027-02-01")))
        }
        #expect(state.releasedMilestones.isEmpty)
        try state.apply(ContractEvent(.milestoneAttested(milestone: "mil_mvp", attester: S.party("mem_mentor")), on: S.day("2027-02-02")))
        #expect(state.releasedMilestones == ["mil_mvp"])
        #expect(throws: ContractError.milestoneAlreadyReleased("mil_mvp")) {
            try state.apply(ContractEvent(.milestoneAttested(milestone: "mil_mvp", attester: S.party("mem_mentor")), on: S.day("2027-02-03")))
        }
        #expect(throws: ContractError.terminationRefused(rule: "by_union", reason: "only the Union may terminate it")) {
            try state.apply(ContractEvent(.terminated(by: [S.party("mem_inv")]), on: S.day("2027-03-01")))
        }
        try state.apply(ContractEvent(.terminated(by: [.union]), on: S.day("2027-03-01")))
        #expect(state.status == .terminated)
        #expect(state.balances.balance(of: S.party("mem_dev")) == 300)
        #expect(state.balances.balance(of: S.party("mem_inv")) == -300, "the unreleased 700 went back")
        #expect(state.balances.total == 0)
    }

    @Test func terminationFollowsTheRuleTheTermsName() throws {
        var all = try ContractState.replay(S.signed(S.terms(S.revenueShare, parties: ["union", "mem_a"], termination: .byAllParties)))
        #expect(throws: ContractError.terminationRefused(rule: "by_all_parties", reason: "mem_a have not joined")) {
            try all.apply(ContractEvent(.terminated(by: [.union]), on: S.day("2027-02-01")))
        }
        try all.apply(ContractEvent(.terminated(by: [S.party("mem_a"), .union]), on: S.day("2027-02-01")))
        #expect(throws: ContractError.notActive(event: "terminated", status: .terminated)) {
            try all.apply(ContractEvent(.terminated(by: [.union]), on: S.day("2027-02-02")))
        }
        var dated = try ContractState.replay(S.signed(S.terms(S.revenueShare, termination: .onDate(S.day("2028-01-01")))))
        #expect(throws: ContractError.terminationRefused(rule: "on_date", reason: "not before 2028-01-01, not on 2027-12-31")) {
            try dated.apply(ContractEvent(.terminated(by: []), on: S.day("2027-12-31")))
        }
        try dated.apply(ContractEvent(.terminated(by: []), on: S.day("2028-01-01")))
        #expect(dated.status == .terminated)
    }

    @Test func anOptionAgreementBindsAGrantAndMovesNoMoney() throws {
        let option = ContractParameters.optionAgreement(OptionTerms(grantID: "grt_7", units: 1_000, exercisePrice: Kopecks(100)))
        var state = try ContractState.replay(S.signed(S.terms(option)))
        #expect(state.status == .active)
        guard case let .optionAgreement(terms) = state.terms.parameters else { throw ContractError.firstEventMustPropose }
        #expect(terms.grantID == "grt_7")
        try state.apply(ContractEvent(.terminated(by: [.union]), on: S.day("2027-06-01")))
        #expect(state.balances.parties.isEmpty && state.distributions.isEmpty)
    }

    @Test func termsThatCannotBeCarriedOutAreRefused() {
        let twice = ContractParameters.milestoneTranches(TrancheTerms(
            investor: S.party("mem_inv"), recipient: S.party("mem_dev"), attesters: [.union],
            tranches: [.init(milestone: "mil_1", amount: 5), .init(milestone: "mil_1", amount: 6)]))
        #expect(throws: ContractError.malformed(field: "terms.parameters.tranches", reason: "must name each milestone once")) {
            try ContractState(proposal: S.terms(twice), on: S.day("2027-01-01"))
        }
        let tooMuch = ContractParameters.revenueShare(RevenueShareTerms(townFund: .union, townFundBasisPoints: 10_001))
        #expect(throws: ContractError.malformed(field: "terms.parameters.town_fund_bp", reason: "must be from 0 to 10000 basis points, not 10001")) {
            try ContractState(proposal: S.terms(tooMuch), on: S.day("2027-01-01"))
        }
        #expect(throws: ContractError.malformed(field: "terms.parties", reason: "must name each party once")) {
            try ContractState(proposal: S.terms(S.revenueShare, parties: ["union", "union"]), on: S.day("2027-01-01"))
        }
    }

    @Test func townsThatFundedAServiceGetTheirContributionsBackFromSubscriptions() throws {
        var funding = try ContractState.replay(S.signed(S.terms(S.crowdfunding, termination: .onDeadline)))
        try funding.apply(ContractEvent(.pledged(party: S.party("cty_a"), amount: 900), on: S.day("2027-03-01")))
        try funding.apply(ContractEvent(.pledged(party: S.party("cty_b"), amount: 300), on: S.day("2027-03-02")))
        try funding.apply(ContractEvent(.terminated(by: []), on: S.day("2027-04-01")))
        #expect(funding.contributions.map(\.amount) == [750, 250], "200 of excess refunded 3:1")
        let terms = SubscriptionTerms(developer: S.party("mem_dev"), loyaltyBasisPoints: 5_000,
                                      funders: funding.contributions.map { ($0.party, $0.amount) })
        var subscription = try ContractState.replay(S.signed(S.terms(.subscription(terms))))
        for month in 1...3 {
            try subscription.apply(ContractEvent(.subscriptionPaid(party: S.party("cty_c"), amount: 1_000), on: S.day("2027-0\(month + 4)-01")))
        }
        #expect(subscription.loyaltyReturned == [S.party("cty_a"): 750, S.party("cty_b"): 250])
        #expect(subscription.balances.balance(of: S.party("mem_dev")) == 2_000, "half of 3000 minus the 1000 returned, plus the 500 nobody may take")
        #expect(subscription.balances.total == 0)
    }

    @Test func replayRefusesEventsThatDoNotStartWithAProposal() {
        #expect(throws: ContractError.noEvents) { try ContractState.replay([]) }
        #expect(throws: ContractError.firstEventMustPropose) {
            try ContractState.replay([ContractEvent(.signed(party: .union, keyID: S.key(0)), on: S.day("2027-01-01"))])
        }
        #expect(throws: ContractError.alreadyProposed) {
            let terms = S.terms(S.revenueShare)
            try ContractState.replay([ContractEvent(.proposed(terms), on: S.day("2027-01-01")),
                                      ContractEvent(.proposed(terms), on: S.day("2027-01-01"))])
        }
    }
}
