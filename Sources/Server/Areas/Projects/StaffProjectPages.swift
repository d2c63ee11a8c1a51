import Ledger
import Registry

/// Union staff's project desk: the registry's projects a page at a time, and for one
/// project its stage with the moves the ledger holds, its cap table in full, and forms to
/// move the stage, grant options, record a priced round and send a transfer. Each form is
/// the same registry call, event reader and policy as its JSON route
/// (`PUT …/stage`, `POST …/cap-table/events`, `POST …/cap-table/transfers`).
enum StaffProjectPages {
    static let listSize = 50

    static func routes(node: Node, projects: ProjectOperations, capTables: CapTableOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in
            // The transfer form answers any seller, as the API does; only staff see the desk.
            try Policy.require(context.actor, .moveProjectStage)
            let project = try await ProjectRoutes.project(context, node.projects)
            return try await StaffProjectDesk(node: node, layout: layout, context: context).render(project, problem: problem)
        }
        let back: @Sendable (RequestContext) throws -> String = { "/staff/projects/\(try $0.parameter("project_id"))" }
        return [
            PageRoutes.page("/staff/projects", operationID: "staffProjectsPage", summary: "Projects of the registry, for Union staff",
                            action: .moveProjectStage, access: .roles([.unionStaff])) { context, layout in
                let query = try QueryParameters(context.request)
                return try await list(layout, node: node, words: query["q"], after: query["after"])
            },
            PageRoutes.page("/staff/projects/{project_id}", operationID: "staffProjectDeskPage",
                            summary: "One project's stage and cap table, with forms to change them (Union staff)",
                            action: .moveProjectStage, access: .roles([.unionStaff])) { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route("/staff/projects/{project_id}/stage", operationID: "projectStageFormSubmit",
                           summary: "Move a project to its next stage, or close it, from the desk", running: projects.moveStage,
                           access: .roles([.unionStaff]), render: render, input: { context, fields in
                               .init(record: try await ProjectRoutes.project(context, node.projects),
                                     value: try PageFields.value(fields["stage"], field: "stage"))
                           }, then: { context, _ in try back(context) }),
            PageForm.route("/staff/projects/{project_id}/grants", operationID: "optionGrantFormSubmit",
                           summary: "Grant options vesting monthly after a cliff, from the desk", running: capTables.record,
                           access: .roles([.unionStaff]), render: render, input: { context, fields in
                               .init(record: try await ProjectRoutes.project(context, node.projects),
                                     value: try CapTableRequest.unionEvent(from: try grantBody(fields)))
                           }, then: { context, _ in try back(context) }),
            PageForm.route("/staff/projects/{project_id}/rounds", operationID: "pricedRoundFormSubmit",
                           summary: "Record a priced round at a pre-money valuation, from the desk", running: capTables.record,
                           access: .roles([.unionStaff]), render: render, input: { context, fields in
                               .init(record: try await ProjectRoutes.project(context, node.projects),
                                     value: try CapTableRequest.unionEvent(from: try roundBody(fields)))
                           }, then: { context, _ in try back(context) }),
            PageForm.route("/staff/projects/{project_id}/transfers", operationID: "transferFormSubmit",
                           summary: "Transfer one's own units, signed with one's custodial key (only the seller may)",
                           running: capTables.transfer, render: render, input: { context, fields in
                               let body: JSONObject = [
                                   "from": .string(fields["from"] ?? ""), "to": .string(fields["to"] ?? ""),
                                   "share_class": .string(fields["share_class"] ?? ""),
                                   "units": .integer(try units(fields["units"], field: "units")), "date": .string(fields["date"] ?? ""),
                               ]
                               return .init(record: try await ProjectRoutes.project(context, node.projects), value: body)
                           }, then: { context, _ in
                               Policy.decide(actor: context.actor, action: .moveProjectStage) == .allow
                                   ? try back(context) : "/projects/\(try context.parameter("project_id"))"
                           }),
        ]
    }

    /// A `grant_option` payload from the grant form: monthly vesting from the grant date.
    private static func grantBody(_ fields: [String: String]) throws -> JSONObject {
        let date = fields["date"] ?? ""
        return [
            "type": "grant_option", "date": .string(date), "grantee": .string(fields["grantee"] ?? ""),
            "share_class": .string(fields["share_class"] ?? ""), "units": .integer(try units(fields["units"], field: "units")),
            "exercise_price_kopecks": .integer(try PageFields.roubles(fields["exercise_price"], field: "exercise_price").value),
            "expiry": .string(fields["expiry"] ?? ""), "union_option": false,
            "vesting": ["kind": "cliff_monthly", "start": .string(date),
                        "cliff_months": .integer(try units(fields["cliff_months"], field: "cliff_months", zero: true)),
                        "total_months": .integer(try units(fields["total_months"], field: "total_months"))],
        ]
    }

    /// A `priced_round` payload from the round form: its investor rows left empty are skipped.
    private static func roundBody(_ fields: [String: String]) throws -> JSONObject {
        var investors: [JSONValue] = []
        var investment: Int64 = 0
        for row in 0..<StaffProjectDesk.investorRows {
            let investor = (fields["investor_\(row)"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !investor.isEmpty else { continue }
            let amount = try PageFields.roubles(fields["amount_\(row)"], field: "amount_\(row)").value
            let (sum, overflow) = investment.addingReportingOverflow(amount)
            guard !overflow else { throw RegistryValidationError(field: "amount_\(row)", rule: .beyondMoneyLimit) }
            investment = sum
            investors.append(["investor": .string(investor), "amount_kopecks": .integer(amount)])
        }
        return [
            "type": "priced_round", "date": .string(fields["date"] ?? ""), "name": .string(fields["name"] ?? ""),
            "share_class": .string(fields["share_class"] ?? ""), "kind": "preferred",
            "pre_money_kopecks": .integer(try PageFields.roubles(fields["pre_money"], field: "pre_money").value),
            "investment_kopecks": .integer(investment), "investors": .array(investors),
        ]
    }

    /// A whole number as typed (spaces allowed): positive, or also zero when `zero`.
    private static func units(_ text: String?, field: String, zero: Bool = false) throws -> Int64 {
        let digits = (text ?? "").filter { !$0.isWhitespace }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int64(digits), value > 0 || (zero && value == 0) else {
            throw RegistryValidationError(field: field, rule: zero ? .notAWholeNumber : .notMoreThanZero)
        }
        return value
    }

    private static func list(_ layout: PageLayout, node: Node, words: String?, after: String?) async throws -> HTML {
        let language = layout.language
        var problem: String?
        var query: SearchQuery?
        do { query = try words.flatMap { try SearchQuery($0) } } catch { problem = language(.searchTooLong) }
        let page = problem == nil
            ? try await node.projects.projects(ProjectFilter(), matching: query,
                                               page: try PageRequest(limit: listSize, after: after.map(PageCursor.init(rawValue:))))
            : ListPage(items: [], next: nil)
        var more: [HTML] = []
        if let next = page.next {
            let words = (words ?? "").addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let cursor = next.rawValue.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            more.append(.tag("p", [], .tag("a", [("href", "/staff/projects?q=\(words)&after=\(cursor)")], .text(language(.next)))))
        }
        return layout.page(title: "\(language(.staffProjects)) — Glocal", body: [
            .tag("h1", [], .text(language(.staffProjects))),
            .tag("p", [], .tag("a", [("href", "/staff/admissions")], .text(language(.admissions)))),
            .tag("form", [("method", "get"), ("action", "/staff/projects")],
                 children: SearchPage.wordsField(words, problem: problem, language: language)
                    + [.tag("button", [("type", "submit")], .text(language(.find)))]),
            page.items.isEmpty ? .tag("p", [("class", "muted")], .text(language(.nothingFound)))
                : .tag("table", [], .tag("thead", [], .tag("tr", [], .tag("th", [("scope", "col")], .text(language(.project))),
                                                             .tag("th", [("scope", "col")], .text(language(.stage))))),
                       .tag("tbody", [], children: page.items.map { project in
                           .tag("tr", [], .tag("td", [], .tag("a", [("href", "/staff/projects/\(project.id)")], .text(project.title))),
                                .tag("td", [], .text(CodeNames(language: language).stage(project.stage))))
                       })),
        ] + more)
    }
}
