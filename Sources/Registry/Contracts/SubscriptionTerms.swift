/// The parameters of a subscription with a loyalty return: a part of every subscription
/// payment goes back to the towns that funded the service first, in proportion to what
/// they paid, until each has its contribution back; the rest goes to the developer.
public struct SubscriptionTerms: Sendable, Equatable {
    public let developer: PartyID
    /// The part of each subscription payment returned to funders, in basis points.
    public let loyaltyBasisPoints: Int64
    /// Each original funder and what it paid (for instance the net pledges of a completed
    /// crowdfunding); this is both its weight and the most it gets back.
    public let funders: [(party: PartyID, contribution: Int64)]

    public init(developer: PartyID, loyaltyBasisPoints: Int64, funders: [(party: PartyID, contribution: Int64)]) {
        self.developer = developer
        self.loyaltyBasisPoints = loyaltyBasisPoints
        self.funders = funders
    }

    public static func == (lhs: SubscriptionTerms, rhs: SubscriptionTerms) -> Bool {
        lhs.developer == rhs.developer && lhs.loyaltyBasisPoints == rhs.loyaltyBasisPoints
            && lhs.funders.elementsEqual(rhs.funders) { $0.party == $1.party && $0.contribution == $1.contribution }
    }
}
