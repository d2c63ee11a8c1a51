import Ledger

/// A town taking part in the Union's cycle: where members live, projects start and
/// the Glocal City Challenge is fought between.
public struct City: Hashable, Sendable {
    public let id: CityID
    public let name: String
    public let region: String
    /// Residents, if known.
    public let population: Int?
    public let createdAt: LedgerTime

    public init(id: CityID, name: String, region: String, population: Int?, createdAt: LedgerTime) {
        self.id = id
        self.name = name
        self.region = region
        self.population = population
        self.createdAt = createdAt
    }
}
