import Testing

@testable import Registry

/// Balances: running totals per party, and lines refused as a whole when one would take
/// a balance beyond 64 bits.
@Suite struct ContractBalancesTests {
    typealias S = ContractScenario

    @Test func postingsThatWouldOverflowAreRefusedBeforeAnyIsPosted() throws {
        var balances = ContractBalances()
        let day = S.day("2027-01-01")
        let first = [Posting(party: S.party("mem_a"), what: "tranche", amount: Int64.max - 10, date: day),
                     Posting(party: S.party("mem_b"), what: "tranche", amount: 5, date: day)]
        try balances.check(first)
        balances.post(first)
        let tooMuch = [Posting(party: S.party("mem_b"), what: "tranche", amount: 20, date: day),
                       Posting(party: S.party("mem_a"), what: "tranche", amount: 11, date: day)]
        #expect(throws: ContractError.amountTooLarge) { try balances.check(tooMuch) }
        let fits = [Posting(party: S.party("mem_b"), what: "tranche", amount: 20, date: day),
                    Posting(party: S.party("mem_a"), what: "tranche", amount: 10, date: day)]
        try balances.check(fits)
        balances.post(fits)
        #expect(balances.balance(of: S.party("mem_a")) == Int64.max)
        #expect(balances.statement(for: S.party("mem_b")).map(\.balance) == [5, 25])
    }
}
