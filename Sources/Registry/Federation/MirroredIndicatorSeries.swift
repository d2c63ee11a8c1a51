/// One indicator's figures for a town of another node, as mirrored from that node's
/// `indicator.figure` entries: what lets a town compare itself with the rest of the Union.
public struct MirroredIndicatorSeries: Hashable, Sendable {
    /// Where its newest figure stands.
    public let provenance: Provenance
    public let cityID: String
    public let townName: String?
    public let indicator: HappinessIndicator
    public let unit: IndicatorUnit
    /// In date order.
    public let figures: [Figure]

    /// One dated value, with the entry of that node's log that records it.
    public struct Figure: Hashable, Sendable {
        public let measuredOn: CalendarDate
        public let value: Int64
        public let seq: Int
    }
}
