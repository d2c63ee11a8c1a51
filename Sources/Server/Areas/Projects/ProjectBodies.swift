import Registry

/// The JSON bodies of the project operations. A project holds no personal data, so
/// every view is the same for every caller; team members appear by member id.
enum ProjectBodies {
    struct ProjectView: Encodable {
        let id: String
        let title: String
        let summary: String
        let direction: String
        let cityId: String
        let stage: String
        let team: [TeamMemberBody]
        let createdAt: String
        let updatedAt: String

        init(_ project: Project) {
            id = project.id.rawValue
            title = project.title
            summary = project.summary
            direction = project.direction
            cityId = project.cityID.rawValue
            stage = project.stage.rawValue
            team = project.team.map { TeamMemberBody(memberId: $0.memberID, role: $0.role) }
            createdAt = project.createdAt.rfc3339
            updatedAt = project.updatedAt.rfc3339
        }
    }

    struct TeamMemberBody: Codable {
        let memberId: MemberID
        let role: TeamRole
    }

    struct MilestoneView: Encodable {
        let id: String
        let projectId: String
        let title: String
        let ownerRole: String
        let dueOn: String
        let status: String
        let createdAt: String

        init(_ milestone: Milestone) {
            id = milestone.id.rawValue
            projectId = milestone.projectID.rawValue
            title = milestone.title
            ownerRole = milestone.ownerRole.rawValue
            dueOn = milestone.dueOn.rfc3339
            status = milestone.status.rawValue
            createdAt = milestone.createdAt.rfc3339
        }
    }

    struct AdoptionView: Encodable {
        let projectId: String
        let cityId: String
        let adoptedOn: String

        init(_ adoption: Adoption) {
            projectId = adoption.projectID.rawValue
            cityId = adoption.cityID.rawValue
            adoptedOn = adoption.adoptedOn.rfc3339
        }
    }

    struct CreateProjectRequest: Decodable {
        let title: String
        let summary: String
        let direction: String
        let cityId: CityID
    }

    struct EditProjectRequest: Decodable {
        let title: String?
        let summary: String?
        let direction: String?
    }

    struct TeamRequest: Decodable {
        let team: [TeamMemberBody]
    }

    struct StageRequest: Decodable {
        let stage: ProjectStage
    }

    struct CreateMilestoneRequest: Decodable {
        let title: String
        let ownerRole: TeamRole
        let dueOn: CalendarDate
        let status: MilestoneStatus?
    }

    struct EditMilestoneRequest: Decodable {
        let title: String?
        let ownerRole: TeamRole?
        let dueOn: CalendarDate?
        let status: MilestoneStatus?
    }

    struct AdoptionRequest: Decodable {
        let cityId: CityID
        let adoptedOn: CalendarDate?
    }
}
