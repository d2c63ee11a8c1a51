import Registry

/// The organisers' desk for every event — Game, accelerator cohort, investment session,
/// Challenge: where each stands, a button to move it to its next status, and once closed
/// a button to seal its results into the ledger. Sealing is each kind's own registry
/// act, the same as its `/api/v1/…/seal` route, and the Policy decides it by that act.
enum EventDeskPages {
    static let path = "/staff/events"

    static func routes(node: Node, operations: EventOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        let back: @Sendable (RequestContext) throws -> String = { _ in path }
        return [
            PageForm.route(path, operationID: "createEventFormSubmit", summary: "Announce an event: its kind, title, towns and dates",
                           running: operations.create, access: .roles([.unionStaff]), render: render, input: { _, fields in
                               EventDraft(kind: try PageFields.value(fields["kind"], field: "kind"), title: fields["title"] ?? "",
                                          cityIDs: try fields.keys.filter { $0.hasPrefix("town_") }.sorted()
                                              .map { try PageFields.value(String($0.dropFirst("town_".count)), field: "city_ids") },
                                          startsOn: try PageFields.value(fields["starts_on"], field: "starts_on"),
                                          endsOn: try PageFields.value(fields["ends_on"], field: "ends_on"))
                           }, then: { _, event in
                               event.kind.deskPath(event.id)
                           }),
            PageRoutes.page(path, operationID: "eventDeskPage", summary: "Every event with its status, and forms to move and seal it",
                            action: .manageEvents, access: .roles([.unionStaff])) { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route(path + "/status", operationID: "moveEventFormSubmit", summary: "Move an event to its next status",
                           running: operations.move, access: .roles([.unionStaff]), render: render, input: { _, fields in
                               let status = try PageFields.value(fields["status"], field: "status", as: EventStatus.self)
                               return .init(record: try await event(fields, node: node), value: status)
                           }, then: { context, _ in try back(context) }),
        ] + EventKind.allCases.map { kind in
            PageForm.route(sealPath(kind), operationID: formName(kind),
                           summary: "Seal a closed event's results into the ledger", running: operations.seal(kind),
                           access: .roles([.unionStaff]), render: render, input: { _, fields in
                               let found = try await event(fields, node: node)
                               guard found.kind == kind else { throw APIError.notFound(detail: "No such event.") }
                               return found.id
                           }, then: { context, _ in try back(context) })
        }
    }

    private static func formName(_ kind: EventKind) -> String {
        switch kind {
        case .game: "sealGameFormSubmit"
        case .accelerator: "sealAcceleratorFormSubmit"
        case .investmentSession: "sealInvestmentSessionFormSubmit"
        case .challenge: "sealChallengeFormSubmit"
        }
    }

    /// Where the desk's form that seals an event of `kind` posts.
    static func sealPath(_ kind: EventKind) -> String {
        "\(path)/\(kind.rawValue)/seal"
    }

    private static func event(_ fields: [String: String], node: Node) async throws -> Event {
        try await PageFields.record(fields["event_id"], field: "event_id", notFound: "No such event.") {
            try await node.events.event(id: $0)
        }
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let listed = try await node.events.events(page: try context.request.pageRequest())
        let csrf = PageForm.csrfField(context)
        func button(_ action: String, _ event: Event, _ label: String, status: EventStatus? = nil) -> HTML {
            .tag("form", [("method", "post"), ("action", action)], children: csrf + [
                .tag("input", [("type", "hidden"), ("name", "event_id"), ("value", event.id.rawValue)]),
                status.map { .tag("input", [("type", "hidden"), ("name", "status"), ("value", $0.rawValue)]) } ?? .group([]),
                .tag("button", [("type", "submit")], .text(label)),
            ])
        }
        let rows: [HTML] = listed.items.map { event in
            var actions: [HTML] = []
            if let next = event.status.next { actions.append(button(path + "/status", event, "\(language(.moveTo)) «\(language(next.phrase))»", status: next)) }
            if event.status == .closed { actions.append(button(sealPath(event.kind), event, language(.sealResults))) }
            if let seal = event.seal {
                actions.append(.tag("a", [("href", "/ledger/\(seal.ledgerSeq)")], .text(language(.sealedEntry))))
            }
            actions.append(.tag("a", [("href", event.kind.deskPath(event.id))], .text(language(.setUpEvent))))
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
        body.append(try await newEventForm(csrf: csrf, language: language, node: node))
        return layout.page(title: "\(language(.eventDesk)) — Glocal", body: body)
    }

    /// The form that announces an event: its kind, title, towns and dates.
    private static func newEventForm(csrf: [HTML], language: Language, node: Node) async throws -> HTML {
        func field(_ id: String, _ label: Phrase, _ input: HTML) -> HTML {
            .tag("p", [], .tag("label", [("for", id)], .text(language(label))), input)
        }
        let towns = try await node.cities.all()
        let townsElsewhere = try await node.federation.towns().filter { $0.name != nil }
        func choice(_ id: String, _ name: String) -> HTML {
            .tag("p", [("class", "choice")], .tag("input", [("type", "checkbox"), ("id", "town_\(id)"), ("name", "town_\(id)"), ("value", "on")]),
                 .tag("label", [("for", "town_\(id)"), ("class", "inline")], .text(name)))
        }
        return .group([
            .tag("h2", [], .text(language(.newEvent))),
            .tag("form", [("method", "post"), ("action", path)], children: csrf + [
                field("event-kind", .eventKind, .tag("select", [("id", "event-kind"), ("name", "kind")], children: EventKind.allCases.map {
                    .tag("option", [("value", $0.rawValue)], .text(language($0.phrase)))
                })),
                field("event-title", .eventTitle, .tag("input", [("id", "event-title"), ("name", "title"), ("required", "required")])),
                .tag("fieldset", [], children: [.tag("legend", [], .text(language(.eventTowns)))] + towns.map { choice($0.id.rawValue, $0.name) }),
                townsElsewhere.isEmpty ? .group([]) : .tag("fieldset", [], children: [.tag("legend", [], .text(language(.townsOfOtherNodes)))]
                    + townsElsewhere.map { choice($0.cityID, "\($0.name ?? "") (\($0.provenance.origin))") }),
                field("event-starts", .startsOn, .tag("input", [("id", "event-starts"), ("name", "starts_on"), ("type", "date"), ("required", "required")])),
                field("event-ends", .endsOn, .tag("input", [("id", "event-ends"), ("name", "ends_on"), ("type", "date"), ("required", "required")])),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.announceEvent)))),
            ]),
        ])
    }
}

extension EventKind {
    /// Where Union staff set up an event of this kind.
    func deskPath(_ id: EventID) -> String {
        switch self {
        case .game: "/staff/games/\(id)"
        case .accelerator: "/staff/accelerators/\(id)"
        case .investmentSession: "/staff/investment-sessions/\(id)"
        case .challenge: "/staff/challenges/\(id)"
        }
    }
}
