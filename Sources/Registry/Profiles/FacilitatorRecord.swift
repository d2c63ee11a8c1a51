import Ledger

/// An entry of the registry of local facilitators: the member completed the Union's
/// facilitation training on the given day and may run sessions of the Glocal City Game.
public struct FacilitatorRecord: Hashable, Sendable {
    public let memberID: MemberID
    public let trainingCompletedOn: CalendarDate
    public let updatedAt: LedgerTime
}
