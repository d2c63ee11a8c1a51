import Registry

/// The resident's own pages: their ideas and projects with the form to put an idea
/// forward outside a Game (its text's SHA-256 optionally deposited as the idea's IP, the
/// receipt linked once made), and a lead's workspace for one project: the team, the MVP
/// plan and who sees its cap table. The operations and the policy are those of the
/// projects, IP and cap table APIs.
enum ResidentPages {
    static func routes(node: Node, operations: ProjectOperations, capTables: CapTableOperations) -> [Route] {
        let ideas: PageForm.Render = { context, layout, problem in try await ideasPage(context, layout, node: node, problem: problem) }
        let workspace: PageForm.Render = { context, layout, problem in
            try await workspacePage(context, layout, node: node, problem: problem)
        }
        let back: @Sendable (RequestContext) throws -> String = { "/my/projects/\(try $0.parameter("project_id"))" }
        return [
            PageRoutes.page("/my/ideas", operationID: "myIdeasPage", summary: "The signed-in member's ideas and projects; submit an idea",
                            action: .readOwnAccount, access: .signedIn) { context, layout in
                try await ideas(context, layout, nil)
            },
            PageForm.route("/my/ideas", operationID: "myIdeaFormSubmit",
                           summary: "Start a project from an idea, optionally depositing its text's SHA-256 as IP (admitted members)",
                           running: operations.create, render: ideas,
                           input: { _, fields in .init(draft: try IdeaForm.draft(fields), depositing: IdeaForm.contentHash(fields)) },
                           then: { _, created in created.1.map { "/my/ideas?deposited=\($0.id)" } ?? "/my/ideas" }),
            PageRoutes.page("/my/projects/{project_id}", operationID: "projectWorkspacePage",
                            summary: "A project's workspace for its lead: team and MVP plan", action: .readOwnAccount, access: .signedIn) {
                context, layout in
                try await workspace(context, layout, nil)
            },
            PageForm.route("/my/projects/{project_id}/team", operationID: "projectTeamFormSubmit",
                           summary: "Add a member to a project's team with a role, or remove one (its lead or Union staff)",
                           running: operations.setTeam, render: workspace, input: { context, fields in
                               let project = try await ProjectRoutes.project(context, node.projects)
                               var team = project.team
                               if let removed = fields["remove"] {
                                   team.removeAll { $0.memberID.rawValue == removed }
                               } else {
                                   let member = try PageFields.value(fields["member_id"], field: "member_id", as: MemberID.self)
                                   team.removeAll { $0.memberID == member }
                                   team.append(TeamMember(memberID: member, role: try PageFields.value(fields["role"], field: "role")))
                               }
                               return .init(record: project, value: team)
                           }, then: { context, _ in try back(context) }),
            PageForm.route("/my/projects/{project_id}/milestones", operationID: "addMilestoneFormSubmit",
                           summary: "Add a milestone to a project's MVP plan (its lead or Union staff)",
                           running: operations.addMilestone, render: workspace, input: { context, fields in
                               let project = try await ProjectRoutes.project(context, node.projects)
                               let owner = try PageFields.value(fields["owner_role"], field: "owner_role", as: TeamRole.self)
                               let due = try PageFields.value(fields["due_on"], field: "due_on", as: CalendarDate.self)
                               return .init(record: project, value: MilestoneDraft(title: fields["title"] ?? "", ownerRole: owner, dueOn: due))
                           }, then: { context, _ in try back(context) }),
            PageForm.route("/my/projects/{project_id}/cap-table-visibility", operationID: "capTableVisibilityFormSubmit",
                           summary: "Choose what the public sees of a project's cap table (its lead or Union staff)",
                           running: capTables.setVisibility, render: workspace, input: { context, fields in
                               .init(record: try await ProjectRoutes.project(context, node.projects),
                                     value: try PageFields.value(fields["visibility"], field: "visibility"))
                           }, then: { context, _ in try back(context) }),
            PageForm.route("/my/projects/{project_id}/milestones/{milestone_id}", operationID: "milestoneStatusFormSubmit",
                           summary: "Change the status of a milestone of a project's MVP plan (its lead or Union staff)",
                           running: operations.editMilestone, render: workspace, input: { context, fields in
                               let project = try await ProjectRoutes.project(context, node.projects)
                               let status = try PageFields.value(fields["status"], field: "status", as: MilestoneStatus.self)
                               return .init(record: project, value: (try ProjectRoutes.milestoneID(context), MilestoneChanges(status: status)))
                           }, then: { context, _ in try back(context) }),
        ]
    }

    private static func ideasPage(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let member = try await node.members.member(account: AccountID(unchecked: try context.signedIn.accountID))
        let query = try QueryParameters(context.request)
        var body: [HTML] = [.tag("h1", [], .text(language(.myIdeas)))]
        if let problem { body.append(.tag("p", [("class", "error"), ("role", "alert")], .text(problem))) }
        // The page says that the idea is registered (`?done=`); a deposit adds the way to its receipt.
        if let asset = query["deposited"].flatMap(IPAssetID.init(rawValue:)) {
            body.append(.tag("p", [], .tag("a", [("href", "/verify?receipt=\(asset)")], .text(language(.depositReceipt)))))
        }
        body.append(try await myProjects(member, node: node, language: language))
        if member != nil {
            body.append(IdeaForm(action: "/my/ideas", towns: try await node.cities.all(), csrf: PageForm.csrfField(context), language: language).html)
        }
        return layout.page(title: "\(language(.myIdeas)) — Glocal", body: body)
    }

    /// The projects whose team the member is on, with its role in each; those it leads link to their workspace.
    private static func myProjects(_ member: Member?, node: Node, language: Language) async throws -> HTML {
        guard let member else { return .tag("p", [("class", "muted")], .text(language(.noneYet))) }
        let projects = try await node.projects.projects(ProjectFilter(memberID: member.id), matching: nil,
                                                        page: try PageRequest(limit: PageRequest.maximumLimit)).items
        guard !projects.isEmpty else { return .tag("p", [("class", "muted")], .text(language(.noneYet))) }
        return .tag("ul", [], children: projects.map { project in
            let role = project.team.first { $0.memberID == member.id }?.role
            let codes = CodeNames(language: language)
            return .tag("li", [], .tag("a", [("href", "/projects/\(project.id)")], .text(project.title)),
                        .text(" — \(codes.stage(project.stage)), \(language(.myRole)): \(role.map(codes.teamRole) ?? "")"),
                        role == .lead ? .group([.text(" · "), .tag("a", [("href", "/my/projects/\(project.id)")], .text(language(.openWorkspace)))])
                            : .group([]))
        })
    }

    private static func workspacePage(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let project = try await ProjectRoutes.project(context, node.projects)
        try Policy.require(context.actor, .planProject, on: .project(leadAccountID: try await ProjectRoutes.leadAccount(of: project, node.members)))
        let milestones = try await node.projects.milestones(of: project.id)
        let csrf = PageForm.csrfField(context)
        let path = "/my/projects/\(project.id)"
        let codes = CodeNames(language: language)
        func options<Value: RawRepresentable & CaseIterable & Equatable>(_ type: Value.Type, selected: Value?,
                                                                          named name: (Value) -> String) -> [HTML]
        where Value.RawValue == String {
            Value.allCases.map { value in
                .tag("option", [("value", value.rawValue)] + (value == selected ? [("selected", "selected")] : []), .text(name(value)))
            }
        }
        // Who may join: the admitted members of the project's town not yet on its team, by name.
        let onTeam = Set(project.team.map(\.memberID))
        let candidates = try await node.members.all(status: .admitted)
            .filter { $0.cityID == project.cityID && !onTeam.contains($0.id) && !$0.isErased }
        let names = try await PartyNames.load(project.team.map(\.memberID.rawValue) + candidates.map(\.id.rawValue),
                                              node: node, layout: layout)
        let choices = candidates.map { ($0.id, names.name($0.id)) }.sorted { $0.1 < $1.1 }
        var body: [HTML] = [
            layout.breadcrumbs([(language(.account), "/account"), (language(.myIdeas), "/my/ideas")], here: project.title),
            .tag("h1", [], .text("\(language(.workspace)): \(project.title)")),
            .tag("p", [], .tag("a", [("href", "/projects/\(project.id)")], .text(language(.publicPage)))),
        ]
        if let problem { body.append(.tag("p", [("class", "error"), ("role", "alert")], .text(problem))) }
        let visibility = try await node.capTables.visibility(of: project.id)
        body += [
            .tag("h2", [], .text(language(.capTableVisibility))),
            .tag("form", [("method", "post"), ("action", "\(path)/cap-table-visibility")], children: csrf + [
                .tag("p", [], .tag("label", [("for", "visibility")], .text(language(.capTableShownToPublic))),
                     .tag("select", [("id", "visibility"), ("name", "visibility")], children: CapTableVisibility.allCases.map { value in
                         .tag("option", [("value", value.rawValue)] + (value == visibility ? [("selected", "selected")] : []),
                              .text(language(value.phrase)))
                     })),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.saveProfile)))),
            ]),
        ]
        body.append(.tag("h2", [], .text(language(.teamRoles))))
        body.append(.tag("ul", [], children: project.team.map { place in
            .tag("li", [], names.link(place.memberID), .text(" — \(codes.teamRole(place.role))"),
                 .tag("form", [("method", "post"), ("action", "\(path)/team"), ("class", "inline")], children: csrf + [
                     .tag("input", [("type", "hidden"), ("name", "remove"), ("value", place.memberID.rawValue)]),
                     .tag("button", [("type", "submit")], .text(language(.removeFromTeam))),
                 ]))
        }))
        body.append(.tag("form", [("method", "post"), ("action", "\(path)/team")], children: csrf + [
            .tag("h3", [], .text(language(.addToTeam))),
            .tag("label", [("for", "member_id")], .text(language(.teamMember))),
            .tag("select", [("id", "member_id"), ("name", "member_id"), ("required", "required")],
                 children: [.tag("option", [("value", "")], .text(language(.chooseMember)))]
                    + choices.map { .tag("option", [("value", $0.0.rawValue)], .text($0.1)) }),
            .tag("label", [("for", "role")], .text(language(.role))),
            .tag("select", [("id", "role"), ("name", "role")], children: options(TeamRole.self, selected: .member, named: codes.teamRole)),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.addToTeam)))),
        ]))
        body.append(.tag("h2", [], .text(language(.mvpPlan))))
        let plan: [HTML] = milestones.map { milestone in
            let id = "status-\(milestone.id)"
            return .tag("li", [], .text("\(format.date(milestone.dueOn)) — \(milestone.title) (\(codes.teamRole(milestone.ownerRole)), \(codes.milestoneStatus(milestone.status)))"),
                        .tag("form", [("method", "post"), ("action", "\(path)/milestones/\(milestone.id)"), ("class", "inline")], children: csrf + [
                            .tag("label", [("for", id)], .text(language(.status))),
                            .tag("select", [("id", id), ("name", "status")], children: options(MilestoneStatus.self, selected: milestone.status, named: codes.milestoneStatus)),
                            .tag("button", [("type", "submit")], .text(language(.changeStatus))),
                        ]))
        }
        body.append(plan.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: plan))
        body.append(.tag("form", [("method", "post"), ("action", "\(path)/milestones")], children: csrf + [
            .tag("h3", [], .text(language(.addMilestone))),
            .tag("label", [("for", "milestone-title")], .text(language(.milestone))),
            .tag("input", [("id", "milestone-title"), ("name", "title"), ("required", "required"), ("maxlength", "300")]),
            .tag("label", [("for", "owner_role")], .text(language(.ownerRole))),
            .tag("select", [("id", "owner_role"), ("name", "owner_role")], children: options(TeamRole.self, selected: .lead, named: codes.teamRole)),
            .tag("label", [("for", "due_on")], .text(language(.dueOn))),
            .tag("input", [("id", "due_on"), ("name", "due_on"), ("type", "date"), ("required", "required")]),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.addMilestone)))),
        ]))
        return layout.page(title: "\(project.title) — Glocal", body: body)
    }
}

extension CapTableVisibility {
    /// What the public sees, in the catalogue's words.
    var phrase: Phrase {
        switch self {
        case .summary: .visibilitySummary
        case .holders: .visibilityHolders
        case .full: .visibilityFull
        }
    }
}
