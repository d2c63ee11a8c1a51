import Ledger
import Registry

/// Towns side by side on one indicator (`/atlas/compare?indicator=…`): the audited ones
/// staff type in and the ones the registry computes, each town a small chart, all on one
/// vertical scale so their lines compare, with the figures as a table beneath each. An
/// audited indicator also shows the towns of the other nodes this node follows that
/// record it in the same unit, mirrored from their logs, each with where it comes from.
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
        var series: [(name: String, page: String, points: [SVGChart.Point], provenance: Provenance?)]
        switch choice {
        case let .audited(definition):
            func point(_ day: CalendarDate, _ value: Int64) -> SVGChart.Point {
                SVGChart.Point(label: format.date(day), value: Double(value), text: format.figure(value, unit: definition.unit))
            }
            let figures = try await node.cityProfiles.figures(of: definition.indicator)
            series = towns.compactMap { town in
                figures[town.id].map { (town.name, "/towns/\(town.id)", $0.map { point($0.measuredOn, $0.value) }, nil) }
            }
            // Another node's figures are drawn only within the range and the days a figure
            // recorded here may have, so that no figure from elsewhere flattens this node's.
            let today = CalendarDate(LedgerTime.now())
            series += try await node.federation.indicatorSeries(of: definition.indicator).filter { $0.unit == definition.unit }.compactMap { mirrored in
                let figures = mirrored.figures.filter { definition.validValues.contains($0.value) && $0.measuredOn <= today }
                guard !figures.isEmpty else { return nil }
                return (mirrored.townName ?? mirrored.provenance.origin, mirrored.provenance.url + "/towns/\(mirrored.cityID)",
                        figures.map { point($0.measuredOn, $0.value) }, mirrored.provenance)
            }
        case let .computed(indicator):
            let figures = try await node.cityProfiles.computed(indicator, in: towns.map(\.id))
            series = towns.compactMap { town in
                figures[town.id].map { (town.name, "/towns/\(town.id)", ComputedIndicatorsSection.points($0, format: format), nil) }
            }
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
        let firstElsewhere = series.firstIndex { $0.provenance != nil }
        body.append(.tag("ul", [("class", "cards")], children: series.enumerated().map { index, town in
            .tag("li", index == firstElsewhere ? [("id", "other-towns")] : [], .tag("h3", [], .tag("a", [("href", town.page)], .text(town.name))),
                 town.provenance.map { .tag("p", [], ProvenanceLine.html($0, language: language)) } ?? .group([]),
                 SVGChart.line(town.points, scale: scale, describedAs: "\(choice.name(language)): \(town.name)",
                               table: .init(summary: language(.figuresAsTable), labelHeading: language(.date), valueHeading: language(.value))))
        }))
        return layout.page(title: "\(language(.compareTowns)) — Glocal", body: body)
    }
}
