import Registry

/// The registry of projects: their teams, stages, MVP plans and adoptions by other towns.
/// Anyone reads; an admitted member starts a project and leads it; its lead (or Union
/// staff) edits it, its team and its plan; only Union staff move stages and record
/// adoptions.
enum ProjectRoutes {
    static let smallBody = 8 * 1024
    static let textBody = 32 * 1024

    static let listQuery = PageDocumentation.searchable + [
        RouteDocumentation.QueryParameter("city_id", type: "string", description: "Only projects of this home city."),
        RouteDocumentation.QueryParameter("direction", type: "string", description: "Only projects in this direction (case-insensitive)."),
        RouteDocumentation.QueryParameter("stage", type: "string", description: "Only projects at this stage."),
        RouteDocumentation.QueryParameter("member_id", type: "string", description: "Only projects whose team this member is on."),
    ]

    static func routes(projects: Projects, members: Members, operations: ProjectOperations) -> [Route] {
        [
            Route(.get, "/api/v1/projects", operationID: "listProjects",
                  summary: "Projects, optionally filtered and searched; oldest first without a search",
                  tag: "projects", action: .readProjects, access: .anyone,
                  documentation: RouteDocumentation(response: "ProjectPage", query: listQuery)) { context in
                let query = try QueryParameters(context.request)
                let filter = ProjectFilter(
                    cityID: try query.value("city_id"), direction: query["direction"],
                    stage: try query.value("stage"),
                    memberID: try query.value("member_id"))
                let page = try await projects.projects(filter, matching: try context.request.searchQuery(),
                                                       page: try context.request.pageRequest())
                return try .json(Page.from(page, view: ProjectBodies.ProjectView.init))
            },
            Route(.post, "/api/v1/projects", running: operations.create,
                  summary: "Start a project led by the signed-in account's member (admitted members only)", tag: "projects",
                  access: .signedIn, bodyLimit: textBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CreateProjectRequest", response: "Project", success: .created,
                                                    errors: [.forbidden, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(ProjectBodies.CreateProjectRequest.self, from: context.request)
                      return .init(draft: ProjectDraft(title: body.title, summary: body.summary, direction: body.direction,
                                                       cityID: body.cityId), depositing: nil)
                  },
                  respond: { created in try .json(ProjectBodies.ProjectView(created.0), status: .created) }),
            Route(.get, "/api/v1/projects/{project_id}", operationID: "getProject", summary: "A project", tag: "projects",
                  action: .readProjects, access: .anyone,
                  documentation: RouteDocumentation(response: "Project", errors: [.notFound])) { context in
                try .json(ProjectBodies.ProjectView(try await project(context, projects)))
            },
            Route(.patch, "/api/v1/projects/{project_id}", running: operations.edit,
                  summary: "Edit a project's title, summary or direction (its lead or Union staff)", tag: "projects",
                  access: .signedIn, bodyLimit: textBody,
                  documentation: RouteDocumentation(request: "EditProjectRequest", response: "Project", errors: [.forbidden, .notFound]),
                  input: { context in
                      let found = try await project(context, projects)
                      let body = try JSONBodyDecoder.decode(ProjectBodies.EditProjectRequest.self, from: context.request)
                      return .init(record: found, value: ProjectChanges(title: body.title, summary: body.summary, direction: body.direction))
                  },
                  respond: { try .json(ProjectBodies.ProjectView($0)) }),
            Route(.put, "/api/v1/projects/{project_id}/team", running: operations.setTeam,
                  summary: "Replace a project's team: exactly one lead, admitted members only (its lead or Union staff)",
                  tag: "projects", access: .signedIn, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "TeamRequest", response: "Project", errors: [.forbidden, .notFound]),
                  input: { context in
                      let found = try await project(context, projects)
                      let body = try JSONBodyDecoder.decode(ProjectBodies.TeamRequest.self, from: context.request)
                      return .init(record: found, value: body.team.map { TeamMember(memberID: $0.memberId, role: $0.role) })
                  },
                  respond: { try .json(ProjectBodies.ProjectView($0)) }),
            Route(.put, "/api/v1/projects/{project_id}/stage", running: operations.moveStage,
                  summary: "Move a project to its next stage, or close it", tag: "projects",
                  access: .roles([.unionStaff]), bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "StageRequest", response: "Project", errors: [.notFound, .conflict]),
                  input: { context in
                      let found = try await project(context, projects)
                      let body = try JSONBodyDecoder.decode(ProjectBodies.StageRequest.self, from: context.request)
                      return .init(record: found, value: body.stage)
                  },
                  respond: { try .json(ProjectBodies.ProjectView($0)) }),
            Route(.get, "/api/v1/projects/{project_id}/milestones", operationID: "listMilestones",
                  summary: "A project's MVP plan, by due date", tag: "projects", action: .readProjects, access: .anyone,
                  documentation: RouteDocumentation(response: "MilestonePage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                let found = try await project(context, projects)
                return try .json(try Page.of(try await projects.milestones(of: found.id), request: context.request,
                                             id: \.id.rawValue, view: ProjectBodies.MilestoneView.init))
            },
            Route(.post, "/api/v1/projects/{project_id}/milestones", running: operations.addMilestone,
                  summary: "Add a milestone to a project's MVP plan (its lead or Union staff)", tag: "projects",
                  access: .signedIn, bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CreateMilestoneRequest", response: "Milestone", success: .created,
                                                    errors: [.forbidden, .notFound]),
                  input: { context in
                      let found = try await project(context, projects)
                      let body = try JSONBodyDecoder.decode(ProjectBodies.CreateMilestoneRequest.self, from: context.request)
                      return .init(record: found, value: MilestoneDraft(title: body.title, ownerRole: body.ownerRole, dueOn: body.dueOn,
                                                                        status: body.status ?? .planned))
                  },
                  respond: { try .json(ProjectBodies.MilestoneView($0), status: .created) }),
            Route(.patch, "/api/v1/projects/{project_id}/milestones/{milestone_id}", running: operations.editMilestone,
                  summary: "Change a milestone of a project's MVP plan (its lead or Union staff)", tag: "projects",
                  access: .signedIn, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "EditMilestoneRequest", response: "Milestone", errors: [.forbidden, .notFound]),
                  input: { context in
                      let found = try await project(context, projects)
                      let id = try milestoneID(context)
                      let body = try JSONBodyDecoder.decode(ProjectBodies.EditMilestoneRequest.self, from: context.request)
                      let changes = MilestoneChanges(title: body.title, ownerRole: body.ownerRole, dueOn: body.dueOn, status: body.status)
                      return .init(record: found, value: (id, changes))
                  },
                  respond: { try .json(ProjectBodies.MilestoneView($0)) }),
            Route(.get, "/api/v1/projects/{project_id}/adoptions", operationID: "listAdoptions",
                  summary: "The towns that adopted a project", tag: "projects", action: .readProjects, access: .anyone,
                  documentation: RouteDocumentation(response: "AdoptionPage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                let found = try await project(context, projects)
                return try .json(try Page.of(try await projects.adoptions(of: found.id), request: context.request,
                                             id: \.cityID.rawValue, view: ProjectBodies.AdoptionView.init))
            },
            Route(.post, "/api/v1/projects/{project_id}/adoptions", operationID: "recordAdoption",
                  summary: "Record that another town adopted a project (an operating project becomes scaled)",
                  tag: "projects", action: .recordAdoption, access: .roles([.unionStaff]), bodyLimit: smallBody,
                  idempotentCreate: true,
                  documentation: RouteDocumentation(request: "AdoptionRequest", response: "Adoption", success: .created,
                                                    errors: [.notFound, .conflict])) { context in
                let found = try await project(context, projects)
                let body = try JSONBodyDecoder.decode(ProjectBodies.AdoptionRequest.self, from: context.request)
                return try await IdempotentAnswer.respond(with: { try .json(ProjectBodies.AdoptionView($0), status: .created) }) {
                    try await projects.adopt(found.id, by: body.cityId, on: body.adoptedOn)
                }
            },
        ]
    }

    /// The project in the path.
    static func project(_ context: RequestContext, _ projects: Projects) async throws -> Project {
        try await context.record("project_id", notFound: "No such project.") { try await projects.project(id: $0) }
    }

    /// The milestone in the path.
    static func milestoneID(_ context: RequestContext) throws -> MilestoneID {
        try context.parameter("milestone_id", notFound: "No such milestone.")
    }

    /// The account of the project's lead, nil when the lead has no login.
    static func leadAccount(of project: Project, _ members: Members) async throws -> String? {
        guard let lead = project.lead else { return nil }
        return try await members.member(id: lead)?.accountID?.rawValue
    }
}
