import Ledger

/// What a mentor offers the accelerator: competencies, hours a week, and the towns it
/// serves. It says what the mentor can do, never who the mentor is; that stays in the
/// member's row.
public struct MentorProfile: Hashable, Sendable {
    public static let weeklyHoursRange = 1...60

    public let memberID: MemberID
    /// Lowercased, deduplicated, sorted.
    public let competencies: [String]
    public let weeklyHours: Int
    /// In id order.
    public let cityIDs: [CityID]
    public let updatedAt: LedgerTime
}
