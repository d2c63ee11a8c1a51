import Registry

/// The JSON bodies of the Glocal City Game. Participants, teams and voters appear by
/// member id only; approvals are counts.
enum GameBodies {
    struct SettingsRequest: Decodable {
        let directions: [String]
        let teamSizeLimit: Int
        let selectionRule: String
        let selectionCount: Int
        let commissionMemberIds: [MemberID]?
        let facilitatorMemberIds: [MemberID]?
    }

    struct IdeaRequest: Decodable {
        let title: String
        let summary: String
        let direction: String
        let cityId: CityID
        let contentSha256: String?
    }

    struct RoleRequest: Decodable {
        let role: TeamRole
    }

    struct GameView: Encodable {
        let event: EventBodies.EventView
        let settings: SettingsView?
    }

    struct SettingsView: Encodable {
        let directions: [String]
        let teamSizeLimit: Int
        let selectionRule: String
        let selectionCount: Int
        let commissionMemberIds: [String]
        let facilitatorMemberIds: [String]

        init(_ settings: GameSettings) {
            directions = settings.directions
            teamSizeLimit = settings.teamSizeLimit
            selectionRule = settings.selection.name
            selectionCount = settings.selection.count
            commissionMemberIds = settings.commission.map(\.rawValue)
            facilitatorMemberIds = settings.facilitators.map(\.rawValue)
        }
    }

    struct ParticipantView: Encodable {
        let memberId: String
    }

    struct IdeaView: Encodable {
        let projectId: String
        let eventId: String
        let assetId: String?
        let submittedSeq: Int
        let approvals: Int

        init(_ idea: GameIdea) {
            projectId = idea.projectID.rawValue
            eventId = idea.gameID.rawValue
            assetId = idea.assetID?.rawValue
            submittedSeq = idea.submittedSeq
            approvals = idea.approvals
        }
    }

    struct ResultView: Encodable {
        let projectId: String
        let approvals: Int
        let submittedSeq: Int
        let rank: Int
        let selected: Bool

        init(_ result: IdeaResult) {
            projectId = result.idea.projectID.rawValue
            approvals = result.idea.approvals
            submittedSeq = result.idea.submittedSeq
            rank = result.rank
            selected = result.selected
        }
    }
}
