/// Subscriptions received so far and the cumulative loyalty payout to the funders.
struct SubscriptionProgress: Sendable, Equatable {
    var received: Int64 = 0
    var loyaltyTotal: Int64 = 0
    var loyalty: CumulativePayout?
}

extension ContractState {
    /// What each funder has got back so far.
    public var loyaltyReturned: [PartyID: Int64] { subscription.loyalty?.paid ?? [:] }

    /// The subscriber pays in; the terms' basis points of the cumulative subscriptions go
    /// to the funders pro rata to their contributions, each capped at its contribution;
    /// the rest, and what no funder may take any more, goes to the developer.
    mutating func receiveSubscription(_ amount: Int64, from party: PartyID, on date: CalendarDate) throws(ContractError) {
        guard case let .subscription(terms) = terms.parameters else { return }
        guard amount > 0 else { throw .nonPositiveAmount(amount) }
        subscription.received = try Self.sum(subscription.received, amount)
        let loyaltyTotal = BasisPoints.part(terms.loyaltyBasisPoints, of: subscription.received)
        let loyaltyPart = loyaltyTotal - subscription.loyaltyTotal
        subscription.loyaltyTotal = loyaltyTotal
        var payout = subscription.loyalty ?? CumulativePayout(
            weights: terms.funders.map { ($0.party, $0.contribution) },
            caps: Dictionary(terms.funders.map { ($0.party, $0.contribution) }, uniquingKeysWith: { first, _ in first }))
        let paid: (parts: [(party: PartyID, amount: Int64)], leftover: Int64)
        do { paid = try payout.pay(loyaltyPart) } catch { throw .allocation(error) }
        subscription.loyalty = payout

        post(-amount, to: party, what: "subscription", on: date)
        var lines = paid.parts.map { (party: $0.party, what: "loyalty_return", amount: $0.amount) }
        lines.append((terms.developer, "developer_share", amount - loyaltyPart + paid.leftover))
        distribute(amount, on: date, event: "subscription_paid", lines: lines)
    }
}
