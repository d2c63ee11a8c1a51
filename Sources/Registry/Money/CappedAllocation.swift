/// A largest-remainder split in which some parties may receive no more than a cap.
///
/// A capped party whose part would pass its cap gets the cap; the overflow is split again
/// among the parties not yet capped, round after round, until nothing is left over or
/// every party is capped. What is left when everybody is capped is returned as `leftover`
/// for the caller to direct (a revenue share sends it to the town development fund).
/// The parts plus the leftover always sum to exactly the total.
public struct CappedAllocation: Sendable, Equatable {
    public let amounts: [PartyID: Int64]
    public let leftover: Int64

    /// `caps` holds the most each listed party may still receive; unlisted parties are uncapped.
    public init(_ total: Int64, among weights: [(party: PartyID, weight: Int64)], caps: [PartyID: Int64])
        throws(AllocationError) {
        var amounts: [PartyID: Int64] = [:]
        for entry in weights { amounts[entry.party] = 0 }
        var remaining = total
        var open = weights.filter { caps[$0.party].map { $0 > 0 } ?? true }
        while remaining > 0, open.contains(where: { $0.weight > 0 }) {
            let round = try LargestRemainder.allocate(remaining, among: open)
            var stillOpen: [(party: PartyID, weight: Int64)] = []
            for (entry, part) in zip(open, round) {
                let before = amounts[entry.party, default: 0]
                if let cap = caps[entry.party], before + part.amount >= cap {
                    amounts[entry.party] = cap
                    remaining -= cap - before
                } else {
                    amounts[entry.party] = before + part.amount
                    remaining -= part.amount
                    stillOpen.append(entry)
                }
            }
            open = stillOpen
        }
        self.amounts = amounts
        leftover = remaining
    }
}
