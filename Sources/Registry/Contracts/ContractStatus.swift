/// Where a contract is in its life: proposed until every party has signed, then active
/// until terminated by the rule its terms name.
public enum ContractStatus: String, Sendable, Equatable, CaseIterable, RegistryCode {
    case proposed
    case active
    case terminated
}
