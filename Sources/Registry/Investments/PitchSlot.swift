import Ledger

/// One project's place on an investment session's agenda: its turn in the pitch order,
/// when it starts and how many minutes it has. Only projects on the agenda take pledges.
public struct PitchSlot: Hashable, Sendable {
    /// The shortest and longest slot staff may give a pitch.
    public static let allowedMinutes: ClosedRange<Int> = 1...120

    public let projectID: ProjectID
    public let startsAt: LedgerTime
    public let minutes: Int

    public init(projectID: ProjectID, startsAt: LedgerTime, minutes: Int) {
        self.projectID = projectID
        self.startsAt = startsAt
        self.minutes = minutes
    }

    /// When the slot ends and the next pitch may start.
    public var endsAt: LedgerTime { LedgerTime(millisecondsSinceEpoch: startsAt.millisecondsSinceEpoch + Int64(minutes) * 60_000) }
}
