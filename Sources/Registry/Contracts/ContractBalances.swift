/// What each party has been credited and debited under one contract, line by line.
///
/// Credits are positive (money the contract paid or owes the party), debits negative
/// (money the party paid into the contract). Each distribution is posted as one batch
/// whose lines sum exactly to what was distributed.
public struct ContractBalances: Sendable, Equatable {
    private var statements: [PartyID: [StatementLine]] = [:]

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

    /// Posts one line; a zero amount posts nothing.
    mutating func post(_ amount: Int64, to party: PartyID, what: String, on date: CalendarDate) throws(ContractError) {
        guard amount != 0 else { return }
        let (balance, overflow) = balance(of: party).addingReportingOverflow(amount)
        guard !overflow else { throw .amountTooLarge }
        statements[party, default: []].append(StatementLine(date: date, what: what, amount: amount, balance: balance))
    }
}
