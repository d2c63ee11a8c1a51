/// How a priced round's units are computed and split; see `PricedRound` for the rule.
struct RoundAllocation {
    let total: ShareCount
    /// Units per investor, ordered by investor id.
    let units: [(investor: StakeholderID, units: ShareCount)]

    init(_ round: PricedRound, fullyDilutedBefore: ShareCount) throws(CapTableError) {
        func refuse(_ reason: String) -> CapTableError { .invalidRound(round: round.id, reason: reason) }
        guard round.preMoney > .zero else { throw refuse("the pre-money valuation must be positive") }
        guard fullyDilutedBefore > .zero else { throw refuse("there are no units before the round to price it from") }
        guard !round.investors.isEmpty else { throw refuse("it names no investors") }
        let investors = round.investors.sorted { $0.investor < $1.investor }
        guard Set(investors.map(\.investor)).count == investors.count else { throw refuse("an investor appears twice") }
        guard investors.allSatisfy({ $0.amount > .zero }) else { throw refuse("every investment must be positive") }
        var sum = Kopecks.zero
        for investment in investors {
            guard let next = sum.adding(investment.amount) else { throw .overflow(event: round.id) }
            sum = next
        }
        guard sum == round.investment else {
            throw refuse("the investors' amounts sum to \(sum.value) kopecks, not the stated \(round.investment.value)")
        }
        guard let total = LargestRemainder.multiplyDivide(round.investment.value, fullyDilutedBefore.value,
                                                          round.preMoney.value) else {
            throw .overflow(event: round.id)
        }
        guard total > 0 else { throw refuse("the investment buys no whole unit at this valuation") }
        guard let split = try? LargestRemainder.allocate(total, among: investors.map { ($0.investor, $0.amount.value) }) else {
            throw .overflow(event: round.id)
        }
        self.total = ShareCount(unchecked: total)
        units = split.map { ($0.party, ShareCount(unchecked: $0.amount)) }
    }
}
