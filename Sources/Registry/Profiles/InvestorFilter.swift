/// Which investor profiles a listing returns; nil matches every value.
public struct InvestorFilter: Sendable, Equatable {
    /// One direction of interest, compared after the same normalisation as stored tags.
    public var direction: String?
    public var kind: InvestorKind?
    /// An amount the investor's ticket range must include.
    public var ticketKopecks: Int64?

    public init(direction: String? = nil, kind: InvestorKind? = nil, ticketKopecks: Int64? = nil) {
        self.direction = direction
        self.kind = kind
        self.ticketKopecks = ticketKopecks
    }

    func normalised() throws(RegistryValidationError) -> InvestorFilter {
        InvestorFilter(direction: try direction.map { tag throws(RegistryValidationError) in try RegistryTags.normalise(tag, field: "direction") }, kind: kind,
                       ticketKopecks: ticketKopecks)
    }
}
