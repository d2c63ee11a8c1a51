/// One dated line of a party's statement under a contract: what the money was for, the
/// amount (positive when the party was credited, negative when it paid in) and the
/// party's balance after it.
public struct StatementLine: Sendable, Equatable {
    public let date: CalendarDate
    /// A fixed label: `cost_recovery`, `town_fund_share`, `holder_share`, `pledge`,
    /// `withdrawal`, `refund`, `release`, `commitment`, `tranche`, `subscription`,
    /// `loyalty_return`, `developer_share`, `leftover`.
    public let what: String
    public let amount: Int64
    public let balance: Int64

    public init(date: CalendarDate, what: String, amount: Int64, balance: Int64) {
        self.date = date
        self.what = what
        self.amount = amount
        self.balance = balance
    }
}
