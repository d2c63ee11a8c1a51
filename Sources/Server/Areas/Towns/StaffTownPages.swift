import Registry

/// Union staff's desk of towns (`/staff/towns`): for each town, the form that records one
/// area's score of its digital-maturity audit — the operation of the API's
/// `POST /api/v1/cities/{city_id}/audits` — after which the town's page shows it in its chart.
enum StaffTownPages {
    static let path = "/staff/towns"

    static func routes(node: Node, operations: TownOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        let staff = Access.roles([.unionStaff])
        return [
            PageRoutes.page(path, operationID: "staffTownsPage", summary: "Towns' digital-maturity audits (Union staff)",
                            action: .recordCityProfile, access: staff) { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route(path + "/{city_id}/audits", operationID: "recordAuditFormSubmit",
                           summary: "Record one area's score of a town's digital-maturity audit from the desk (Union staff)",
                           running: operations.recordAudit, access: staff, render: render, input: { context, fields in
                               guard let score = Int(String(Substring(fields["score"] ?? "").trimmingSpaces)) else {
                                   throw RegistryValidationError(field: "score", rule: .notAWholeNumber)
                               }
                               return .init(town: try context.parameter("city_id", notFound: "No such city."), area: fields["area"] ?? "",
                                            score: score, auditedOn: try PageFields.value(fields["audited_on"], field: "audited_on"))
                           }, then: { _, audit in "/towns/\(audit.cityID)" }),
        ]
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let csrf = PageForm.csrfField(context)
        let posted = context.request.method == .post ? FormBody.fields(of: context.request) : [:]
        var body: [HTML] = [
            layout.breadcrumbs([(language(.account), "/account")], here: language(.townsDesk)),
            .tag("h1", [], .text(language(.townsDesk))),
            .tag("p", [("class", "muted")], .text(language(.townsDeskLead))),
        ]
        for town in try await node.cities.all() {
            let form = "audit-\(town.id)"
            let action = "\(path)/\(town.id)/audits"
            let refused = context.request.path == action ? problem : nil
            func value(_ name: String) -> String { context.request.path == action ? posted[name] ?? "" : "" }
            body.append(.tag("h2", [], .tag("a", [("href", "/towns/\(town.id)")], .text(town.name))))
            body.append(.tag("form", [("method", "post"), ("action", action)], children: csrf + [
                refused.map { .tag("p", [("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
                .tag("label", [("for", "\(form)-area")], .text(language(.auditArea))),
                .tag("input", [("id", "\(form)-area"), ("name", "area"), ("required", "required"), ("maxlength", "200"),
                               ("value", value("area"))]),
                .tag("label", [("for", "\(form)-score")], .text(language(.scoreOutOf100))),
                .tag("input", [("id", "\(form)-score"), ("name", "score"), ("type", "number"), ("min", "0"), ("max", "100"),
                               ("required", "required"), ("value", value("score"))]),
                .tag("label", [("for", "\(form)-date")], .text(language(.auditedOn))),
                .tag("input", [("id", "\(form)-date"), ("name", "audited_on"), ("type", "date"), ("required", "required"),
                               ("value", value("audited_on"))]),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.recordAudit)))),
            ]))
        }
        return layout.page(title: "\(language(.townsDesk)) — Glocal", body: body)
    }
}
