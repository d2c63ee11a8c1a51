/// The kind-specific part of a contract's terms; its case is the contract's kind.
public enum ContractParameters: Sendable, Equatable {
    case revenueShare(RevenueShareTerms)
    case milestoneTranches(TrancheTerms)
    case crowdfunding(CrowdfundingTerms)
    case subscription(SubscriptionTerms)
    case optionAgreement(OptionTerms)

    public var kind: ContractKind {
        switch self {
        case .revenueShare: .revenueShare
        case .milestoneTranches: .milestoneTranches
        case .crowdfunding: .crowdfunding
        case .subscription: .subscription
        case .optionAgreement: .optionAgreement
        }
    }
}
