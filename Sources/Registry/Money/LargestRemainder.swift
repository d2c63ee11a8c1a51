/// Splits a whole number of units among weighted parties by the largest-remainder
/// (Hamilton) method, so the parts are as close to exact proportions as whole units allow
/// and always sum to exactly the total.
///
/// Each party first gets the floor of `total × weight ÷ Σweights`, computed in 128 bits so
/// that no weight or total can overflow. The units left over (fewer than the number of
/// parties) go one each to the parties with the largest remainders. Ties are broken by the
/// larger weight first, then by the party id in ascending byte order, so the result does
/// not depend on the order the weights are listed in.
public enum LargestRemainder {
    /// The parts in the order the weights were given. Parties are contract parties,
    /// cap-table stakeholders or anything else with a stable order for the tie-break.
    public static func allocate<Party: Hashable & Comparable & CustomStringConvertible>(
        _ total: Int64, among weights: [(party: Party, weight: Int64)]
    ) throws(AllocationError) -> [(party: Party, amount: Int64)] {
        guard total >= 0 else { throw .negativeTotal(total) }
        var sum: UInt64 = 0
        var seen = Set<Party>()
        for entry in weights {
            guard entry.weight >= 0 else { throw .negativeWeight(party: entry.party.description, weight: entry.weight) }
            guard seen.insert(entry.party).inserted else { throw .duplicateParty(entry.party.description) }
            let (next, overflow) = sum.addingReportingOverflow(UInt64(entry.weight))
            guard !overflow else { throw .totalWeightTooLarge }
            sum = next
        }
        guard sum > 0 else { throw .zeroTotalWeight }
        var amounts = [Int64](repeating: 0, count: weights.count)
        var remainders = [UInt64](repeating: 0, count: weights.count)
        var leftover = total
        for (index, entry) in weights.enumerated() {
            // quotient ≤ total because weight ≤ sum, so it fits in 64 bits.
            let product = UInt64(total).multipliedFullWidth(by: UInt64(entry.weight))
            let (quotient, remainder) = sum.dividingFullWidth(product)
            amounts[index] = Int64(quotient)
            remainders[index] = remainder
            leftover -= Int64(quotient)
        }
        if leftover > 0 {
            let order = weights.indices.sorted { lhs, rhs in
                if remainders[lhs] != remainders[rhs] { return remainders[lhs] > remainders[rhs] }
                if weights[lhs].weight != weights[rhs].weight { return weights[lhs].weight > weights[rhs].weight }
                return weights[lhs].party < weights[rhs].party
            }
            for index in order.prefix(Int(leftover)) {
                amounts[index] += 1
            }
        }
        return weights.indices.map { (weights[$0].party, amounts[$0]) }
    }

    /// The payout of one period of a recurring distribution: the cumulative total is split
    /// afresh and each party gets the difference from what it was already paid, so rounding
    /// never drifts however many periods there are.
    ///
    /// The differences sum to exactly `newTotal − previousTotal`. With unchanged weights a
    /// difference is negative only in the rare case where a one-unit leftover moves to
    /// another party (the Alabama paradox of the Hamilton method); it is then a one-kopeck
    /// correction of an earlier period.
    public static func allocateCumulative(previousTotal: Int64, newTotal: Int64,
                                          among weights: [(party: PartyID, weight: Int64)],
                                          alreadyPaid: [PartyID: Int64]) throws(AllocationError)
        -> [(party: PartyID, amount: Int64)] {
        guard newTotal >= previousTotal else { throw .newTotalBelowPrevious(previousTotal: previousTotal, newTotal: newTotal) }
        let paid = alreadyPaid.values.reduce(Int64(0)) { $0 &+ $1 }
        guard paid == previousTotal else { throw .paidDoesNotMatchPreviousTotal(previousTotal: previousTotal, paid: paid) }
        return try allocate(newTotal, among: weights).map { ($0.party, $0.amount - alreadyPaid[$0.party, default: 0]) }
    }

    /// `floor(a × b ÷ c)` computed in 128 bits, for non-negative `a`, `b` and positive
    /// `c`; nil when the result does not fit in 64 bits.
    public static func multiplyDivide(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64? {
        guard a >= 0, b >= 0, c > 0 else { return nil }
        let product = UInt64(a).multipliedFullWidth(by: UInt64(b))
        let divisor = UInt64(c)
        guard product.high < divisor else { return nil }
        let (quotient, _) = divisor.dividingFullWidth(product)
        return quotient <= UInt64(Int64.max) ? Int64(quotient) : nil
    }
}
