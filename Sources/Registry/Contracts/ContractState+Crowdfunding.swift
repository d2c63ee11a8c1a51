/// What each town has pledged (net of withdrawals) and how the crowdfunding closed.
struct CrowdfundingProgress: Sendable, Equatable {
    var pledges: [PartyID: Int64] = [:]
    var pledged: Int64 = 0
    var met: Bool?
    var refunds: [PartyID: Int64] = [:]
}

extension ContractState {
    /// Net pledges by town while open; after a met close, what each town finally paid.
    public var contributions: [(party: PartyID, amount: Int64)] {
        crowdfunding.pledges.keys.sorted().map { ($0, crowdfunding.pledges[$0, default: 0] - crowdfunding.refunds[$0, default: 0]) }
            .filter { $0.1 > 0 }
    }

    /// The sum of pledges not withdrawn.
    public var pledgedTotal: Int64 { crowdfunding.pledged }

    /// `true` if the crowdfunding closed with its target met, `false` if missed, `nil` while open.
    public var targetMet: Bool? { crowdfunding.met }

    mutating func pledge(_ amount: Int64, by party: PartyID, on date: CalendarDate) throws(ContractError) {
        try openCrowdfunding("pledged", on: date)
        guard amount > 0 else { throw .nonPositiveAmount(amount) }
        crowdfunding.pledged = try Self.sum(crowdfunding.pledged, amount)
        crowdfunding.pledges[party, default: 0] += amount
        post(-amount, to: party, what: "pledge", on: date)
    }

    mutating func withdraw(_ amount: Int64, by party: PartyID, on date: CalendarDate) throws(ContractError) {
        try openCrowdfunding("withdrawn", on: date)
        guard amount > 0 else { throw .nonPositiveAmount(amount) }
        let pledged = crowdfunding.pledges[party, default: 0]
        guard amount <= pledged else { throw .withdrawalExceedsPledge(requested: amount, pledged: pledged) }
        crowdfunding.pledges[party] = pledged - amount
        crowdfunding.pledged -= amount
        post(amount, to: party, what: "withdrawal", on: date)
    }

    /// All or nothing: on or after the deadline with the target met, the developer is paid
    /// (the excess kept or refunded pro rata, as the terms say); otherwise, or when ended
    /// early, every pledge is refunded.
    mutating func close(_ terms: CrowdfundingTerms, on date: CalendarDate) throws(ContractError) {
        let total = crowdfunding.pledged
        let pledgers = contributions.map { (party: $0.party, weight: $0.amount) }
        var lines: [(party: PartyID, what: String, amount: Int64)] = []
        if date >= terms.deadline, total >= terms.target {
            crowdfunding.met = true
            let released = terms.excess == .keepAll ? total : terms.target
            lines.append((terms.developer, "release", released))
            if released < total {
                let refunds: [(party: PartyID, amount: Int64)]
                do { refunds = try LargestRemainder.allocate(total - released, among: pledgers) } catch { throw .allocation(error) }
                for refund in refunds {
                    lines.append((refund.party, "refund", refund.amount))
                    crowdfunding.refunds[refund.party] = refund.amount
                }
            }
        } else {
            crowdfunding.met = false
            for pledger in pledgers {
                lines.append((pledger.party, "refund", pledger.weight))
                crowdfunding.refunds[pledger.party] = pledger.weight
            }
        }
        distribute(total, on: date, event: "terminated", lines: lines)
    }

    private func openCrowdfunding(_ event: String, on date: CalendarDate) throws(ContractError) {
        guard case let .crowdfunding(terms) = terms.parameters else { throw .wrongKind(event: event, kind: self.terms.kind) }
        guard date <= terms.deadline else { throw .afterDeadline(event: event, date: date, deadline: terms.deadline) }
    }
}
