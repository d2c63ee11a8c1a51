import Registry

/// An investment session's page: the pitch agenda with what each project was pledged and
/// accepted, the pledges made, and what each reader may do with them — a registered
/// investor pledges equity at a valuation or money in tranches released by attested
/// milestones, and withdraws its own standing pledges while the session runs; a
/// project's lead (or Union staff) accepts a pledge. An investor also sees the projects
/// in the directions of its profile, to watch. Every form is the same registry call as
/// the matching `/api/v1/investment-sessions/…` route.
enum InvestmentPages {
    static func routes(node: Node, operations: InvestmentOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        let back: @Sendable (RequestContext) throws -> String = { "/investment-sessions/\(try $0.parameter("event_id"))" }
        return [
            PageRoutes.page("/investment-sessions/{event_id}", operationID: "investmentSessionPage",
                            summary: "A session's agenda, pledges and money; forms to pledge, withdraw and accept") { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route("/investment-sessions/{event_id}/pledges", operationID: "pledgeFormSubmit",
                           summary: "Pledge equity or tranches to a project on the agenda (a registered investor)",
                           running: operations.pledge, render: render,
                           input: { context, fields in
                               .init(event: try InvestmentSessionRoutes.eventID(context), draft: try InvestmentPledgeForms.draft(from: fields))
                           }, then: { context, _ in try back(context) }),
            PageForm.route("/investment-sessions/{event_id}/withdrawals", operationID: "withdrawPledgeFormSubmit",
                           summary: "Withdraw a standing pledge (its investor, while the session runs)", running: operations.withdraw,
                           render: render, input: { context, fields in try await pledge(fields, context: context, node: node) },
                           then: { context, _ in try back(context) }),
            PageForm.route("/investment-sessions/{event_id}/acceptances", operationID: "acceptPledgeFormSubmit",
                           summary: "Accept a pledge (the project's lead or Union staff)", running: operations.accept,
                           render: render, input: { context, fields in try await pledge(fields, context: context, node: node) },
                           then: { context, _ in try back(context) }),
        ]
    }

    /// The pledge a form names, of the session in the path.
    private static func pledge(_ fields: [String: String], context: RequestContext, node: Node) async throws -> Pledge {
        let event = try InvestmentSessionRoutes.eventID(context)
        return try await PageFields.record(fields["pledge_id"], field: "pledge_id",
                                           notFound: "No such pledge at this session.") { id in
            try await node.investmentSessions.pledge(id: id).flatMap { $0.eventID == event ? $0 : nil }
        }
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let event = try await context.event(.investmentSession, in: node.events, notFound: language(.notFound))
        let id = event.id
        let agenda = try await node.investmentSessions.agenda(of: id)
        let summary = try await node.investmentSessions.summary(of: id)
        let reader = try await InvestmentReader(context: context, node: node, event: id)
        let forms = InvestmentPledgeForms(event: id, language: language, csrf: PageForm.csrfField(context))
        let pledging = reader.investor != nil && event.status == .running
        var titles: [ProjectID: String] = [:]
        var teams: [ProjectID: [MemberID]] = [:]
        for slot in agenda {
            let project = try await node.projects.project(id: slot.projectID)
            titles[slot.projectID] = project?.title
            teams[slot.projectID] = project?.team.map(\.memberID) ?? []
        }
        let attesterNames = try await PartyNames.load(teams.values.joined().map(\.rawValue) + (reader.investor.map { [$0.rawValue] } ?? []),
                                                      node: node, layout: layout)
        var body: [HTML] = [.tag("h1", [], .text(language.titled(event.title, as: .investmentSession)))]
        if let problem { body.append(.tag("p", [("class", "error"), ("role", "alert")], .text(problem))) }
        // Kept live by /assets/session.js over the session's event stream; complete without it.
        body.append(.tag("p", [("data-stream", "/api/v1/investment-sessions/\(id)/summary/stream"), ("data-lang", language.rawValue),
                               ("aria-live", "polite")],
                         .text("\(language(.pledged)): "),
                         .tag("span", [("data-total", "pledged")], .text(format.money(kopecks: summary.pledged.value))),
                         .text(" · \(language(.accepted)): "),
                         .tag("span", [("data-total", "accepted")], .text(format.money(kopecks: summary.accepted.value)))))
        body.append(.tag("h2", [], .text(language(.agenda))))
        body.append(agenda.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ol", [], children: agenda.map { slot in
            let line = summary.projects.first { $0.projectID == slot.projectID }
            return .tag("li", [], children: [
                .text(String(slot.startsAt.rfc3339.dropFirst(11).prefix(5)) + " · "),
                .tag("a", [("href", "/projects/\(slot.projectID)")], .text(titles[slot.projectID] ?? slot.projectID.rawValue)),
                .text(" · \(language(.pledged)): "),
                .tag("span", [("data-project-pledged", slot.projectID.rawValue)], .text(format.money(kopecks: line?.pledged.value ?? 0))),
                pledging ? forms.pledgeForms(for: slot.projectID, investor: reader.investor,
                                             attesters: ((reader.investor.map { [$0] } ?? []) + (teams[slot.projectID] ?? []))
                                                 .map { ($0, attesterNames.name($0)) }) : .group([]),
            ])
        }))
        if pledging { body.append(.tag("p", [("class", "muted")], .text(language(.pledgeHint)))) }
        body.append(.tag("h2", [], .text(language(.pledges))))
        let names = try await PartyNames.load(reader.pledges.map(\.investor.rawValue), node: node, layout: layout)
        body.append(try await pledgeTable(reader: reader, status: event.status, titles: titles, names: names, forms: forms, format: format))
        if let investor = reader.investor {
            body.append(.tag("h2", [], .text(language(.projectsToWatch))))
            body.append(try await projectsToWatch(investor, node: node, language: language))
        }
        return layout.page(title: "\(event.title) — Glocal", body: body, scripts: event.status == .sealed ? [] : ["/assets/session.js"])
    }

    private static func pledgeTable(reader: InvestmentReader, status: EventStatus, titles: [ProjectID: String], names: PartyNames,
                                    forms: InvestmentPledgeForms, format: PageFormat) async throws -> HTML {
        let language = format.language
        guard !reader.pledges.isEmpty else { return .tag("p", [("class", "muted")], .text(language(.noneYet))) }
        var rows: [HTML] = []
        for pledge in reader.pledges {
            var actions: [HTML] = []
            if pledge.status == .pledged && status == .running && pledge.investor == reader.investor {
                actions.append(forms.decision(pledge, action: "withdrawals", label: .withdrawPledge))
            }
            if pledge.status == .pledged && [.running, .closed].contains(status), try await reader.accepts(pledge) {
                actions.append(forms.decision(pledge, action: "acceptances", label: .acceptPledge))
            }
            let conditions = try await reader.showsConditions(pledge) && !pledge.conditions.isEmpty ? pledge.conditions : "—"
            rows.append(.tag("tr", [], children: [
                .tag("td", [], .tag("a", [("href", "/ledger/\(pledge.ledgerSeq)")], .text(String(pledge.ledgerSeq)))),
                .tag("td", [], .text(titles[pledge.projectID] ?? pledge.projectID.rawValue)),
                .tag("td", [], names.link(pledge.investor)),
                .tag("td", [("class", "number")], .text(format.money(kopecks: pledge.amount.value))),
                .tag("td", [], .text(forms.describe(pledge.form, format: format))),
                .tag("td", [], .text(conditions)),
                .tag("td", [], .text(language(InvestmentPledgeForms.phrase(pledge.status)))),
                .tag("td", [], children: actions),
            ]))
        }
        let headings: [Phrase] = [.entry, .project, .investor, .amountRoubles, .pledgeForm, .conditions, .status, .actions]
        return .tag("table", [], .tag("thead", [], .tag("tr", [], children: headings.map { .tag("th", [("scope", "col")], .text(language($0))) })),
                    .tag("tbody", [], children: rows))
    }

    /// Projects in the directions of the investor's profile, newest first, past the idea stage.
    private static func projectsToWatch(_ investor: MemberID, node: Node, language: Language) async throws -> HTML {
        let directions = try await node.profiles.investorProfile(of: investor)?.directions ?? []
        var projects: [Project] = []
        for direction in directions {
            projects += try await node.projects.projects(ProjectFilter(direction: direction), matching: nil,
                                                         page: try PageRequest(limit: 10)).items.filter { $0.stage != .idea }
        }
        guard !projects.isEmpty else { return .tag("p", [("class", "muted")], .text(language(.noneYet))) }
        return .tag("ul", [], children: projects.map { project in
            .tag("li", [], .tag("a", [("href", "/projects/\(project.id)")], .text(project.title)),
                 .text(" — \(project.direction), \(language(.stage)): \(CodeNames(language: language).stage(project.stage))"))
        })
    }
}

/// Who is reading an investment session's page, and the pledges they may act on.
private struct InvestmentReader {
    let context: RequestContext
    let access: PledgeAccess
    /// The reader's member id when it is a registered investor of the session.
    let investor: MemberID?
    let pledges: [Pledge]

    init(context: RequestContext, node: Node, event: EventID) async throws {
        self.context = context
        access = PledgeAccess(members: node.members, projects: node.projects)
        pledges = try await node.investmentSessions.pledges(of: event)
        if let actor = context.actor, let member = try await node.members.member(account: AccountID(unchecked: actor.accountID)),
           try await node.investmentSessions.investors(of: event).contains(member.id) {
            investor = member.id
        } else {
            investor = nil
        }
    }

    func showsConditions(_ pledge: Pledge) async throws -> Bool {
        try await access.showsConditions(pledge, to: context)
    }

    /// Whether the policy lets the reader accept `pledge`: its project's lead, or staff.
    func accepts(_ pledge: Pledge) async throws -> Bool {
        guard let actor = context.actor else { return false }
        let lead = try await access.lead(of: pledge.projectID)
        return Policy.decide(actor: actor, action: .acceptPledge, resource: .project(leadAccountID: lead?.account)) == .allow
    }
}
