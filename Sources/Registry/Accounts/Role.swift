/// What an account may do in the Union's registry. An account may hold several roles;
/// the policy that maps roles to permitted actions lives with the server's
/// authorisation, not here.
///
/// The raw values are the words stored in `account_role` and used in the API.
public enum Role: String, CaseIterable, Hashable, Sendable, Comparable {
    /// A town resident taking part in games, teams and projects.
    case resident
    /// An expert who consults accelerator teams.
    case mentor
    /// A local investor or business angel.
    case investor
    /// An employee of the Smart-City Union who keeps the registries.
    case unionStaff = "union_staff"
    /// A member of the organising committee.
    case committee
    /// Administers the node itself: accounts and their roles.
    case admin

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
}
