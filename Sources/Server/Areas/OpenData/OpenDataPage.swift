import Ledger
import Registry

/// The page that lists the open data (`/open-data`): each register to download as CSV or
/// JSON, the feeds, and the licence they are published under.
enum OpenDataPage {
    static let path = "/open-data"

    static func route(node: Node) -> Route {
        PageRoutes.page(path, operationID: "openDataPage", summary: "The public registers to download and the feeds, with their licence") {
            _, layout in
            let language = layout.language
            let towns = try await node.cities.all().sorted { $0.name < $1.name }
            func link(_ href: String, _ words: String) -> HTML { .tag("a", [("href", href)], .text(words)) }
            let body: [HTML] = [
                layout.breadcrumbs([], here: language(.openData)),
                .tag("h1", [], .text(language(.openData))),
                .tag("p", [], .text(language(.openDataLead)), .text(" "),
                     .tag("a", [("href", OpenDataRoutes.licence.url), ("rel", "license")], .text("CC BY 4.0")), .text(".")),
                .tag("h2", [], .text(language(.registers))),
                .tag("ul", [], children: [(RegisterKind.cities, Phrase.towns), (.projects, .projects)].map { kind, phrase in
                    .tag("li", [], .text("\(language(phrase)): "), link("/open-data/\(kind.rawValue).csv", "CSV"), .text(" · "),
                         link("/open-data/\(kind.rawValue).json", "JSON"))
                }),
                .tag("h2", [], .text(language(.feeds))),
                .tag("ul", [], children: [
                    .tag("li", [], link("/feeds/projects.atom", language(.newProjectsFeed))),
                    .tag("li", [], link("/feeds/results.atom", language(.sealedResultsFeed))),
                    .tag("li", [], link("/feeds/ledger.atom", language(.ledgerChangesFeed)), .text(" · "), .text(language(.ofOneKind)), .text(" "),
                         .group(CodeNames.entryKindNames.filter { $0.hasPrefix("project.") || $0.hasPrefix("practice.") || $0.hasPrefix("roadmap.") }
                                .enumerated().flatMap { index, kind -> [HTML] in
                                    (index > 0 ? [.text(", ")] : []) + [link("/feeds/ledger.atom?kind=\(kind)",
                                                                             CodeNames(language: language).entryKind(EntryKind(stringLiteral: kind)))]
                                })),
                ] + towns.map { .tag("li", [], link("/feeds/projects.atom?city_id=\($0.id)", "\(language(.newProjectsFeed)): \($0.name)")) }),
                .tag("p", [("class", "muted")], .text(language(.openDataReadAnywhere))),
            ]
            return layout.page(title: "\(language(.openData)) — Glocal", body: body)
        }
    }
}
