/// Why an act on an event was refused by the event itself: it is not an event of the kind
/// the act belongs to, or it is not in a status the act may happen in. Carries what a
/// person needs to see: the status it is in, and those in which the act is possible.
public enum EventStateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No event of `kind` has this id.
    case notFound(EventID, kind: EventKind)
    /// The event is `current`; `act` happens only while it is one of `allowed`.
    case wrongStatus(EventID, kind: EventKind, current: EventStatus, allowed: [EventStatus], act: String)
    /// The event is `current` and cannot move to `requested`: only to `next`, or no
    /// further than by sealing when that is nil.
    case cannotMove(EventID, current: EventStatus, requested: EventStatus, next: EventStatus?)

    public var description: String {
        switch self {
        case let .notFound(id, kind):
            "No \(kind.rawValue) \(id)."
        case let .wrongStatus(_, kind, current, allowed, act):
            "The \(kind.rawValue) is \(current.rawValue); \(act) only while it is \(allowed.map(\.rawValue).joined(separator: " or "))."
        case let .cannotMove(_, current, requested, next):
            "The event is \(current.rawValue); it may move \(next.map { "only to \($0.rawValue)" } ?? "no further, except by sealing"), not to \(requested.rawValue)."
        }
    }
}
