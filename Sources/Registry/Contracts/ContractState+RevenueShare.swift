/// How far a revenue share has got: costs reported and recovered, revenue after costs, the
/// town fund's cumulative part, and the current payout to holders.
struct RevenueShareProgress: Sendable, Equatable {
    var costsReported: Int64 = 0
    var costsRecovered: Int64 = 0
    var afterCosts: Int64 = 0
    var townFundPaid: Int64 = 0
    /// What each holder has received over the whole contract, which its cap limits.
    var received: [PartyID: Int64] = [:]
    var holders: CumulativePayout?
}

extension ContractState {
    /// Unrecovered operating costs of the Union; they come first out of later revenue.
    public var outstandingCosts: Int64 { revenue.costsReported - revenue.costsRecovered }

    mutating func reportCost(_ amount: Int64) throws(ContractError) {
        guard amount > 0 else { throw .nonPositiveAmount(amount) }
        revenue.costsReported = try Self.sum(revenue.costsReported, amount)
    }

    /// The waterfall: the Union's outstanding costs first, then the town fund's basis
    /// points of what is left, then the holders pro rata (capped, overflow to the others,
    /// what nobody may take to the town fund). The fund's part and the holders' parts are
    /// allocated cumulatively, so rounding does not drift over periods; a new set of
    /// holders starts a new cumulative payout.
    mutating func distributeRevenue(_ amount: Int64, holders given: [(party: PartyID, weight: Int64)],
                                    on date: CalendarDate) throws(ContractError) {
        guard case let .revenueShare(share) = terms.parameters else { return }
        guard amount > 0 else { throw .nonPositiveAmount(amount) }
        let weights = share.fixedShares.isEmpty ? given : share.fixedShares
        guard !weights.isEmpty else { throw .holdersRequired }
        let recovery = min(amount, outstandingCosts)
        revenue.costsRecovered += recovery
        let rest = amount - recovery
        revenue.afterCosts = try Self.sum(revenue.afterCosts, rest)
        let fundTotal = BasisPoints.part(share.townFundBasisPoints, of: revenue.afterCosts)
        let fundPart = fundTotal - revenue.townFundPaid
        revenue.townFundPaid = fundTotal

        if revenue.holders.map({ !$0.hasWeights(weights) }) ?? true {
            var rooms: [PartyID: Int64] = [:]
            for (party, cap) in share.caps { rooms[party] = max(0, cap - revenue.received[party, default: 0]) }
            revenue.holders = CumulativePayout(weights: weights, caps: rooms)
        }
        guard var payout = revenue.holders else { return }
        let paid: (parts: [(party: PartyID, amount: Int64)], leftover: Int64)
        do { paid = try payout.pay(rest - fundPart) } catch { throw .allocation(error) }
        revenue.holders = payout

        var lines: [(party: PartyID, what: String, amount: Int64)] = [
            (.union, "cost_recovery", recovery), (share.townFund, "town_fund_share", fundPart),
        ]
        for part in paid.parts {
            lines.append((part.party, "holder_share", part.amount))
            revenue.received[part.party, default: 0] += part.amount
        }
        lines.append((share.townFund, "leftover", paid.leftover))
        distribute(amount, on: date, event: "revenue_reported", lines: lines)
    }
}
