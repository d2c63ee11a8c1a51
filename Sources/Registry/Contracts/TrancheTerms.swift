/// The parameters of milestone tranches: an investor's commitment paid to a recipient in
/// parts, each released once every named attester has signed its milestone.
public struct TrancheTerms: Sendable, Equatable {
    /// One part of the commitment and the milestone (an id) that releases it.
    public struct Tranche: Sendable, Equatable {
        public let milestone: String
        public let amount: Int64

        public init(milestone: String, amount: Int64) {
            self.milestone = milestone
            self.amount = amount
        }
    }

    public let investor: PartyID
    public let recipient: PartyID
    public let attesters: [PartyID]
    public let tranches: [Tranche]

    public init(investor: PartyID, recipient: PartyID, attesters: [PartyID], tranches: [Tranche]) {
        self.investor = investor
        self.recipient = recipient
        self.attesters = attesters
        self.tranches = tranches
    }

    /// The whole commitment.
    public var commitment: Int64 { tranches.reduce(0) { $0 &+ $1.amount } }
}
