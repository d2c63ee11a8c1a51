import Registry

/// The Union's page comparing towns' road maps (`/road-maps`): every town that has started
/// one, a row each on one time line, and beside it in text how many steps each has done,
/// where it is now and how many are late, with a link to the town's road map.
enum RoadMapsComparisonPage {
    static let path = "/road-maps"

    static func route(node: Node) -> Route {
        PageRoutes.page(path, operationID: "roadMapsPage", summary: "Towns' road maps compared on one time line",
                        sameForEveryMember: true, judging: .notShown) { _, layout in
            try await page(layout, node: node)
        }
    }

    private static func page(_ layout: PageLayout, node: Node) async throws -> HTML {
        let language = layout.language
        let roadMaps = try await node.roadMaps.all()
        let today = node.roadMaps.today
        let towns = Dictionary(try await node.cities.all().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var body: [HTML] = [
            .tag("h1", [], .text(language(.roadMaps))),
            .tag("p", [("class", "muted")], .text(language(.roadMapsLead))),
        ]
        guard !roadMaps.isEmpty else {
            body.append(.tag("p", [], .text(language(.noRoadMapsYet))))
            return layout.page(title: "\(language(.roadMaps)) — Glocal", body: body)
        }
        let summaries = roadMaps.map { RoadMapPages.summary($0, today: today, language: language) }
        body.append(RoadMapTimeline.draw(zip(roadMaps, summaries).map { roadMap, summary in
            RoadMapTimeline.Row(label: towns[roadMap.cityID] ?? "—", steps: roadMap.steps, summary: summary)
        },
                                         labelWidth: 120, today: today, describedAs: language(.roadMaps), language: language))
        body.append(.tag("ul", [("class", "cards")], children: zip(roadMaps, summaries).map { roadMap, summary in
            .tag("li", [], .tag("h2", [], .tag("a", [("href", RoadMapPages.path(roadMap.cityID))], .text(towns[roadMap.cityID] ?? "—"))),
                 .tag("p", [], .text(summary)))
        }))
        return layout.page(title: "\(language(.roadMaps)) — Glocal", body: body)
    }
}
