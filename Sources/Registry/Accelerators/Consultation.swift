import Ledger

/// One consultation between a mentor and a project of a cohort. Its hours count toward
/// completion only once both the mentor and the project's team lead have confirmed it.
public struct Consultation: Hashable, Sendable {
    public let id: ConsultationID
    public let cohortID: EventID
    public let projectID: ProjectID
    public let mentorID: MemberID
    public let heldOn: CalendarDate
    public let hours: Int
    public let topic: String
    public let loggedAt: LedgerTime
    public let mentorConfirmed: Bool
    public let leadConfirmed: Bool

    /// Counted toward completion: confirmed by both sides.
    public var isConfirmed: Bool { mentorConfirmed && leadConfirmed }
}
