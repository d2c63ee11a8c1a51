/// Whether a member is a person or an organisation (a company, a fund, a town body).
public enum MemberKind: String, Sendable, Hashable, CaseIterable, RegistryCode {
    case person
    case organisation
}
