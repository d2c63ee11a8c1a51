/// What each party has been credited and debited under one contract, line by line.
///
/// Credits are positive (money the contract paid or owes the party), debits negative
/// (money the party paid into the contract). Each distribution is posted as one batch
/// whose lines sum exactly to what was distributed.
public struct ContractBalances: Sendable, Equatable {
    private var statements: [PartyID: [StatementLine]] = [:]
    /// The largest magnitude any balance has reached.
    private var largestMagnitude: UInt64 = 0

    public init() {}

    /// The parties that have at least one line, in byte order of their ids.
    public var parties: [PartyID] { statements.keys.sorted() }

    public func balance(of party: PartyID) -> Int64 {
        statements[party]?.last?.balance ?? 0
    }

    public func statement(for party: PartyID) -> [StatementLine] {
        statements[party] ?? []
    }

    /// The sum of every party's balance; zero when all money paid in has been paid out.
    public var total: Int64 {
        statements.values.reduce(0) { $0 + ($1.last?.balance ?? 0) }
    }

    /// Refuses postings that would take a balance beyond 64 bits, before any is posted.
    func check(_ postings: [Posting]) throws(ContractError) {
        // No balance can overflow while the largest one plus every amount stays in range,
        // which spares a look-up per line in all realistic cases.
        var bound = largestMagnitude
        var withinRange = true
        for posting in postings where withinRange {
            let (next, overflow) = bound.addingReportingOverflow(posting.amount.magnitude)
            bound = next
            withinRange = !overflow && next <= UInt64(Int64.max)
        }
        guard !withinRange else { return }
        var running: [PartyID: Int64] = [:]
        for posting in postings {
            let (balance, overflow) = running[posting.party, default: balance(of: posting.party)].addingReportingOverflow(posting.amount)
            guard !overflow else { throw .amountTooLarge }
            running[posting.party] = balance
        }
    }

    /// Posts lines already passed by `check`.
    mutating func post(_ postings: [Posting]) {
        for posting in postings {
            let balance = balance(of: posting.party) &+ posting.amount
            largestMagnitude = max(largestMagnitude, balance.magnitude)
            statements[posting.party, default: []].append(
                StatementLine(date: posting.date, what: posting.what, amount: posting.amount, balance: balance))
        }
    }
}

/// A line waiting to be posted once its event has been accepted.
struct Posting: Sendable, Equatable {
    let party: PartyID
    let what: String
    let amount: Int64
    let date: CalendarDate
}
