/// The kinds of investor the investment session invites: private business angels,
/// funds, and large local enterprises investing in their own town.
public enum InvestorKind: String, Sendable, Hashable, CaseIterable, RegistryCode {
    case businessAngel = "business_angel"
    case fund
    case localEnterprise = "local_enterprise"
}
