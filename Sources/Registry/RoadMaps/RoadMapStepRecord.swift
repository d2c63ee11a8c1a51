import Ledger

/// One step of a town's road map as the registry holds it: who answers for it, the dates
/// planned, where it stands, what completed it and the documents deposited as evidence.
public struct RoadMapStepRecord: Hashable, Sendable {
    public let cityID: CityID
    public let step: RoadMapStep
    public let owner: String
    public let plannedStart: CalendarDate
    public let plannedEnd: CalendarDate
    public let status: RoadMapStatus
    /// The day it was marked done, while it is.
    public let doneOn: CalendarDate?
    /// The sealed event that completed it, when an event did.
    public let eventID: EventID?
    /// The ledger entry of its latest change.
    public let ledgerSeq: Int
    public let evidence: [RoadMapEvidence]

    /// Whether the step should be done by `today` and is not.
    public func isLate(on today: CalendarDate) -> Bool {
        status != .done && plannedEnd < today
    }
}
