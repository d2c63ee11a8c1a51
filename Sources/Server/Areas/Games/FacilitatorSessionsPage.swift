import Registry

/// A facilitator's own page (`/my/sessions`): the Games whose sessions the signed-in
/// member runs, as Union staff named them on the Game's set-up page, each with its dates,
/// status, participants and ideas, and the way to the Game's page.
enum FacilitatorSessionsPage {
    static let path = "/my/sessions"

    static func routes(node: Node) -> [Route] {
        [
            PageRoutes.page(path, operationID: "facilitatorSessionsPage", summary: "The Games whose sessions the signed-in facilitator runs",
                            action: .readOwnAccount, access: .signedIn) { context, layout in
                try await page(context, layout, node: node)
            },
        ]
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let member = try await node.members.member(account: AccountID(unchecked: try context.signedIn.accountID))
        var games: [EventID] = []
        if let member { games = try await node.games.facilitated(by: member.id) }
        var rows: [HTML] = []
        for id in games {
            guard let event = try await node.events.event(id: id) else { continue }
            let participants = try await node.games.participants(of: id).count
            let ideas = try await node.games.ideas(of: id).count
            rows.append(.tag("tr", [], children: [
                .tag("td", [], .tag("a", [("href", event.kind.pagePath(id))], .text(event.title))),
                .tag("td", [], .text("\(format.date(event.startsOn)) — \(format.date(event.endsOn))")),
                .tag("td", [], .text(language(event.status.phrase))),
                .tag("td", [("class", "number")], .text(format.integer(Int64(participants)))),
                .tag("td", [("class", "number")], .text(format.integer(Int64(ideas)))),
            ]))
        }
        let headings: [Phrase] = [.game, .dates, .status, .participants, .ideas]
        var body: [HTML] = [
            layout.breadcrumbs([(language(.account), "/account")], here: language(.mySessions)),
            .tag("h1", [], .text(language(.mySessions))),
            .tag("p", [("class", "muted")], .text(language(.mySessionsLead))),
        ]
        if let member, try await node.profiles.facilitatorRecord(of: member.id) == nil {
            body.append(.tag("p", [("class", "notice")], .text(language(.notInFacilitatorRegistry)), .text(" "),
                             .tag("a", [("href", ProfilePages.path)], .text(language(.profiles)))))
        }
        body.append(rows.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("table", [],
            .tag("thead", [], .tag("tr", [], children: headings.map { .tag("th", [("scope", "col")], .text(language($0))) })),
            .tag("tbody", [], children: rows)))
        return layout.page(title: "\(language(.mySessions)) — Glocal", body: body)
    }
}
