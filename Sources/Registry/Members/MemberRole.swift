/// What a member does in the Union's cycle. Distinct from an account's `Role`, which
/// says what a login may do in this system; a member may hold several.
public enum MemberRole: String, Sendable, Hashable, CaseIterable, Comparable, RegistryCode {
    case resident
    case entrepreneur
    case mentor
    case investor
    case facilitator
    case unionStaff = "union_staff"
    case committee

    public static func < (lhs: MemberRole, rhs: MemberRole) -> Bool { lhs.rawValue < rhs.rawValue }
}
