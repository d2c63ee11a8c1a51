import Ledger
import Registry

/// The JSON bodies of the Glocal City Challenge.
enum ChallengeBodies {
    struct Criterion: Codable {
        let id: String
        let name: String
        let weight: Int
        let scaleMinimum: Int?
        let scaleMaximum: Int?
    }

    struct Award: Codable {
        let name: String
        let criterionId: String
    }

    struct RulesRequest: Decodable {
        let criteria: [Criterion]
        let judgesPerTeam: Int?
        let zScoreMinimumTeams: Int?
        let awards: [Award]?
        let chairMemberId: MemberID?

        var rules: ChallengeRules {
            var rules = ChallengeRules(criteria: criteria.map {
                ChallengeCriterion(id: $0.id, name: $0.name, weight: $0.weight, scaleMinimum: $0.scaleMinimum ?? 0,
                                   scaleMaximum: $0.scaleMaximum ?? 10)
            }, awards: (awards ?? []).map { AwardCategory(name: $0.name, criterionID: $0.criterionId) })
            if let judgesPerTeam { rules.judgesPerTeam = judgesPerTeam }
            if let zScoreMinimumTeams { rules.zScoreMinimumTeams = zScoreMinimumTeams }
            return rules
        }
    }

    struct RulesView: Encodable {
        let criteria: [Criterion]
        let judgesPerTeam: Int
        let zScoreMinimumTeams: Int
        let awards: [Award]
        let chairMemberId: String?
        let publicBoardFrozenAt: String?
        let tieBreakLadder = ["heaviest_criterion", "first_places", "chair"]

        init(rules: ChallengeRules, chair: MemberID?, frozenAt: LedgerTime?) {
            criteria = rules.criteria.map {
                Criterion(id: $0.id, name: $0.name, weight: $0.weight, scaleMinimum: $0.scaleMinimum, scaleMaximum: $0.scaleMaximum)
            }
            judgesPerTeam = rules.judgesPerTeam
            zScoreMinimumTeams = rules.zScoreMinimumTeams
            awards = rules.awards.map { Award(name: $0.name, criterionId: $0.criterionID) }
            chairMemberId = chair?.rawValue
            publicBoardFrozenAt = frozenAt?.rfc3339
        }
    }

    struct TeamRequest: Decodable {
        let name: String
        let cityId: CityID
        let projectId: ProjectID?
        let memberIds: [MemberID]?
    }

    struct TeamView: Encodable {
        let id: String
        let name: String
        let cityId: String
        let projectId: String?
        let memberIds: [String]
        let registeredAt: String

        init(_ team: ChallengeTeam) {
            id = team.id.rawValue
            name = team.name
            cityId = team.cityID.rawValue
            projectId = team.projectID?.rawValue
            memberIds = team.memberIDs.map(\.rawValue)
            registeredAt = team.registeredAt.rfc3339
        }
    }

    struct JudgeRequest: Decodable {
        let memberId: MemberID
    }

    struct AssignmentView: Encodable {
        let judge: String
        let teamId: String
    }

    struct MarkRequest: Decodable {
        let teamId: ChallengeTeamID
        let criterionId: String
        let value: Int
    }

    struct MarkView: Encodable {
        let teamId: String
        let judge: String
        let criterionId: String
        let value: Int
        let revision: Int
        let markedAt: String
        let ledgerSeq: Int

        init(_ mark: ChallengeMarkRecord) {
            teamId = mark.team.rawValue
            judge = mark.judge.rawValue
            criterionId = mark.criterionID
            value = mark.value
            revision = mark.revision
            markedAt = mark.markedAt.rfc3339
            ledgerSeq = mark.ledgerSeq
        }
    }

    struct ProgressView: Encodable {
        let judge: String
        let assigned: [String]
        let complete: [String]
        let left: [String]

        init(_ progress: JudgeProgress) {
            judge = progress.judge.rawValue
            assigned = progress.assigned.map(\.rawValue)
            complete = progress.complete.map(\.rawValue)
            left = progress.left.map(\.rawValue)
        }
    }

    struct ConflictView: Encodable {
        let teamId: String
        let conflicts: [String]
    }

    struct TieDecisionRequest: Decodable {
        let teamIds: [ChallengeTeamID]
    }

    struct FinalRequest: Decodable {
        let title: String
        let startsOn: CalendarDate
        let endsOn: CalendarDate
        let topPerTown: Int
    }

    struct FreezeView: Encodable {
        let publicBoardFrozenAt: String
    }
}
