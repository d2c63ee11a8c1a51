/// A financing round at a pre-money valuation that creates a new class and issues its units to
/// the investors, diluting everyone else.
///
/// The price per unit is `preMoney / F`, where `F` is the fully diluted units just before the
/// round (issued units plus unexpired outstanding options). The round issues
/// `floor(investment × F / preMoney)` units — never more than the money buys — split among the
/// investors in proportion to their amounts by largest remainder (ties to the lower investor id).
/// The new class is authorised for exactly the units the round issues.
public struct PricedRound: Hashable, Sendable {
    public let id: CapTableEventID
    public let date: CalendarDate
    public let shareClass: ShareClassID
    public let name: String
    public let kind: ShareClassKind
    public let investment: Kopecks
    public let preMoney: Kopecks
    public let investors: [RoundInvestment]

    public init(id: CapTableEventID, date: CalendarDate, shareClass: ShareClassID, name: String,
                kind: ShareClassKind = .preferred, investment: Kopecks, preMoney: Kopecks, investors: [RoundInvestment]) {
        self.id = id
        self.date = date
        self.shareClass = shareClass
        self.name = name
        self.kind = kind
        self.investment = investment
        self.preMoney = preMoney
        self.investors = investors
    }
}
