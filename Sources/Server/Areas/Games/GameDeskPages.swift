import Registry

/// Union staff set up a Glocal City Game on one page (`/staff/games/{id}`), before it
/// opens or while it is open: the directions chosen for the region, the largest team, the
/// rule that selects ideas, the commission that approves them and the facilitators who run
/// its sessions, chosen by name. The form runs the operation `PUT …/settings` runs; the
/// Game's title, towns and dates are those it was announced with on the event desk.
enum GameDeskPages {
    /// How many commission members and facilitators the form offers.
    static let commissionRows = 6
    static let facilitatorRows = 3

    static func routes(node: Node, operations: GameOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        let path = "/staff/games/{event_id}"
        return [
            PageRoutes.page(path, operationID: "gameDeskPage",
                            summary: "Set up a Game: directions, team size, selection rule, commission and facilitators",
                            action: .manageEvents, access: .roles([.unionStaff])) { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route(path + "/settings", operationID: "gameSettingsFormSubmit",
                           summary: "Set a Game's directions, team size, selection rule, commission and facilitators (Union staff)",
                           running: operations.configure, access: .roles([.unionStaff]), render: render, input: { context, fields in
                               .init(record: try await game(context, node: node).id, value: try settings(fields))
                           }, then: { context, _ in "/staff/games/\(try context.parameter("event_id"))" }),
        ]
    }

    /// The settings the form's fields state: directions separated by commas, and the
    /// members chosen in the commission's and facilitators' rows (empty rows left out).
    private static func settings(_ fields: [String: String]) throws -> GameSettings {
        let count = try PageFields.value(fields["selection_count"], field: "selection_count", as: Int.self)
        guard SelectionRule(name: fields["selection_rule"] ?? "", count: 1) != nil else {
            throw RegistryValidationError(field: "selection_rule", rule: .chooseFromList)
        }
        guard let rule = SelectionRule(name: fields["selection_rule"] ?? "", count: count) else {
            throw RegistryValidationError(field: "selection_count", rule: .notMoreThanZero)
        }
        func chosen(_ prefix: String, rows: Int) throws -> [MemberID] {
            try (1...rows).compactMap { row in
                guard let text = fields["\(prefix)_\(row)"], !text.isEmpty else { return nil }
                return try PageFields.value(text, field: "\(prefix)_\(row)", as: MemberID.self)
            }
        }
        return GameSettings(directions: PageFields.tags(fields["directions"]),
                            teamSizeLimit: try PageFields.value(fields["team_size_limit"], field: "team_size_limit", as: Int.self),
                            selection: rule, commission: try chosen("commission", rows: commissionRows),
                            facilitators: try chosen("facilitator", rows: facilitatorRows))
    }

    private static func game(_ context: RequestContext, node: Node) async throws -> Event {
        try await context.event(.game, in: node.events, notFound: "No such game.")
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let event = try await game(context, node: node)
        let settings = try await node.games.settings(of: event.id)
        let participants = try await node.games.participants(of: event.id)
        let ideas = try await node.games.ideas(of: event.id)
        let admitted = try await node.members.all(status: .admitted)
        let facilitators = try await node.profiles.facilitatorRecords(page: try PageRequest(limit: PageRequest.maximumLimit)).items.map(\.memberID)
        let names = try await PartyNames.load(facilitators.map(\.rawValue), node: node, layout: layout)
        let csrf = PageForm.csrfField(context)
        let posted = context.request.method == .post ? FormBody.fields(of: context.request) : [:]
        func typed(_ name: String, _ kept: String) -> String { posted.isEmpty ? kept : posted[name] ?? "" }
        func field(_ id: String, _ label: String, _ input: HTML, hint: String? = nil) -> HTML {
            .tag("p", [], .tag("label", [("for", id)], .text(label)), input,
                 hint.map { .tag("span", [("id", "\(id)-hint"), ("class", "muted")], .text(" \($0)")) } ?? .group([]))
        }
        func choices(_ name: String, _ options: [(id: MemberID, name: String)], kept: MemberID?) -> HTML {
            let chosen = typed(name, kept?.rawValue ?? "")
            return .tag("select", [("id", name), ("name", name)], children: [.tag("option", [("value", "")], .text("—"))] + options.map { option in
                .tag("option", [("value", option.id.rawValue)] + (option.id.rawValue == chosen ? [("selected", "selected")] : []), .text(option.name))
            })
        }
        let members = admitted.map { (id: $0.id, name: $0.name ?? "—") }
        let commission = settings?.commission ?? []
        let running = settings?.facilitators ?? []
        let changeable = event.status == .draft || event.status == .open

        var body: [HTML] = [
            layout.breadcrumbs([(language(.eventDesk), EventDeskPages.path)], here: event.title),
            .tag("h1", [], .text(event.title)),
            .tag("p", [("class", "muted")], .text("\(language(.status)): \(language(event.status.phrase)) · "
                                                  + "\(language(.participants)): \(participants.count) · \(language(.ideas)): \(ideas.count) · "),
                 .tag("a", [("href", event.kind.pagePath(event.id))], .text(language(.publicPage)))),
            StaffContractPages.problemBeside(problem),
        ]
        if settings == nil { body.append(.tag("p", [("class", "notice")], .text(language(.gameNotSetUp)))) }
        if !changeable { body.append(.tag("p", [("class", "muted")], .text(language(.gameSettingsFixed)))) }
        let rule = typed("selection_rule", settings?.selection.name ?? "threshold")
        var form: [HTML] = csrf + [
            field("directions", language(.directions),
                  .tag("input", [("id", "directions"), ("name", "directions"), ("aria-describedby", "directions-hint"),
                                 ("value", typed("directions", settings?.directions.joined(separator: ", ") ?? ""))]),
                  hint: language(.directionsHint)),
            field("team_size_limit", language(.teamSizeLimit),
                  .tag("input", [("id", "team_size_limit"), ("name", "team_size_limit"), ("type", "number"), ("min", "1"),
                                 ("max", String(GameSettings.teamSizeLimits.upperBound)), ("required", "required"),
                                 ("value", typed("team_size_limit", String(settings?.teamSizeLimit ?? 5)))])),
            field("selection_rule", language(.selectionRule),
                  .tag("select", [("id", "selection_rule"), ("name", "selection_rule")], children: [
                      ("threshold", Phrase.selectionThreshold), ("top", Phrase.selectionTop),
                  ].map { name, phrase in
                      .tag("option", [("value", name)] + (name == rule ? [("selected", "selected")] : []), .text(language(phrase)))
                  })),
            field("selection_count", language(.selectionCount),
                  .tag("input", [("id", "selection_count"), ("name", "selection_count"), ("type", "number"), ("min", "1"), ("required", "required"),
                                 ("value", typed("selection_count", String(settings?.selection.count ?? 3)))])),
        ]
        form.append(.tag("fieldset", [], children: [.tag("legend", [], .text(language(.commission)))] + (1...commissionRows).map { row in
            field("commission_\(row)", "\(language(.commissionMember)) \(row)",
                  choices("commission_\(row)", members, kept: row <= commission.count ? commission[row - 1] : nil))
        }))
        form.append(.tag("fieldset", [], children: [.tag("legend", [], .text(language(.facilitators)))]
            + (facilitators.isEmpty ? [.tag("p", [("class", "muted")], .text(language(.noFacilitatorsYet)))] : [])
            + (1...facilitatorRows).map { row in
                field("facilitator_\(row)", "\(language(.facilitatorRecord)) \(row)",
                      choices("facilitator_\(row)", facilitators.map { (id: $0, name: names.name($0)) },
                              kept: row <= running.count ? running[row - 1] : nil))
            }))
        form.append(.tag("p", [], .tag("button", [("type", "submit")], .text(language(.saveSettings)))))
        body.append(.tag("form", [("method", "post"), ("action", "/staff/games/\(event.id)/settings")], children: form))
        return layout.page(title: "\(language(.gameDesk)): \(event.title) — Glocal", body: body)
    }
}
