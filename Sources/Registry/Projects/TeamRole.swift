/// What a member does on one project's team. Exactly one member leads; the lead answers
/// for the project and may edit it, its team and its MVP plan.
public enum TeamRole: String, Sendable, Hashable, CaseIterable, Comparable, RegistryCode {
    case lead
    case member
    case mentor
    case investor

    /// Lead first, then the others in the order above, so a team always lists the same way.
    public static func < (lhs: TeamRole, rhs: TeamRole) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
