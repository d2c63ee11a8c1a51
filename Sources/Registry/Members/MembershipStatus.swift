/// Where a member stands with the Union. Union staff decide every move; the moves a
/// status allows are the only ones `Members` accepts.
///
/// ```
/// applied ──► admitted ◄──► suspended
///    │            │             │
///    └──────────► left ◄────────┘
/// ```
public enum MembershipStatus: String, Sendable, Hashable, CaseIterable, RegistryCode {
    case applied
    case admitted
    case suspended
    case left

    /// The statuses this one may move to.
    public var successors: Set<MembershipStatus> {
        switch self {
        case .applied: return [.admitted, .left]
        case .admitted: return [.suspended, .left]
        case .suspended: return [.admitted, .left]
        case .left: return []
        }
    }

    public func canMove(to next: MembershipStatus) -> Bool {
        successors.contains(next)
    }
}

extension MembershipStatus {
    /// The moves from `applied` that reach this status (`suspended` goes through
    /// `admitted`), so an imported member's history is one the register allows.
    public var pathFromApplied: [MembershipStatus] {
        switch self {
        case .applied: return []
        case .admitted: return [.admitted]
        case .suspended: return [.admitted, .suspended]
        case .left: return [.left]
        }
    }
}
