/// Why an amount could not be split among parties.
public enum AllocationError: Error, Sendable, Equatable, CustomStringConvertible {
    case negativeTotal(Int64)
    case negativeWeight(party: String, weight: Int64)
    case zeroTotalWeight
    case totalWeightTooLarge
    case duplicateParty(String)
    /// A cumulative payout was asked for with what was already paid not summing to the previous total.
    case paidDoesNotMatchPreviousTotal(previousTotal: Int64, paid: Int64)
    case newTotalBelowPrevious(previousTotal: Int64, newTotal: Int64)

    public var description: String {
        switch self {
        case let .negativeTotal(total):
            "the amount to split must not be negative, not \(total)"
        case let .negativeWeight(party, weight):
            "the weight of \(party) must not be negative, not \(weight)"
        case .zeroTotalWeight:
            "the weights sum to zero: give at least one party a positive weight"
        case .totalWeightTooLarge:
            "the weights sum beyond 2^64 − 1: scale them down"
        case let .duplicateParty(party):
            "\(party) is named twice among the weights: name each party once"
        case let .paidDoesNotMatchPreviousTotal(previousTotal, paid):
            "what was already paid sums to \(paid), not to the previous total \(previousTotal)"
        case let .newTotalBelowPrevious(previousTotal, newTotal):
            "the new cumulative total \(newTotal) is below the previous \(previousTotal)"
        }
    }
}
