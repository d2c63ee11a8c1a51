/// One part of a tranche plan: the milestone that releases it, its amount, and the
/// members who must attest that the milestone was reached.
public struct PledgedTranche: Hashable, Sendable {
    public let milestone: String
    public let amount: Kopecks
    public let attesters: [MemberID]

    public init(milestone: String, amount: Kopecks, attesters: [MemberID]) {
        self.milestone = milestone
        self.amount = amount
        self.attesters = attesters
    }
}
