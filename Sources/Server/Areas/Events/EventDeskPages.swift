import Registry

/// The organisers' desk for every event — Game, accelerator cohort, investment session,
/// Challenge: where each stands, a button to move it to its next status, and once closed
/// a button to seal its results into the ledger. Sealing is each kind's own registry
/// act, the same as its `/api/v1/…/seal` route, and the Policy decides it by that act.
enum EventDeskPages {
    static let path = "/staff/events"

    static func routes(node: Node) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        let back: @Sendable (RequestContext) throws -> String = { _ in path }
        return [
            PageRoutes.page(path, operationID: "eventDeskPage", summary: "Every event with its status, and forms to move and seal it",
                            action: .manageEvents, access: .roles([.unionStaff])) { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route(path + "/status", operationID: "moveEventFormSubmit", summary: "Move an event to its next status",
                           action: .manageEvents, access: .roles([.unionStaff]), back: back, render: render) { _, fields in
                let event = try await event(fields, node: node)
                guard let status = fields["status"].flatMap(EventStatus.init(rawValue:)) else {
                    throw RegistryValidationError(field: "status", reason: "must be open, running or closed")
                }
                _ = try await node.events.move(event.id, to: status)
            },
            PageForm.route(path + "/seal", operationID: "sealEventFormSubmit", summary: "Seal a closed event's results into the ledger",
                           action: .manageEvents, access: .roles([.unionStaff]), back: back, render: render) { context, fields in
                let event = try await event(fields, node: node)
                switch event.kind {
                case .game: _ = try await node.games.seal(event.id)
                case .accelerator: _ = try await node.accelerators.seal(event.id)
                case .investmentSession:
                    try Policy.require(context.actor, .runInvestmentSession)
                    _ = try await node.investmentSessions.seal(event.id)
                case .challenge:
                    try Policy.require(context.actor, .runChallenge)
                    _ = try await node.challenges.seal(event.id)
                }
            },
        ]
    }

    private static func event(_ fields: [String: String], node: Node) async throws -> Event {
        guard let id = fields["event_id"].flatMap(EventID.init(rawValue:)), let event = try await node.events.event(id: id) else {
            throw APIError.notFound(detail: "No such event.")
        }
        return event
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let listed = try await node.events.events(page: try context.request.pageRequest())
        let csrf = PageForm.csrfField(context)
        func button(_ action: String, _ event: Event, _ label: String, status: EventStatus? = nil) -> HTML {
            .tag("form", [("method", "post"), ("action", path + "/" + action)], children: csrf + [
                .tag("input", [("type", "hidden"), ("name", "event_id"), ("value", event.id.rawValue)]),
                status.map { .tag("input", [("type", "hidden"), ("name", "status"), ("value", $0.rawValue)]) } ?? .group([]),
                .tag("button", [("type", "submit")], .text(label)),
            ])
        }
        let rows: [HTML] = listed.items.map { event in
            var actions: [HTML] = []
            if let next = event.status.next { actions.append(button("status", event, "\(language(.moveTo)) «\(language(next.phrase))»", status: next)) }
            if event.status == .closed { actions.append(button("seal", event, language(.sealResults))) }
            if let seal = event.seal {
                actions.append(.tag("a", [("href", "/ledger/\(seal.ledgerSeq)")], .text(language(.sealedEntry))))
            }
            return .tag("tr", [], children: [
                .tag("td", [], .tag("a", [("href", event.kind.pagePath(event.id))], .text(event.title))),
                .tag("td", [], .text(language(event.kind.phrase))),
                .tag("td", [], .text("\(format.date(event.startsOn)) — \(format.date(event.endsOn))")),
                .tag("td", [], .text(language(event.status.phrase))),
                .tag("td", [], children: actions),
            ])
        }
        let headings: [Phrase] = [.event, .kind, .dates, .status, .actions]
        var body: [HTML] = [.tag("h1", [], .text(language(.eventDesk))), .tag("p", [("class", "muted")], .text(language(.eventDeskHint)))]
        if let problem { body.append(.tag("p", [("class", "error"), ("role", "alert")], .text(problem))) }
        body.append(rows.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("table", [],
            .tag("thead", [], .tag("tr", [], children: headings.map { .tag("th", [("scope", "col")], .text(language($0))) })),
            .tag("tbody", [], children: rows)))
        if let next = listed.next { body.append(.tag("p", [], .tag("a", [("href", "\(path)?cursor=\(next.token)")], .text(language(.next))))) }
        return layout.page(title: "\(language(.eventDesk)) — Glocal", body: body)
    }
}
