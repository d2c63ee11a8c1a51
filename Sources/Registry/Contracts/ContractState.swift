import Ledger

/// A contract as its events have made it: status, signatures, balances and the progress
/// of its money rules. Derived only by replaying the ordered events, so the same events
/// always give the same state, on any node.
///
/// `apply` checks an event against the state and either changes the state or refuses with
/// a `ContractError` and leaves it exactly as it was.
public struct ContractState: Sendable, Equatable {
    public let terms: ContractTerms
    public private(set) var status: ContractStatus = .proposed
    public private(set) var signatures: [PartyID: KeyID] = [:]
    public internal(set) var balances = ContractBalances()
    public private(set) var distributions: [Distribution] = []
    public private(set) var lastDate: CalendarDate
    var revenue = RevenueShareProgress()
    var tranches = TrancheProgress()
    var crowdfunding = CrowdfundingProgress()
    var subscription = SubscriptionProgress()
    /// Lines of the event being applied, posted only once it is accepted.
    var pending: [Posting] = []

    /// The state right after the proposal, before anybody has signed; refuses terms that
    /// `ContractTerms.validate` refuses.
    public init(proposal terms: ContractTerms, on date: CalendarDate) throws(ContractError) {
        try terms.validate()
        self.terms = terms
        lastDate = date
    }

    /// Replays events from the proposal on; refuses the first event that does not apply.
    public static func replay(_ events: [ContractEvent]) throws(ContractError) -> ContractState {
        guard let first = events.first else { throw .noEvents }
        guard case let .proposed(terms) = first.action else { throw .firstEventMustPropose }
        var state = try ContractState(proposal: terms, on: first.date)
        for event in events.dropFirst() {
            try state.apply(event)
        }
        return state
    }

    /// Applies one event, or refuses it and changes nothing.
    public mutating func apply(_ event: ContractEvent) throws(ContractError) {
        var next = self
        try next.perform(event)
        try balances.check(next.pending)
        next.lastDate = event.date
        let postings = next.pending
        next.pending = []
        // Releasing the copy's share of the balances lets them grow in place rather than be
        // copied whole on every event.
        next.balances = ContractBalances()
        balances.post(postings)
        next.balances = balances
        self = next
    }

    private mutating func perform(_ event: ContractEvent) throws(ContractError) {
        guard event.date >= lastDate else { throw .eventBeforePrevious(date: event.date, previous: lastDate) }
        switch event.action {
        case .proposed:
            throw .alreadyProposed
        case let .signed(party, keyID):
            try sign(party, keyID: keyID, on: event.date)
        case let .costReported(amount):
            try requireActive(event, kind: .revenueShare)
            try reportCost(amount)
        case let .revenueReported(amount, holders):
            try requireActive(event, kind: .revenueShare)
            try distributeRevenue(amount, holders: holders, on: event.date)
        case let .milestoneAttested(milestone, attester):
            try requireActive(event, kind: .milestoneTranches)
            try attest(milestone, by: attester, on: event.date)
        case let .pledged(party, amount):
            try requireActive(event, kind: .crowdfunding)
            try pledge(amount, by: party, on: event.date)
        case let .withdrawn(party, amount):
            try requireActive(event, kind: .crowdfunding)
            try withdraw(amount, by: party, on: event.date)
        case let .subscriptionPaid(party, amount):
            try requireActive(event, kind: .subscription)
            try receiveSubscription(amount, from: party, on: event.date)
        case let .terminated(by):
            guard status != .terminated else { throw .notActive(event: event.name, status: status) }
            try checkTermination(by: by, on: event.date)
            if status == .active { try settle(on: event.date) }
            status = .terminated
        }
    }

    private mutating func sign(_ party: PartyID, keyID: KeyID, on date: CalendarDate) throws(ContractError) {
        guard terms.isParty(party) else { throw .notAParty(party) }
        guard signatures[party] == nil else { throw .alreadySigned(party) }
        guard status == .proposed else { throw .notActive(event: "signed", status: status) }
        signatures[party] = keyID
        if terms.parties.allSatisfy({ signatures[$0.id] != nil }) {
            status = .active
            try activate(on: date)
        }
    }

    private func requireActive(_ event: ContractEvent, kind: ContractKind) throws(ContractError) {
        guard terms.kind == kind else { throw .wrongKind(event: event.name, kind: terms.kind) }
        guard status == .active else { throw .notActive(event: event.name, status: status) }
    }

    private func checkTermination(by: [PartyID], on date: CalendarDate) throws(ContractError) {
        for party in by where !terms.isParty(party) {
            throw .notAParty(party)
        }
        let rule = terms.termination
        switch rule {
        case .byUnion:
            guard by.contains(.union) else { throw .terminationRefused(rule: rule.name, reason: "only the Union may terminate it") }
        case .byAllParties:
            let missing = terms.parties.map(\.id).filter { !by.contains($0) }
            guard missing.isEmpty else {
                throw .terminationRefused(rule: rule.name, reason: "\(missing.map(\.rawValue).joined(separator: ", ")) have not joined")
            }
        case let .onDate(day):
            guard date >= day else { throw .terminationRefused(rule: rule.name, reason: "not before \(day), not on \(date)") }
        case .onDeadline:
            guard case let .crowdfunding(crowdfunding) = terms.parameters else {
                throw .terminationRefused(rule: rule.name, reason: "only a crowdfunding has a deadline")
            }
            guard date >= crowdfunding.deadline else { throw .closeBeforeDeadline(date: date, deadline: crowdfunding.deadline) }
        }
    }

    private mutating func activate(on date: CalendarDate) throws(ContractError) {
        if case let .milestoneTranches(terms) = terms.parameters {
            try commit(terms, on: date)
        }
    }

    private mutating func settle(on date: CalendarDate) throws(ContractError) {
        switch terms.parameters {
        case let .milestoneTranches(terms): try returnUnreleased(terms, on: date)
        case let .crowdfunding(terms): try close(terms, on: date)
        case .revenueShare, .subscription, .optionAgreement: break
        }
    }

    /// Posts the lines of one payout and records it as a distribution of `amount`.
    mutating func distribute(_ amount: Int64, on date: CalendarDate, event: String,
                             lines: [(party: PartyID, what: String, amount: Int64)]) {
        var parts: [PartyID: Int64] = [:]
        for line in lines where line.amount != 0 {
            post(line.amount, to: line.party, what: line.what, on: date)
            parts[line.party, default: 0] += line.amount
        }
        distributions.append(Distribution(date: date, event: event, amount: amount, parts: parts))
    }

    /// Queues one statement line of the event being applied; a zero amount queues nothing.
    mutating func post(_ amount: Int64, to party: PartyID, what: String, on date: CalendarDate) {
        guard amount != 0 else { return }
        pending.append(Posting(party: party, what: what, amount: amount, date: date))
    }

    static func sum(_ lhs: Int64, _ rhs: Int64) throws(ContractError) -> Int64 {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        guard !overflow else { throw .amountTooLarge }
        return sum
    }
}
