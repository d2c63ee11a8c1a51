import Ledger

/// What the mapping stage decided for a town: the directions of digital
/// entrepreneurship its Game will work in.
public struct CityProfile: Hashable, Sendable {
    public let cityID: CityID
    /// Lowercased, deduplicated, sorted.
    public let directions: [String]
    /// Nil until Union staff first set the directions.
    public let updatedAt: LedgerTime?
}
