/// How a contract may end, named in its terms so that nobody can end it otherwise.
public enum TerminationRule: Sendable, Equatable {
    /// The Union alone may terminate it.
    case byUnion
    /// Every party must join the termination.
    case byAllParties
    /// Anyone may terminate it on or after this day.
    case onDate(CalendarDate)
    /// It ends when it is closed on or after its deadline (a crowdfunding).
    case onDeadline

    public var name: String {
        switch self {
        case .byUnion: "by_union"
        case .byAllParties: "by_all_parties"
        case .onDate: "on_date"
        case .onDeadline: "on_deadline"
        }
    }
}
