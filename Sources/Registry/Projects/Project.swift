import Ledger

/// A city development team's business project, from idea to a service other towns
/// adopt. It holds no personal data: its team names members by id only, so every field
/// is public.
public struct Project: Hashable, Sendable {
    public let id: ProjectID
    public let title: String
    public let summary: String
    /// The direction of digital entrepreneurship, a short lowercase tag ("туризм").
    public let direction: String
    /// The town where the project was born.
    public let cityID: CityID
    public let stage: ProjectStage
    /// Lead first, then by role and member id.
    public let team: [TeamMember]
    public let createdAt: LedgerTime
    public let updatedAt: LedgerTime

    /// The one member who leads the team.
    public var lead: MemberID? {
        team.first { $0.role == .lead }?.memberID
    }

    /// Lead first, then by role, then by member id: one order wherever a team is shown.
    static func ordered(_ team: [TeamMember]) -> [TeamMember] {
        team.sorted { ($0.role, $0.memberID.rawValue) < ($1.role, $1.memberID.rawValue) }
    }
}
