import Registry

/// Accelerator cohorts: Union staff admit projects, match mentors, certify and seal;
/// mentors and team leads log consultations and each confirm them; anyone reads,
/// and anyone fetches a certificate to check offline.
enum AcceleratorRoutes {
    static let smallBody = 8 * 1024
    static let proposalQuery = [
        RouteDocumentation.QueryParameter("weekly_hours", type: "integer",
                                          description: "The weekly hours the mentor must have left (default 4)."),
    ]

    static func routes(accelerators: Accelerators, events: Events, projects: Projects,
                       operations: AcceleratorOperations, seal: Operation<EventID, Event>) -> [Route] {
        [
            Route(.get, "/api/v1/accelerators/{event_id}", operationID: "getAccelerator",
                  summary: "A cohort and its completion rule", tag: "accelerators", action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "Accelerator", errors: [.notFound])) { context in
                let found = try await cohort(context, events)
                return try .json(AcceleratorBodies.CohortView(
                    event: EventBodies.EventView(found),
                    settings: AcceleratorBodies.SettingsView(try await accelerators.settings(of: found.id))))
            },
            Route(.put, "/api/v1/accelerators/{event_id}/settings", running: operations.configure,
                  summary: "Set the hours and milestones a project needs to be certified (Union staff)", tag: "accelerators",
                  access: .roles([.unionStaff]), bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "AcceleratorSettings", response: "AcceleratorSettings",
                                                    errors: [.notFound, .conflict]),
                  input: { context in
                      let found = try await cohort(context, events)
                      let body = try JSONBodyDecoder.decode(AcceleratorBodies.SettingsRequest.self, from: context.request)
                      return .init(record: found.id, value: AcceleratorSettings(requiredHours: body.requiredHours,
                                                                                requiredMilestones: body.requiredMilestones))
                  },
                  respond: { try .json(AcceleratorBodies.SettingsView($0)) }),
            Route(.get, "/api/v1/accelerators/{event_id}/projects", operationID: "listCohortProjects",
                  summary: "A cohort's projects with their confirmed hours", tag: "accelerators", action: .readEvents,
                  access: .anyone,
                  documentation: RouteDocumentation(response: "CohortProjectPage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                let found = try await cohort(context, events)
                return try .json(try Page.of(try await accelerators.projects(of: found.id), request: context.request,
                                             id: \.projectID.rawValue, view: AcceleratorBodies.CohortProjectView.init))
            },
            Route(.post, "/api/v1/accelerators/{event_id}/projects", running: operations.admit,
                  summary: "Admit a selected project to a cohort, moving it to accelerating (Union staff)", tag: "accelerators",
                  access: .roles([.unionStaff]), bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "AdmitCohortProjectRequest", response: "CohortProject",
                                                    success: .created, errors: [.notFound, .conflict]),
                  input: { context in
                      let found = try await cohort(context, events)
                      let body = try JSONBodyDecoder.decode(AcceleratorBodies.AdmitRequest.self, from: context.request)
                      return .init(record: found.id, value: .init(project: body.projectId, needs: body.needs ?? []))
                  },
                  respond: { try .json(AcceleratorBodies.CohortProjectView($0), status: .created) }),
            Route(.get, "/api/v1/accelerators/{event_id}/projects/{project_id}/mentor-proposals",
                  operationID: "proposeMentors",
                  summary: "Mentors whose competencies meet the project's direction and needs, within their weekly hours (Union staff)",
                  tag: "accelerators", action: .manageEvents, access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(response: "MentorProposalPage", query: PageDocumentation.query + proposalQuery,
                                                    errors: [.notFound])) { context in
                let found = try await cohort(context, events)
                let hours = try weeklyHours(try QueryParameters(context.request)["weekly_hours"])
                let proposals = try await accelerators.proposals(for: try projectID(context), in: found.id, weeklyHours: hours)
                return try .json(try Page.of(proposals, request: context.request, id: \.mentorID.rawValue,
                                             view: AcceleratorBodies.ProposalView.init))
            },
            Route(.get, "/api/v1/accelerators/{event_id}/projects/{project_id}/mentors", operationID: "listMentorMatches",
                  summary: "The mentors confirmed for a project", tag: "accelerators", action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "MentorMatchPage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                let found = try await cohort(context, events)
                return try .json(try Page.of(try await accelerators.matches(of: try projectID(context), in: found.id),
                                             request: context.request, id: \.mentorID.rawValue,
                                             view: AcceleratorBodies.MatchView.init))
            },
            Route(.post, "/api/v1/accelerators/{event_id}/projects/{project_id}/mentors", running: operations.match,
                  summary: "Confirm a mentor for a project, committing weekly hours (Union staff)", tag: "accelerators",
                  access: .roles([.unionStaff]), bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "MentorMatchRequest", response: "MentorMatch", success: .created,
                                                    errors: [.notFound, .conflict]),
                  input: { context in
                      let found = try await cohort(context, events)
                      let body = try JSONBodyDecoder.decode(AcceleratorBodies.MatchRequest.self, from: context.request)
                      return .init(record: found.id, value: .init(project: try projectID(context), mentor: body.mentorId,
                                                                  weeklyHours: body.weeklyHours ?? MentorMatch.standardWeeklyHours))
                  },
                  respond: { try .json(AcceleratorBodies.MatchView($0), status: .created) }),
            Route(.get, "/api/v1/accelerators/{event_id}/projects/{project_id}/consultations", operationID: "listConsultations",
                  summary: "A project's consultations by day, confirmed or not", tag: "accelerators", action: .readEvents,
                  access: .anyone,
                  documentation: RouteDocumentation(response: "ConsultationPage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                let found = try await cohort(context, events)
                return try .json(try Page.of(try await accelerators.consultations(of: try projectID(context), in: found.id),
                                             request: context.request, id: \.id.rawValue,
                                             view: AcceleratorBodies.ConsultationView.init))
            },
            Route(.post, "/api/v1/accelerators/{event_id}/projects/{project_id}/consultations", running: operations.log,
                  summary: "Log a consultation, unconfirmed (its mentor, the project's lead, or Union staff)", tag: "accelerators",
                  access: .signedIn, bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "ConsultationRequest", response: "Consultation", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let found = try await cohort(context, events)
                      let body = try JSONBodyDecoder.decode(AcceleratorBodies.ConsultationRequest.self, from: context.request)
                      let draft = ConsultationDraft(mentorID: body.mentorId, heldOn: body.heldOn, hours: body.hours, topic: body.topic)
                      return .init(cohort: found.id, project: try await requireProject(try projectID(context), projects), draft: draft)
                  },
                  respond: { logged in try .json(AcceleratorBodies.ConsultationView(logged), status: .created) }),
            Route(.post, "/api/v1/accelerators/{event_id}/consultations/{consultation_id}/confirmations", running: operations.confirm,
                  summary: "Confirm a consultation as its mentor or as the project's lead; it counts once both have", tag: "accelerators",
                  access: .signedIn,
                  documentation: RouteDocumentation(response: "Consultation", errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let found = try await cohort(context, events)
                      let consultation = try await context.record("consultation_id", notFound: noSuchConsultation) {
                          try await accelerators.consultation($0, in: found.id)
                      }
                      return .init(cohort: found.id, consultation: consultation)
                  },
                  respond: { confirmed in try .json(AcceleratorBodies.ConsultationView(confirmed)) }),
            Route(.post, "/api/v1/accelerators/{event_id}/projects/{project_id}/completion", running: operations.complete,
                  summary: "Certify a project that meets the cohort's rule, moving it to accelerated (Union staff)",
                  tag: "accelerators", access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(response: "CohortProject", errors: [.notFound, .conflict]),
                  input: { context in .init(record: try await cohort(context, events).id, value: try projectID(context)) },
                  respond: { try .json(AcceleratorBodies.CohortProjectView($0)) }),
            Route(.get, "/api/v1/accelerators/{event_id}/projects/{project_id}/certificate", operationID: "getCertificate",
                  summary: "A project's certificate: canonical JSON with the signed entry, its inclusion proof and a checkpoint",
                  tag: "accelerators", action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "AcceleratorCertificate", errors: [.notFound])) { context in
                let found = try await cohort(context, events)
                let certificate = try await accelerators.certificate(for: try projectID(context), in: found.id)
                return HTTPResponse(contentType: "application/json", body: try certificate.document())
            },
            Route(.post, "/api/v1/accelerators/{event_id}/trainings", running: operations.recordTraining,
                  summary: "Record a member's facilitation training, entering it in the registry of facilitators (Union staff)",
                  tag: "accelerators", access: .roles([.unionStaff]), bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "FacilitationTrainingRequest", response: "FacilitatorRecord",
                                                    success: .created, errors: [.notFound, .conflict]),
                  input: { context in
                      let found = try await cohort(context, events)
                      let body = try JSONBodyDecoder.decode(AcceleratorBodies.TrainingRequest.self, from: context.request)
                      return .init(record: found.id, value: .init(member: body.memberId, completedOn: body.completedOn))
                  },
                  respond: { try .json(ProfileBodies.FacilitatorRecordView($0), status: .created) }),
            Route(.post, "/api/v1/accelerators/{event_id}/seal", running: seal,
                  summary: "Seal a closed cohort with each project's confirmed hours and certificate (Union staff)",
                  tag: "accelerators", access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(response: "Event", errors: [.notFound, .conflict]),
                  input: { context in try await cohort(context, events).id }, respond: { try .json(EventBodies.EventView($0)) }),
        ]
    }

    /// The cohort in the path.
    private static func cohort(_ context: RequestContext, _ events: Events) async throws -> Event {
        try await context.event(.accelerator, in: events, notFound: "No such accelerator cohort.")
    }

    /// What a consultation id that names none of the cohort's consultations is told, in a path or a form.
    static let noSuchConsultation = "No such consultation in this cohort."

    /// The project in the path.
    private static func projectID(_ context: RequestContext) throws -> ProjectID {
        try context.parameter("project_id", notFound: "No such project.")
    }

    static func requireProject(_ id: ProjectID, _ projects: Projects) async throws -> Project {
        guard let project = try await projects.project(id: id) else { throw APIError.notFound(detail: "No such project.") }
        return project
    }

    private static func weeklyHours(_ text: String?) throws(APIError) -> Int {
        guard let text else { return MentorMatch.standardWeeklyHours }
        guard let hours = Int(text), MentorProfile.weeklyHoursRange.contains(hours) else {
            throw .validation([.init(pointer: "/weekly_hours", detail: "weekly_hours must be a whole number from 1 to 60.")])
        }
        return hours
    }
}
