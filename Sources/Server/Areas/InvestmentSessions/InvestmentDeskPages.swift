import Ledger
import Registry

/// Union staff set up an investment session on one page (`/staff/investment-sessions/{id}`):
/// its agenda — which projects pitch, when and for how long, replaced whole — and its
/// investors, chosen by name among members with an investor profile. Each form runs the
/// operation its JSON route runs (`PUT …/agenda`, `POST …/investors`).
enum InvestmentDeskPages {
    /// How many pitch slots the agenda form offers.
    static let slotRows = 8

    static func routes(node: Node, operations: InvestmentOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        let staff = Access.roles([.unionStaff])
        let path = "/staff/investment-sessions/{event_id}"
        return [
            PageRoutes.page(path, operationID: "investmentDeskPage", summary: "Set up an investment session: its agenda and investors",
                            action: .runInvestmentSession, access: staff) { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route(path + "/agenda", operationID: "investmentAgendaFormSubmit",
                           summary: "Set the session's pitch order and slots from the desk (Union staff)", running: operations.setAgenda,
                           access: staff, render: render, input: { context, fields in
                               .init(record: try await session(context, node: node).id, value: try slots(fields))
                           }, then: { context, _ in "/staff/investment-sessions/\(try context.parameter("event_id"))" }),
            PageForm.route(path + "/investors", operationID: "sessionInvestorFormSubmit",
                           summary: "Register an investor for the session from the desk (Union staff; a member only itself, as through the API)",
                           running: operations.registerInvestor, access: .signedIn, render: render, input: { context, fields in
                               .init(record: try await session(context, node: node).id,
                                     value: try PageFields.value(fields["member_id"], field: "member_id"))
                           }, then: { context, _ in "/staff/investment-sessions/\(try context.parameter("event_id"))" }),
        ]
    }

    /// The slots the form's rows name, in their order; a row with no project is left out.
    /// A start is typed as the browser's date and time (UTC, as pages show times).
    private static func slots(_ fields: [String: String]) throws -> [PitchSlot] {
        try (1...slotRows).compactMap { row -> PitchSlot? in
            guard let project = fields["project_\(row)"], !project.isEmpty else { return nil }
            let typed = fields["starts_\(row)"] ?? ""
            let startsAt: LedgerTime = try PageFields.value(typed.count == 16 ? typed + ":00.000Z" : typed, field: "starts_\(row)")
            guard let minutes = Int(fields["minutes_\(row)"] ?? "") else {
                throw RegistryValidationError(field: "minutes_\(row)", rule: .notAWholeNumber)
            }
            return PitchSlot(projectID: try PageFields.value(project, field: "project_\(row)"), startsAt: startsAt, minutes: minutes)
        }
    }

    private static func session(_ context: RequestContext, node: Node) async throws -> Event {
        try await context.event(.investmentSession, in: node.events, notFound: "No such investment session.")
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let event = try await session(context, node: node)
        let agenda = try await node.investmentSessions.agenda(of: event.id)
        let investors = try await node.investmentSessions.investors(of: event.id)
        let candidates = try await node.profiles.investorProfiles(page: try PageRequest(limit: PageRequest.maximumLimit)).items.map(\.memberID)
        let projects = try await node.projects.projects(ProjectFilter(stage: .accelerated))
            + node.projects.projects(ProjectFilter(stage: .pitched))
        let titles = Dictionary(projects.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let names = try await PartyNames.load((investors + candidates).map(\.rawValue), node: node, layout: layout)
        let csrf = PageForm.csrfField(context)
        let base = "/staff/investment-sessions/\(event.id)"
        let posted = context.request.method == .post ? FormBody.fields(of: context.request) : [:]
        func typed(_ name: String, _ kept: String) -> String { posted.isEmpty ? kept : posted[name] ?? "" }
        var body: [HTML] = [
            layout.breadcrumbs([(language(.eventDesk), "/staff/events")], here: event.title),
            .tag("h1", [], .text(event.title)),
            .tag("p", [("class", "muted")], .text("\(language(.status)): \(language(event.status.phrase))"), .text(" · "),
                 .tag("a", [("href", event.kind.pagePath(event.id))], .text(language(.publicPage)))),
            StaffContractPages.problemBeside(problem),
            .tag("h2", [], .text(language(.agenda))),
        ]
        body.append(agenda.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ol", [], children: agenda.map { slot in
            .tag("li", [], .text("\(format.moment(slot.startsAt)) · \(titles[slot.projectID] ?? slot.projectID.rawValue) · \(format.count(Int64(slot.minutes), .minutes))"))
        }))
        var rows: [HTML] = []
        for row in 1...slotRows {
            let slot = row <= agenda.count ? agenda[row - 1] : nil
            let chosen = typed("project_\(row)", slot?.projectID.rawValue ?? "")
            rows.append(.tag("fieldset", [], children: [
                .tag("legend", [], .text("\(language(.pitchSlot)) \(row)")),
                .tag("label", [("for", "project_\(row)")], .text(language(.project))),
                .tag("select", [("id", "project_\(row)"), ("name", "project_\(row)")], children:
                        [.tag("option", [("value", "")], .text("—"))] + projects.map { project in
                    .tag("option", [("value", project.id.rawValue)] + (project.id.rawValue == chosen ? [("selected", "selected")] : []), .text(project.title))
                }),
                .tag("label", [("for", "starts_\(row)")], .text(language(.startsAtUTC))),
                .tag("input", [("id", "starts_\(row)"), ("name", "starts_\(row)"), ("type", "datetime-local"),
                               ("value", typed("starts_\(row)", slot.map { String($0.startsAt.rfc3339.prefix(16)) } ?? ""))]),
                .tag("label", [("for", "minutes_\(row)")], .text(language(.slotMinutes))),
                .tag("input", [("id", "minutes_\(row)"), ("name", "minutes_\(row)"), ("type", "number"), ("min", "1"), ("max", "120"),
                               ("value", typed("minutes_\(row)", slot.map { String($0.minutes) } ?? ""))]),
            ]))
        }
        body.append(.tag("form", [("method", "post"), ("action", base + "/agenda")], children: csrf + rows + [
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.saveAgenda)))),
        ]))
        body.append(.tag("h2", [], .text(language(.investors))))
        body.append(investors.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ul", [], children: investors.map {
            .tag("li", [], names.link($0))
        }))
        let open = candidates.filter { !investors.contains($0) }
        body.append(.tag("form", [("method", "post"), ("action", base + "/investors")], children: csrf + [
            .tag("label", [("for", "investor")], .text(language(.member))),
            .tag("select", [("id", "investor"), ("name", "member_id")], children: open.map { .tag("option", [("value", $0.rawValue)], .text(names.name($0))) }),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.registerInvestor)))),
        ]))
        return layout.page(title: "\(event.title) — Glocal", body: body)
    }
}
