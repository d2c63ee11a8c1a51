/// The parameters of a crowdfunding: towns pledge towards a target until a deadline; at
/// close the developer team is paid if the target is met, otherwise every pledge is refunded.
public struct CrowdfundingTerms: Sendable, Equatable {
    /// What happens to money pledged above the target when it is met.
    public enum ExcessRule: String, Sendable, Equatable {
        /// The developer team receives everything pledged.
        case keepAll = "keep_all"
        /// The developer receives the target; the excess goes back to the pledging towns in
        /// proportion to their pledges, by largest remainder.
        case refundExcessProRata = "refund_excess_pro_rata"
    }

    public let target: Int64
    /// The last day on which a pledge or withdrawal is accepted.
    public let deadline: CalendarDate
    public let developer: PartyID
    public let excess: ExcessRule

    public init(target: Int64, deadline: CalendarDate, developer: PartyID, excess: ExcessRule) {
        self.target = target
        self.deadline = deadline
        self.developer = developer
        self.excess = excess
    }
}
