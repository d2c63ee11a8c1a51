import Registry

/// Union staff run an accelerator cohort from one page (`/staff/accelerators/{id}`): the
/// rule a project must meet to be certified; the selected projects to admit with the needs
/// their mentors should meet; for each admitted project its mentors, the mentors whose
/// competencies meet its direction and needs with the weekly hours each has left, and the
/// weekly hours to commit (a mentor's week never holds more than the hours the profile
/// offers); certification once the rule is met; and facilitation training that enters a
/// member in the registry of facilitators. Each form runs the operation its JSON route runs.
enum AcceleratorDeskPages {
    static func routes(node: Node, operations: AcceleratorOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        let staff = Access.roles([.unionStaff])
        let path = "/staff/accelerators/{event_id}"
        let back: @Sendable (RequestContext) throws -> String = { "/staff/accelerators/\(try $0.parameter("event_id"))" }
        return [
            PageRoutes.page(path, operationID: "acceleratorDeskPage",
                            summary: "Run a cohort: its rule, projects, mentors within their hours, certificates and trainings",
                            action: .manageEvents, access: staff) { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route(path + "/settings", operationID: "acceleratorSettingsFormSubmit",
                           summary: "Set the hours and milestones a project needs to be certified (Union staff)",
                           running: operations.configure, access: staff, render: render, input: { context, fields in
                               .init(record: try await cohort(context, node: node).id, value: AcceleratorSettings(
                                   requiredHours: try PageFields.value(fields["required_hours"], field: "required_hours", as: Int.self),
                                   requiredMilestones: try PageFields.value(fields["required_milestones"], field: "required_milestones", as: Int.self)))
                           }, then: { context, _ in try back(context) }),
            PageForm.route(path + "/projects", operationID: "admitCohortProjectFormSubmit",
                           summary: "Admit a selected project to the cohort with its needs (Union staff)",
                           running: operations.admit, access: staff, render: render, input: { context, fields in
                               .init(record: try await cohort(context, node: node).id,
                                     value: .init(project: try PageFields.value(fields["project_id"], field: "project_id"),
                                                  needs: PageFields.tags(fields["needs"])))
                           }, then: { context, _ in try back(context) }),
            PageForm.route(path + "/mentors", operationID: "mentorMatchFormSubmit",
                           summary: "Confirm a mentor for a project of the cohort, committing weekly hours (Union staff)",
                           running: operations.match, access: staff, render: render, input: { context, fields in
                               .init(record: try await cohort(context, node: node).id,
                                     value: .init(project: try PageFields.value(fields["project_id"], field: "project_id"),
                                                  mentor: try PageFields.value(fields["mentor_id"], field: "mentor_id"),
                                                  weeklyHours: try PageFields.value(fields["weekly_hours"], field: "weekly_hours", as: Int.self)))
                           }, then: { context, _ in try back(context) }),
            PageForm.route(path + "/completions", operationID: "completeCohortProjectFormSubmit",
                           summary: "Certify a project of the cohort that meets its rule (Union staff)",
                           running: operations.complete, access: staff, render: render, input: { context, fields in
                               .init(record: try await cohort(context, node: node).id,
                                     value: try PageFields.value(fields["project_id"], field: "project_id"))
                           }, then: { context, _ in try back(context) }),
            PageForm.route(path + "/trainings", operationID: "facilitationTrainingFormSubmit",
                           summary: "Record a member's facilitation training (Union staff)",
                           running: operations.recordTraining, access: staff, render: render, input: { context, fields in
                               .init(record: try await cohort(context, node: node).id,
                                     value: .init(member: try PageFields.value(fields["member_id"], field: "member_id"),
                                                  completedOn: try PageFields.value(fields["completed_on"], field: "completed_on")))
                           }, then: { context, _ in try back(context) }),
        ]
    }

    private static func cohort(_ context: RequestContext, node: Node) async throws -> Event {
        try await context.event(.accelerator, in: node.events, notFound: "No such accelerator cohort.")
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let event = try await cohort(context, node: node)
        let settings = try await node.accelerators.settings(of: event.id)
        let entries = try await node.accelerators.projects(of: event.id)
        let selected = try await node.projects.projects(ProjectFilter(stage: .selected))
        let admitted = try await node.members.all(status: .admitted)
        var projects: [ProjectID: Project] = [:]
        var matches: [ProjectID: [MentorMatch]] = [:]
        var proposals: [ProjectID: [MentorProposal]] = [:]
        for entry in entries {
            projects[entry.projectID] = try await node.projects.project(id: entry.projectID)
            matches[entry.projectID] = try await node.accelerators.matches(of: entry.projectID, in: event.id)
            if entry.certifiedOn == nil {
                proposals[entry.projectID] = try await node.accelerators.proposals(for: entry.projectID, in: event.id, weeklyHours: 1)
            }
        }
        let mentorIDs = matches.values.flatMap { $0.map(\.mentorID.rawValue) } + proposals.values.flatMap { $0.map(\.mentorID.rawValue) }
        let names = try await PartyNames.load(mentorIDs, node: node, layout: layout)
        let csrf = PageForm.csrfField(context)
        let base = "/staff/accelerators/\(event.id)"
        let posted = context.request.method == .post ? FormBody.fields(of: context.request) : [:]
        func typed(_ name: String, _ kept: String) -> String { posted.isEmpty ? kept : posted[name] ?? "" }
        func form(_ segment: String, _ children: [HTML]) -> HTML {
            .tag("form", [("method", "post"), ("action", "\(base)/\(segment)")], children: csrf + children)
        }
        func field(_ id: String, _ label: String, _ input: HTML) -> HTML {
            .tag("p", [], .tag("label", [("for", id)], .text(label)), input)
        }
        func hidden(_ name: String, _ value: String) -> HTML {
            .tag("input", [("type", "hidden"), ("name", name), ("value", value)])
        }

        var body: [HTML] = [
            layout.breadcrumbs([(language(.eventDesk), EventDeskPages.path)], here: event.title),
            .tag("h1", [], .text(event.title)),
            .tag("p", [("class", "muted")], .text("\(language(.status)): \(language(event.status.phrase)) · "),
                 .tag("a", [("href", event.kind.pagePath(event.id))], .text(language(.publicPage)))),
            StaffContractPages.problemBeside(problem),
            .tag("h2", [], .text(language(.cohortRule))),
            form("settings", [
                field("required_hours", language(.requiredHours),
                      .tag("input", [("id", "required_hours"), ("name", "required_hours"), ("type", "number"), ("required", "required"),
                                     ("min", String(AcceleratorSettings.requiredHoursRange.lowerBound)),
                                     ("max", String(AcceleratorSettings.requiredHoursRange.upperBound)),
                                     ("value", typed("required_hours", String(settings.requiredHours)))])),
                field("required_milestones", language(.requiredMilestones),
                      .tag("input", [("id", "required_milestones"), ("name", "required_milestones"), ("type", "number"), ("required", "required"),
                                     ("min", String(AcceleratorSettings.requiredMilestonesRange.lowerBound)),
                                     ("max", String(AcceleratorSettings.requiredMilestonesRange.upperBound)),
                                     ("value", typed("required_milestones", String(settings.requiredMilestones)))])),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.saveSettings)))),
            ]),
            .tag("h2", [], .text(language(.cohort))),
        ]
        if entries.isEmpty { body.append(.tag("p", [("class", "muted")], .text(language(.noneYet)))) }
        for entry in entries {
            let id = entry.projectID
            let title = projects[id]?.title ?? id.rawValue
            var section: [HTML] = [
                .tag("h3", [], .tag("a", [("href", "/projects/\(id)")], .text(title))),
                .tag("p", [], .text("\(language(.confirmedHoursOf)): \(format.count(Int64(entry.confirmedHours), .hours)) / "
                                    + format.count(Int64(settings.requiredHours), .hours)
                                    + (entry.needs.isEmpty ? "" : " · \(language(.needs)): \(entry.needs.joined(separator: ", "))"))),
            ]
            let matched = matches[id] ?? []
            let mentorItems: [HTML] = matched.map { match in
                let hours = "\(format.count(Int64(match.weeklyHours), .hours)) \(language(.perWeek))"
                return .tag("li", [], names.link(match.mentorID.rawValue), .text(" — " + hours))
            }
            section.append(matched.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noMentorsYet))) : .tag("ul", [], children: mentorItems))
            if let certified = entry.certifiedOn {
                section.append(.tag("p", [], .text("\(language(.certified)): \(format.date(certified)) "),
                                    .tag("a", [("href", "/verify?receipt=\(event.id)/\(id)")], .text(language(.checkCertificate)))))
            } else {
                let offered = proposals[id] ?? []
                let prefix = "match-\(id)"
                if offered.isEmpty {
                    section.append(.tag("p", [("class", "muted")], .text(language(.noMentorProposals))))
                } else {
                    section.append(form("mentors", [
                        hidden("project_id", id.rawValue),
                        field("\(prefix)-mentor", language(.proposedMentor), .tag("select", [("id", "\(prefix)-mentor"), ("name", "mentor_id")],
                            children: offered.map { proposal in
                                .tag("option", [("value", proposal.mentorID.rawValue)],
                                     .text("\(names.name(proposal.mentorID)) — \(proposal.sharedTags.joined(separator: ", ")) — "
                                           + "\(language(.hoursLeft)): \(format.count(Int64(proposal.remainingWeeklyHours), .hours))"))
                            })),
                        field("\(prefix)-hours", language(.weeklyHours),
                              .tag("input", [("id", "\(prefix)-hours"), ("name", "weekly_hours"), ("type", "number"), ("min", "1"),
                                             ("max", "60"), ("required", "required"),
                                             ("value", String(MentorMatch.standardWeeklyHours))])),
                        .tag("p", [], .tag("button", [("type", "submit")], .text(language(.confirmMentor)))),
                    ]))
                }
                section.append(form("completions", [
                    hidden("project_id", id.rawValue),
                    .tag("button", [("type", "submit")], .text(language(.certifyProject))),
                ]))
            }
            body.append(.tag("section", [], children: section))
        }
        let admissible = selected.filter { projects[$0.id] == nil }
        body.append(.tag("h2", [], .text(language(.admitToCohort))))
        body.append(admissible.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noSelectedProjects))) : form("projects", [
            field("admit-project", language(.project), .tag("select", [("id", "admit-project"), ("name", "project_id")], children: admissible.map {
                .tag("option", [("value", $0.id.rawValue)] + ($0.id.rawValue == typed("project_id", "") ? [("selected", "selected")] : []), .text($0.title))
            })),
            field("admit-needs", language(.projectNeeds),
                  .tag("input", [("id", "admit-needs"), ("name", "needs"), ("value", typed("needs", ""))])),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.admitProject)))),
        ]))
        body.append(.tag("h2", [], .text(language(.facilitationTraining))))
        body.append(.tag("p", [("class", "muted")], .text(language(.facilitationTrainingLead))))
        guard event.status == .running || event.status == .closed else {
            body.append(.tag("p", [("class", "muted")], .text(language(.trainingWhileRunning))))
            return layout.page(title: "\(language(.cohortDesk)): \(event.title) — Glocal", body: body)
        }
        body.append(form("trainings", [
            field("training-member", language(.member), .tag("select", [("id", "training-member"), ("name", "member_id")], children: admitted.map {
                .tag("option", [("value", $0.id.rawValue)], .text($0.name ?? "—"))
            })),
            field("training-day", language(.trainingCompletedOn),
                  .tag("input", [("id", "training-day"), ("name", "completed_on"), ("type", "date"), ("required", "required"),
                                 ("value", typed("completed_on", ""))])),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.recordTraining)))),
        ]))
        return layout.page(title: "\(language(.cohortDesk)): \(event.title) — Glocal", body: body)
    }
}
