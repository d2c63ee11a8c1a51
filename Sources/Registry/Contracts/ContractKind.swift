/// The template a contract follows; each kind has its own parameters and money rules.
public enum ContractKind: String, Sendable, CaseIterable, RegistryCode {
    /// A project's service revenue split by a waterfall: costs, town fund, holders.
    case revenueShare = "revenue_share"
    /// An investor's commitment released tranche by tranche as attesters sign milestones.
    case milestoneTranches = "milestone_tranches"
    /// A collective order of a service by several towns, all or nothing.
    case crowdfunding
    /// Subscriptions to a service with a loyalty return to its original funders.
    case subscription
    /// The Union's option bound to a grant kept by the cap table.
    case optionAgreement = "option_agreement"
}
