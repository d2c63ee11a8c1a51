import Registry

/// Union staff's desk of towns (`/staff/towns`): for each town, the form that records one
/// area's score of its digital-maturity audit and the form that records a dated figure of
/// one of its happiness indicators — the operations of the API's
/// `POST /api/v1/cities/{city_id}/audits` and `…/indicators` — after which the town's page
/// shows them in its charts. A figure is typed as people write it: a percentage with a
/// decimal comma, money in roubles, a count as a whole number.
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
            PageForm.route(path + "/{city_id}/indicators", operationID: "recordIndicatorFormSubmit",
                           summary: "Record a dated figure of one of a town's happiness indicators from the desk (Union staff)",
                           running: operations.recordFigure, access: staff, render: render, input: { context, fields in
                               let indicator: HappinessIndicator = try PageFields.value(fields["indicator"], field: "indicator")
                               guard let definition = try await node.cityProfiles.definitions().first(where: { $0.indicator == indicator }) else {
                                   throw RegistryValidationError(field: "indicator", rule: .chooseFromList)
                               }
                               return .init(town: try context.parameter("city_id", notFound: "No such city."), indicator: indicator,
                                            value: try figure(fields["value"], in: definition.unit),
                                            measuredOn: try PageFields.value(fields["measured_on"], field: "measured_on"))
                           }, then: { _, figure in "/towns/\(figure.cityID)" }),
            PageForm.route(path + "/indicators", operationID: "defineIndicatorFormSubmit",
                           summary: "Define a new happiness indicator from the towns desk (Union staff)",
                           running: operations.define, access: staff, render: render, input: { _, fields in
                               let unit: IndicatorUnit = try PageFields.value(fields["unit"], field: "unit")
                               return IndicatorDraft(code: fields["code"] ?? "", name: fields["name"] ?? "", englishName: fields["name_en"],
                                                     unit: unit, direction: try PageFields.value(fields["direction"], field: "direction"),
                                                     minimum: try figure(fields["minimum"], in: unit, field: "minimum"),
                                                     maximum: try figure(fields["maximum"], in: unit, field: "maximum"))
                           }, then: { _, _ in path }),
        ]
    }

    /// A figure as typed, in the indicator's stored unit: a percentage (`12,5`, `-3`) in
    /// per mille, roubles in kopecks, a count as it is.
    static func figure(_ text: String?, in unit: IndicatorUnit, field: String = "value") throws -> Int64 {
        let typed = (text ?? "").filter { !$0.isWhitespace && $0 != "\u{00A0}" }
        switch unit {
        case .kopecks:
            return try PageFields.roubles(typed, field: field).value
        case .count:
            guard let count = Int64(typed) else { throw RegistryValidationError(field: field, rule: .notAWholeNumber) }
            return count
        case .perMille:
            let negative = typed.hasPrefix("-") || typed.hasPrefix("−")
            let digits = negative ? String(typed.dropFirst()) : typed
            let parts = digits.split(separator: ",", omittingEmptySubsequences: false).flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
            guard (1...2).contains(parts.count), let whole = Int64(parts[0]), whole <= 1_000_000,
                  parts.count == 1 || (parts[1].count == 1 && Int64(parts[1]) != nil) else {
                throw RegistryValidationError(field: field, rule: .notAWholeNumber)
            }
            let perMille = whole * 10 + (parts.count == 2 ? Int64(parts[1]) ?? 0 : 0)
            return negative ? -perMille : perMille
        }
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
        let definitions = try await node.cityProfiles.definitions()
        body += defineForm(csrf: csrf, language: language)
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
            let figures = "\(path)/\(town.id)/indicators"
            let figureRefused = context.request.path == figures ? problem : nil
            func typed(_ name: String) -> String { context.request.path == figures ? posted[name] ?? "" : "" }
            let indicatorForm = "indicator-\(town.id)"
            body.append(.tag("form", [("method", "post"), ("action", figures)], children: csrf + [
                figureRefused.map { .tag("p", [("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
                .tag("label", [("for", "\(indicatorForm)-indicator")], .text(language(.indicator))),
                .tag("select", [("id", "\(indicatorForm)-indicator"), ("name", "indicator")], children: definitions.map { definition in
                    var attributes = [("value", definition.indicator.rawValue)]
                    if typed("indicator") == definition.indicator.rawValue { attributes.append(("selected", "selected")) }
                    return .tag("option", attributes, .text(definition.name(language)))
                }),
                .tag("label", [("for", "\(indicatorForm)-value")], .text(language(.value))),
                .tag("input", [("id", "\(indicatorForm)-value"), ("name", "value"), ("required", "required"), ("inputmode", "decimal"),
                               ("aria-describedby", "\(indicatorForm)-hint"), ("value", typed("value"))]),
                .tag("p", [("id", "\(indicatorForm)-hint"), ("class", "muted")], .text(language(.indicatorValueHint))),
                .tag("label", [("for", "\(indicatorForm)-date")], .text(language(.measuredOn))),
                .tag("input", [("id", "\(indicatorForm)-date"), ("name", "measured_on"), ("type", "date"), ("required", "required"),
                               ("value", typed("measured_on"))]),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.recordIndicator)))),
            ]))
        }
        return layout.page(title: "\(language(.townsDesk)) — Glocal", body: body)
    }

    /// The form that adds an indicator for every town: the range is typed in the unit chosen.
    private static func defineForm(csrf: [HTML], language: Language) -> [HTML] {
        func field(_ name: String, _ label: Phrase, _ input: HTML) -> HTML {
            .tag("p", [], .tag("label", [("for", "indicator-\(name)")], .text(language(label))), input)
        }
        func choices(_ name: String, _ options: [(String, Phrase)]) -> HTML {
            .tag("select", [("id", "indicator-\(name)"), ("name", name)], children: options.map { value, phrase in
                .tag("option", [("value", value)], .text(language(phrase)))
            })
        }
        return [
            .tag("h2", [], .text(language(.newIndicator))),
            .tag("p", [("class", "muted")], .text(language(.newIndicatorLead))),
            .tag("form", [("method", "post"), ("action", path + "/indicators")], children: csrf + [
                field("code", .indicatorCode, .tag("input", [("id", "indicator-code"), ("name", "code"), ("required", "required"), ("maxlength", "40"),
                                                             ("pattern", "[a-z][a-z0-9_]{1,39}"), ("autocomplete", "off"), ("spellcheck", "false")])),
                field("name", .indicatorName, .tag("input", [("id", "indicator-name"), ("name", "name"), ("required", "required"), ("maxlength", "100")])),
                field("name_en", .indicatorEnglishName, .tag("input", [("id", "indicator-name_en"), ("name", "name_en"), ("maxlength", "100")])),
                field("unit", .unit, choices("unit", [("count", .unitCount), ("per_mille", .unitPerMille), ("kopecks", .unitKopecks)])),
                field("direction", .goodDirection, choices("direction", [("higher_is_better", .higherIsBetter), ("lower_is_better", .lowerIsBetter)])),
                field("minimum", .minimumValue, .tag("input", [("id", "indicator-minimum"), ("name", "minimum"), ("required", "required"),
                                                               ("inputmode", "decimal"), ("value", "0")])),
                field("maximum", .maximumValue, .tag("input", [("id", "indicator-maximum"), ("name", "maximum"), ("required", "required"),
                                                               ("inputmode", "decimal")])),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.defineIndicator)))),
            ]),
        ]
    }
}
