/// Where an event stands. Union staff move it along; only `sealed` ends it, and
/// sealing is its own act (`Events.seal`), since it fixes the results in the ledger.
///
/// ```
/// draft ──► open ──► running ──► closed ──► sealed
/// ```
/// `open` takes registrations, `running` is the event itself (submissions, scores,
/// votes), `closed` takes nothing new but lets organisers check and correct, `sealed`
/// publishes the results with their hash in the ledger.
public enum EventStatus: String, Sendable, Hashable, CaseIterable, RegistryCode {
    case draft
    case open
    case running
    case closed
    case sealed

    /// The status a staff move may lead to from this one; sealing is not a move.
    public var next: EventStatus? {
        switch self {
        case .draft: .open
        case .open: .running
        case .running: .closed
        case .closed, .sealed: nil
        }
    }
}
