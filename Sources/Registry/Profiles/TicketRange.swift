/// The size of investment an investor considers, in kopecks: whole numbers, never
/// negative, the minimum not above the maximum. Made only through `init(minimum:maximum:)`,
/// so a range that exists is a valid one.
public struct TicketRange: Hashable, Sendable {
    public let minimumKopecks: Int64
    public let maximumKopecks: Int64

    public init(minimumKopecks: Int64, maximumKopecks: Int64) throws(RegistryValidationError) {
        guard minimumKopecks >= 0 else {
            throw RegistryValidationError(field: "ticket_min_kopecks", rule: .negative)
        }
        guard minimumKopecks <= maximumKopecks else {
            throw RegistryValidationError(field: "ticket_max_kopecks", rule: .belowMinimum)
        }
        self.minimumKopecks = minimumKopecks
        self.maximumKopecks = maximumKopecks
    }
}
