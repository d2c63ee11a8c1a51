import Ledger

/// What an accepted pledge became and who accepted it: the proposed contract of a tranche
/// pledge, or the cap table event of an equity pledge's round.
public struct PledgeAcceptance: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        case contract(ContractID)
        case round(CapTableEventID)
    }

    public let acceptedBy: String
    public let outcome: Outcome
    public let acceptedAt: LedgerTime
}
