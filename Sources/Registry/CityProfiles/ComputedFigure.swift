/// One computed indicator's figure for a town and a calendar year (UTC), with the ledger
/// entries it sums, in ledger order.
public struct ComputedFigure: Hashable, Sendable {
    public let indicator: ComputedIndicator
    public let year: Int
    public let value: Int64
    public let ledgerSeqs: [Int]
}
