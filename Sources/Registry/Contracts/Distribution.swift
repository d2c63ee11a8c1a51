/// One payout a contract made on an event: the amount distributed and each party's net
/// part of it. The parts always sum exactly to the amount.
public struct Distribution: Sendable, Equatable {
    public let date: CalendarDate
    /// The event that caused it (`revenue_reported`, `terminated`...).
    public let event: String
    public let amount: Int64
    public let parts: [PartyID: Int64]

    public init(date: CalendarDate, event: String, amount: Int64, parts: [PartyID: Int64]) {
        self.date = date
        self.event = event
        self.amount = amount
        self.parts = parts
    }

    public var sumOfParts: Int64 { parts.values.reduce(0, +) }
}
