/// What holds a community together: a town (its city communities), a profession, or a
/// line of business. Mapping a territory starts by finding the communities of each kind.
public enum CommunityKind: String, Sendable, Hashable, CaseIterable, RegistryCode {
    case city
    case professional
    case business
}
