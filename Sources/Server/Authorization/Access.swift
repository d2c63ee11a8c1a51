import Registry

/// Who the route table says may call a route: shown in the OpenAPI document, and
/// compared with the policy's verdicts by a test so the two cannot drift apart.
public enum Access: Sendable, Equatable, CustomStringConvertible {
    /// Anyone, signed in or not.
    case anyone
    /// Any signed-in account, whatever its roles.
    case signedIn
    /// Accounts holding at least one of these roles.
    case roles(Set<Role>)

    public func admits(_ actor: Actor?) -> Bool {
        switch self {
        case .anyone: return true
        case .signedIn: return actor != nil
        case let .roles(roles): return actor.map { !$0.roles.isDisjoint(with: roles) } ?? false
        }
    }

    public var description: String {
        switch self {
        case .anyone: return "anyone"
        case .signedIn: return "any signed-in account"
        case let .roles(roles): return "roles: " + roles.map(\.rawValue).sorted().joined(separator: ", ")
        }
    }
}
