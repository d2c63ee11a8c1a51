import Registry

/// An investment session's page: the pitch agenda with what each project was pledged and
/// accepted, the totals, and for a registered investor while the session runs, a form
/// per project to pledge equity at a valuation (amounts in whole roubles, kept in
/// kopecks). Tranche plans, which name milestones and attesters, are made through the API.
enum InvestmentPages {
    static func routes(node: Node) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        return [
            PageRoutes.page("/investment-sessions/{event_id}", operationID: "investmentSessionPage",
                            summary: "A session's agenda and money pledged; a registered investor's pledge form") { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route("/investment-sessions/{event_id}/pledges", operationID: "pledgeFormSubmit",
                           summary: "Pledge equity in a project on the agenda (a registered investor)", action: .pledgeInvestment,
                           back: { "/investment-sessions/\(try $0.parameter("event_id"))" }, render: render) { context, fields in
                guard let event = EventID(rawValue: try context.parameter("event_id")) else { throw APIError.notFound(detail: "No such session.") }
                let member = try await context.callerMember(node.members)
                guard let project = fields["project_id"].flatMap(ProjectID.init(rawValue:)) else {
                    throw RegistryValidationError(field: "project_id", reason: "is not a project id")
                }
                let draft = PledgeDraft(projectID: project, amount: try roubles(fields["amount"], field: "amount"),
                                        conditions: fields["conditions"] ?? "",
                                        form: .equity(preMoney: try roubles(fields["pre_money"], field: "pre_money"),
                                                      shareClassName: "Привилегированные"))
                _ = try await node.investmentSessions.pledge(draft, by: member.id, in: event)
            },
        ]
    }

    /// Whole roubles as typed (spaces allowed), in kopecks.
    static func roubles(_ text: String?, field: String) throws -> Kopecks {
        let digits = (text ?? "").filter { !$0.isWhitespace }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int64(digits), value > 0,
              value <= Int64.max / 100 else {
            throw RegistryValidationError(field: field, reason: "must be a whole number of roubles")
        }
        return Kopecks(value * 100)
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        guard let id = EventID(rawValue: try context.parameter("event_id")), let event = try await node.events.event(id: id),
              event.kind == .investmentSession else {
            throw APIError.notFound(detail: language(.notFound))
        }
        let agenda = try await node.investmentSessions.agenda(of: id)
        let summary = try await node.investmentSessions.summary(of: id)
        var investor = false
        if let actor = context.actor, let member = try await node.members.member(account: AccountID(unchecked: actor.accountID)) {
            investor = try await node.investmentSessions.investors(of: id).contains(member.id)
        }
        let csrf = PageForm.csrfField(context)
        var body: [HTML] = [.tag("h1", [], .text("\(language(.investmentSession)): \(event.title)"))]
        if let problem { body.append(.tag("p", [("class", "error"), ("role", "alert")], .text(problem))) }
        body.append(.tag("p", [], .text("\(language(.pledged)): \(format.money(kopecks: summary.pledged.value)) · "
            + "\(language(.accepted)): \(format.money(kopecks: summary.accepted.value))")))
        body.append(.tag("h2", [], .text(language(.agenda))))
        var items: [HTML] = []
        for slot in agenda {
            let title = try await node.projects.project(id: slot.projectID)?.title ?? slot.projectID.rawValue
            let line = summary.projects.first { $0.projectID == slot.projectID }
            var item: [HTML] = [
                .text(String(slot.startsAt.rfc3339.dropFirst(11).prefix(5)) + " · "),
                .tag("a", [("href", "/projects/\(slot.projectID)")], .text(title)),
                .text(" · \(language(.pledged)): \(format.money(kopecks: line?.pledged.value ?? 0))"),
            ]
            if investor && event.status == .running {
                let prefix = "pledge-\(slot.projectID)"
                item.append(.tag("form", [("method", "post"), ("action", "/investment-sessions/\(id)/pledges")], children: csrf + [
                    .tag("input", [("type", "hidden"), ("name", "project_id"), ("value", slot.projectID.rawValue)]),
                    .tag("label", [("for", "\(prefix)-amount")], .text(language(.amountRoubles))),
                    .tag("input", [("id", "\(prefix)-amount"), ("name", "amount"), ("inputmode", "numeric"), ("required", "required")]),
                    .tag("label", [("for", "\(prefix)-pre")], .text(language(.preMoneyRoubles))),
                    .tag("input", [("id", "\(prefix)-pre"), ("name", "pre_money"), ("inputmode", "numeric"), ("required", "required")]),
                    .tag("label", [("for", "\(prefix)-conditions")], .text(language(.conditions))),
                    .tag("textarea", [("id", "\(prefix)-conditions"), ("name", "conditions")]),
                    .tag("p", [], .tag("button", [("type", "submit")], .text(language(.pledge)))),
                ]))
            }
            items.append(.tag("li", [], children: item))
        }
        body.append(items.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ol", [], children: items))
        if investor && event.status == .running { body.append(.tag("p", [("class", "muted")], .text(language(.pledgeHint)))) }
        return layout.page(title: "\(event.title) — Glocal", body: body)
    }
}
