import Registry

/// Towns side by side on one indicator (`/atlas/compare?indicator=…`): the audited ones
/// staff type in and the ones the registry computes, each town a small chart, all on one
/// vertical scale so their lines compare, with the figures as a table beneath each.
enum TownComparisonPage {
    static let path = "/atlas/compare"

    /// An indicator a reader can compare: audited (by its definition) or computed.
    enum Choice: Hashable {
        case audited(IndicatorDefinition)
        case computed(ComputedIndicator)

        /// Every indicator defined, then every computed one.
        static func all(_ definitions: [IndicatorDefinition]) -> [Choice] {
            definitions.map(Choice.audited) + ComputedIndicator.allCases.map(Choice.computed)
        }

        var code: String {
            switch self {
            case let .audited(definition): definition.indicator.rawValue
            case let .computed(indicator): indicator.rawValue
            }
        }

        func name(_ language: Language) -> String {
            switch self {
            case let .audited(definition): "\(definition.name(language)) (\(language(.audited)))"
            case let .computed(indicator): "\(language(indicator.phrase)) (\(language(.computed)))"
            }
        }
    }

    static func path(for indicator: ComputedIndicator) -> String { "\(path)?indicator=\(indicator.rawValue)" }

    static func route(node: Node) -> Route {
        Route(.get, path, operationID: "townComparisonPage", summary: "Towns compared on one indicator, audited or computed, on one scale",
              tag: "pages", action: .readPages, access: .anyone,
              documentation: RouteDocumentation(responseContentType: "text/html", query: [
                  RouteDocumentation.QueryParameter("indicator", type: "string",
                                                    description: "An audited indicator or a computed one (invested_in_projects, town_fund_revenue, projects_adopted_elsewhere, practices_adopted_elsewhere)."),
              ])) { context in
            let layout = PageLayout(context)
            let query = try QueryParameters(context.request)
            let asked = query["indicator"] ?? ""
            let choices = Choice.all(try await node.cityProfiles.definitions())
            let choice = choices.first { $0.code == asked } ?? .computed(.investedInProjects)
            return layout.response(try await page(choice, among: choices, layout: layout, node: node), switched: query["lang"] != nil)
        }
    }

    private static func page(_ choice: Choice, among choices: [Choice], layout: PageLayout, node: Node) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let towns = try await node.cities.all()
        let series: [(town: City, points: [SVGChart.Point])]
        switch choice {
        case let .audited(definition):
            let figures = try await node.cityProfiles.figures(of: definition.indicator)
            series = towns.compactMap { town in
                figures[town.id].map { (town, $0.map { SVGChart.Point(label: format.date($0.measuredOn), value: Double($0.value),
                                                                       text: format.figure($0.value, unit: definition.unit)) }) }
            }
        case let .computed(indicator):
            let figures = try await node.cityProfiles.computed(indicator, in: towns.map(\.id))
            series = towns.compactMap { town in figures[town.id].map { (town, ComputedIndicatorsSection.points($0, format: format)) } }
        }
        var body: [HTML] = [
            layout.breadcrumbs([(language(.towns), "/")], here: language(.compareTowns)),
            .tag("h1", [], .text(language(.compareTowns))),
            .tag("p", [("class", "muted")], .text(language(.compareTownsLead))),
            .tag("form", [("method", "get"), ("action", path)],
                 .tag("label", [("for", "indicator")], .text(language(.indicator))),
                 .tag("select", [("id", "indicator"), ("name", "indicator")], children: choices.map { option in
                     .tag("option", [("value", option.code)] + (option == choice ? [("selected", "selected")] : []), .text(option.name(language)))
                 }),
                 .text(" "), .tag("button", [("type", "submit")], .text(language(.showList)))),
            .tag("h2", [], .text(choice.name(language))),
        ]
        guard let scale = SVGChart.Scale(spanning: series.flatMap(\.points)) else {
            body.append(.tag("p", [("class", "muted")], .text(language(.noTownHasIt))))
            return layout.page(title: "\(language(.compareTowns)) — Glocal", body: body)
        }
        body.append(.tag("ul", [("class", "cards")], children: series.map { town, points in
            .tag("li", [], .tag("h3", [], .tag("a", [("href", "/towns/\(town.id)")], .text(town.name))),
                 SVGChart.line(points, scale: scale, describedAs: "\(choice.name(language)): \(town.name)",
                               table: .init(summary: language(.figuresAsTable), labelHeading: language(.date), valueHeading: language(.value))))
        }))
        return layout.page(title: "\(language(.compareTowns)) — Glocal", body: body)
    }
}
