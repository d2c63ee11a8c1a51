/// What one investor puts into a priced round.
public struct RoundInvestment: Hashable, Sendable {
    public let investor: StakeholderID
    public let amount: Kopecks

    public init(investor: StakeholderID, amount: Kopecks) {
        self.investor = investor
        self.amount = amount
    }
}
