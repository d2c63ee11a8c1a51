/// A recurring distribution among a fixed set of weights, paid period by period so that
/// the sum of all payouts always equals one allocation of the cumulative total: rounding
/// never drifts however many periods there are.
///
/// Caps name the most a party may receive over the whole payout; once a party reaches its
/// cap it drops out and its would-be part goes to the others (see `CappedAllocation`). What
/// nobody can take is reported as leftover, also cumulatively.
public struct CumulativePayout: Sendable, Equatable {
    public let weights: [(party: PartyID, weight: Int64)]
    public let caps: [PartyID: Int64]
    public private(set) var total: Int64 = 0
    public private(set) var paid: [PartyID: Int64] = [:]
    public private(set) var leftoverPaid: Int64 = 0

    public init(weights: [(party: PartyID, weight: Int64)], caps: [PartyID: Int64] = [:]) {
        self.weights = weights
        self.caps = caps
    }

    /// Whether `weights` are the same parties and weights as this payout's, in any order.
    public func hasWeights(_ weights: [(party: PartyID, weight: Int64)]) -> Bool {
        let same: ((party: PartyID, weight: Int64), (party: PartyID, weight: Int64)) -> Bool = {
            $0.party == $1.party && $0.weight == $1.weight
        }
        guard weights.count == self.weights.count else { return false }
        return weights.elementsEqual(self.weights, by: same)
            || weights.sorted { $0.party < $1.party }.elementsEqual(self.weights.sorted { $0.party < $1.party }, by: same)
    }

    /// Adds `amount` to the cumulative total and returns what each party gets now (in the
    /// order the weights were given) and the leftover of this period. They sum to `amount`.
    public mutating func pay(_ amount: Int64) throws(AllocationError) -> (parts: [(party: PartyID, amount: Int64)], leftover: Int64) {
        guard amount >= 0 else { throw .negativeTotal(amount) }
        let (next, overflow) = total.addingReportingOverflow(amount)
        guard !overflow else { throw .totalWeightTooLarge }
        let allocation = try CappedAllocation(next, among: weights, caps: caps)
        var parts: [(party: PartyID, amount: Int64)] = []
        for entry in weights {
            let share = allocation.amounts[entry.party, default: 0]
            parts.append((entry.party, share - paid[entry.party, default: 0]))
            paid[entry.party] = share
        }
        let leftover = allocation.leftover - leftoverPaid
        leftoverPaid = allocation.leftover
        total = next
        return (parts, leftover)
    }

    public static func == (lhs: CumulativePayout, rhs: CumulativePayout) -> Bool {
        lhs.hasWeights(rhs.weights) && lhs.caps == rhs.caps && lhs.total == rhs.total && lhs.paid == rhs.paid
            && lhs.leftoverPaid == rhs.leftoverPaid
    }
}
