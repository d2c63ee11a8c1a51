import Ledger
import Testing

@testable import Registry

/// Contracts worked by hand in `Fixtures/contracts`: replaying their events gives exactly
/// the balances and distributions computed on paper.
@Suite struct ContractFixturesTests {
    @Test(arguments: ["revenue_share_waterfall", "crowdfunding_missed", "crowdfunding_excess_refunded",
                      "subscription_loyalty_return"])
    func replayGivesTheHandWorkedFigures(name: String) throws {
        let fixture = try ContractFixture(name)
        let state = try ContractState.replay(fixture.events)
        try state.terms.checkText(fixture.text)
        #expect(state.status.rawValue == fixture.expected["status"]?.stringValue)
        for (party, balance) in fixture.amounts(fixture.expected["balances"]) {
            #expect(state.balances.balance(of: party) == balance, "\(name): balance of \(party)")
        }
        let expected = fixture.expected["distributions"]?.arrayValue ?? []
        #expect(state.distributions.count == expected.count)
        for (distribution, worked) in zip(state.distributions, expected) {
            #expect(distribution.amount == worked["amount"]?.integerValue)
            #expect(distribution.parts == fixture.amounts(worked["parts"]), "\(name): distribution on \(distribution.date)")
            #expect(distribution.sumOfParts == distribution.amount)
        }
    }

    @Test func costsNotYetRecoveredCarryOver() throws {
        let events = try ContractFixture("revenue_share_waterfall").events
        let afterFirstRevenue = try ContractState.replay(Array(events.prefix(6)))
        #expect(afterFirstRevenue.outstandingCosts == 20_000)
        let afterSecondCost = try ContractState.replay(Array(events.prefix(7)))
        #expect(afterSecondCost.outstandingCosts == 30_000)
        #expect(try ContractState.replay(events).outstandingCosts == 0)
    }

    @Test func statementShowsDatedLinesWithARunningBalance() throws {
        let state = try ContractState.replay(try ContractFixture("crowdfunding_missed").events)
        let town = PartyID(rawValue: "cty_b")!
        #expect(state.balances.statement(for: town) == [
            StatementLine(date: CalendarDate(rfc3339: "2027-03-10")!, what: "pledge", amount: -300_000, balance: -300_000),
            StatementLine(date: CalendarDate(rfc3339: "2027-03-12")!, what: "withdrawal", amount: 100_000, balance: -200_000),
            StatementLine(date: CalendarDate(rfc3339: "2027-04-01")!, what: "refund", amount: 200_000, balance: 0),
        ])
        #expect(state.targetMet == false)
        #expect(state.balances.total == 0, "every kopeck pledged went back")
    }

    @Test func aMetCrowdfundingNamesWhatEachTownFinallyPaid() throws {
        let state = try ContractState.replay(try ContractFixture("crowdfunding_excess_refunded").events)
        #expect(state.targetMet == true)
        #expect(state.contributions.map(\.amount) == [384_615, 230_769, 384_616])
        #expect(state.balances.total == 0)
    }

    @Test func legalTextMustBeTheOneTheTermsHash() throws {
        let fixture = try ContractFixture("subscription_loyalty_return")
        let state = try ContractState.replay(fixture.events)
        #expect(throws: ContractError.self) { try state.terms.checkText(fixture.text + " ") }
    }
}
