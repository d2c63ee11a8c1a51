import Ledger

/// One dated thing that happened to a contract. A contract's state is nothing but the
/// replay of its events in order, so the events are what the ledger records; they carry
/// ids, amounts, dates and hashes only.
public struct ContractEvent: Sendable, Equatable {
    /// What happened.
    public enum Action: Sendable, Equatable {
        /// The contract is put forward with these terms; always the first event.
        case proposed(ContractTerms)
        /// A party signed the terms with the key `keyID`.
        case signed(party: PartyID, keyID: KeyID)
        /// The Union reports operating costs of the project (revenue share).
        case costReported(amount: Int64)
        /// Revenue of the service to distribute (revenue share); `holders` are the holders'
        /// units on the revenue's date when the terms name no fixed shares.
        case revenueReported(amount: Int64, holders: [(party: PartyID, weight: Int64)])
        /// An attester signs that a milestone was reached (milestone tranches).
        case milestoneAttested(milestone: String, attester: PartyID)
        /// A town pledges money (crowdfunding).
        case pledged(party: PartyID, amount: Int64)
        /// A town takes back part of its pledge while the crowdfunding is open.
        case withdrawn(party: PartyID, amount: Int64)
        /// A subscriber pays for the service (subscription).
        case subscriptionPaid(party: PartyID, amount: Int64)
        /// The parties in `by` end the contract (or close a crowdfunding).
        case terminated(by: [PartyID])

        public static func == (lhs: Action, rhs: Action) -> Bool {
            switch (lhs, rhs) {
            case let (.revenueReported(leftAmount, leftHolders), .revenueReported(rightAmount, rightHolders)):
                leftAmount == rightAmount && leftHolders.elementsEqual(rightHolders) { $0.party == $1.party && $0.weight == $1.weight }
            case let (.proposed(left), .proposed(right)): left == right
            case let (.signed(leftParty, leftKey), .signed(rightParty, rightKey)): leftParty == rightParty && leftKey == rightKey
            case let (.costReported(left), .costReported(right)): left == right
            case let (.milestoneAttested(leftMilestone, left), .milestoneAttested(rightMilestone, right)):
                leftMilestone == rightMilestone && left == right
            case let (.pledged(leftParty, left), .pledged(rightParty, right)),
                 let (.withdrawn(leftParty, left), .withdrawn(rightParty, right)),
                 let (.subscriptionPaid(leftParty, left), .subscriptionPaid(rightParty, right)):
                leftParty == rightParty && left == right
            case let (.terminated(left), .terminated(right)): left == right
            default: false
            }
        }
    }

    public let date: CalendarDate
    public let action: Action

    public init(_ action: Action, on date: CalendarDate) {
        self.action = action
        self.date = date
    }

    /// The event's name in its JSON payload and in refusals.
    public var name: String {
        switch action {
        case .proposed: "proposed"
        case .signed: "signed"
        case .costReported: "cost_reported"
        case .revenueReported: "revenue_reported"
        case .milestoneAttested: "milestone_attested"
        case .pledged: "pledged"
        case .withdrawn: "withdrawn"
        case .subscriptionPaid: "subscription_paid"
        case .terminated: "terminated"
        }
    }
}
