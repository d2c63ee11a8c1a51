/// The parameters of a revenue share: who the town development fund is, what part of the
/// revenue left after costs it gets, and how the rest is split among holders.
public struct RevenueShareTerms: Sendable, Equatable {
    public let townFund: PartyID
    /// The fund's part of the revenue after costs, in basis points (1/100 of a percent).
    public let townFundBasisPoints: Int64
    /// Fixed weights for the holders' part; empty means each revenue report names the
    /// holders as of its date (from the cap table).
    public let fixedShares: [(party: PartyID, weight: Int64)]
    /// The most a holder may receive over the life of the contract, in kopecks.
    public let caps: [PartyID: Int64]

    public init(townFund: PartyID, townFundBasisPoints: Int64, fixedShares: [(party: PartyID, weight: Int64)] = [],
                caps: [PartyID: Int64] = [:]) {
        self.townFund = townFund
        self.townFundBasisPoints = townFundBasisPoints
        self.fixedShares = fixedShares
        self.caps = caps
    }

    public static func == (lhs: RevenueShareTerms, rhs: RevenueShareTerms) -> Bool {
        lhs.townFund == rhs.townFund && lhs.townFundBasisPoints == rhs.townFundBasisPoints && lhs.caps == rhs.caps
            && lhs.fixedShares.elementsEqual(rhs.fixedShares) { $0.party == $1.party && $0.weight == $1.weight }
    }
}
