/// Who accepts a pledge for the project: its team lead, or Union staff for the Union.
/// A staff acceptance stands on the lead's consent given at the session; for tranches
/// the lead still signs the proposed contract before it binds anyone.
public enum PledgeConsent: Hashable, Sendable {
    case union
    case lead(MemberID)

    /// As the ledger and the registry record it: `union`, or the lead's member id.
    public var recorded: String {
        switch self {
        case .union: "union"
        case let .lead(member): member.rawValue
        }
    }
}
