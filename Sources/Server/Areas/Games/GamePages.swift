import Registry

/// A Glocal City Game's page: its ideas with their approvals (and which were selected
/// once sealed); for a commission member, a form per idea to approve or withdraw; for a
/// registered participant while the Game runs, the form to submit an idea, with an
/// optional text whose SHA-256 is deposited as the idea's IP. Plain forms with the
/// session's CSRF token; refusals come back beside the forms.
enum GamePages {
    static func routes(node: Node, operations: GameOperations) -> [Route] {
        let renderPage: PageForm.Render = { context, layout, problem in try await render(context, layout, node: node, problem: problem) }
        return [
            PageRoutes.page("/games/{event_id}", operationID: "gamePage", summary: "A Game's ideas, voting and idea submission") {
                context, layout in
                try await render(context, layout, node: node, problem: nil)
            },
            PageForm.route("/games/{event_id}/approvals", operationID: "gameApprovalFormSubmit", summary: "Approve an idea",
                           running: operations.approve, render: renderPage,
                           input: { context, fields in
                               .init(record: try gameID(context), value: try PageFields.value(fields["project_id"], field: "project_id"))
                           },
                           then: { context, _ in try back(context) }),
            PageForm.route("/games/{event_id}/withdrawals", operationID: "gameApprovalWithdrawalFormSubmit",
                           summary: "Withdraw one's approval of an idea", running: operations.withdrawApproval, render: renderPage,
                           input: { context, fields in
                               .init(record: try gameID(context), value: try PageFields.value(fields["project_id"], field: "project_id"))
                           },
                           then: { context, _ in try back(context) }),
            PageForm.route("/games/{event_id}/ideas", operationID: "gameIdeaFormSubmit", summary: "Submit an idea to the Game",
                           running: operations.submit, render: renderPage, input: { context, fields in
                               let draft = try IdeaForm.draft(fields)
                               return .init(record: try gameID(context),
                                            value: IdeaSubmission(title: draft.title, summary: draft.summary, direction: draft.direction,
                                                                  cityID: draft.cityID, contentSHA256: IdeaForm.contentHash(fields)))
                           }, then: { context, _ in try back(context) }),
        ]
    }

    private static func gameID(_ context: RequestContext) throws -> EventID {
        try context.parameter("event_id", notFound: "No such game.")
    }

    private static func back(_ context: RequestContext) throws -> String {
        "/games/\(try context.parameter("event_id"))"
    }

    private static func render(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let event = try await context.event(.game, in: node.events, notFound: language(.notFound))
        let id = event.id
        let ideas = try await node.games.ideas(of: id)
        let results = event.status == .sealed ? try await node.games.results(of: id) : []
        let selected = Set(results.filter(\.selected).map(\.idea.projectID))
        var titles: [ProjectID: String] = [:]
        for idea in ideas { titles[idea.projectID] = try await node.projects.project(id: idea.projectID)?.title }
        var seated = false
        var participant = false
        if let actor = context.actor {
            let account = AccountID(unchecked: actor.accountID)
            seated = try await node.games.isOnCommission(account, of: id)
            if let member = try await node.members.member(account: account) {
                participant = try await node.games.participants(of: id).contains(member.id)
            }
        }
        let csrf = PageForm.csrfField(context)
        var body: [HTML] = [.tag("h1", [], .text(language.titled(event.title, as: .game)))]
        if let problem { body.append(.tag("p", [("class", "error"), ("role", "alert")], .text(problem))) }
        body.append(.tag("h2", [], .text(language(.ideas))))
        body.append(ideas.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: ideas.map { idea in
            var line: [HTML] = [
                .tag("a", [("href", "/projects/\(idea.projectID)")], .text(titles[idea.projectID] ?? idea.projectID.rawValue)),
                .text(" — \(language(.approvals)): \(idea.approvals)" + (selected.contains(idea.projectID) ? ", \(language(.selected))" : "")),
            ]
            if seated && event.status == .running {
                for (label, path) in [(language(.approve), "approvals"), (language(.withdrawApproval), "withdrawals")] {
                    line.append(.tag("form", [("method", "post"), ("action", "/games/\(id)/\(path)")], children: csrf + [
                        .tag("input", [("type", "hidden"), ("name", "project_id"), ("value", idea.projectID.rawValue)]),
                        .tag("button", [("type", "submit")], .text(label)),
                    ]))
                }
            }
            return .tag("li", [], children: line)
        }))
        if participant && event.status == .running {
            body.append(try await ideaForm(event, csrf: csrf, node: node, language: language))
        }
        return layout.page(title: "\(event.title) — Glocal", body: body)
    }

    private static func ideaForm(_ event: Event, csrf: [HTML], node: Node, language: Language) async throws -> HTML {
        let towns = try await node.cities.all().filter { event.cityIDs.contains($0.id) }
        return IdeaForm(action: "/games/\(event.id)/ideas", towns: towns, csrf: csrf, language: language).html
    }
}
