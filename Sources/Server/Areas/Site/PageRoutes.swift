import Foundation
import Ledger
import Registry

/// The public pages, server-rendered, Russian first: the towns, a town's page with its
/// Atlas of Happiness drawn as SVG, and a Challenge's leaderboard in large type for a
/// projector, kept live over Server-Sent Events by a small script (the table is
/// complete without it).
enum PageRoutes {
    static func routes(node: Node, operations: Operations) -> [Route] {
        let areas: [[Route]] = [
            AccountPages.routes(node: node, operations: operations.accounts),
            AdminAccountPages.routes(node: node, operations: operations.accounts),
            StaffTownPages.routes(node: node, operations: operations.towns),
            RoadMapPages.routes(node: node, operations: operations.roadMaps),
            IPConsentPages.routes(node: node, operations: operations.ipAssets),
            [MemberPage.route(node: node), PeoplePage.route(node: node), OpenDataPage.route(node: node), RoadMapsComparisonPage.route(node: node),
             TownComparisonPage.route(node: node)],
            JoiningPages.routes(node: node, accounts: operations.accounts, members: operations.members),
            PasswordResetPages.routes(operations: operations.accounts),
            InvestmentDeskPages.routes(node: node, operations: operations.investments),
            JudgePages.routes(node: node, operations: operations.challenges),
            ChallengeDeskPages.routes(node: node, operations: operations.challenges),
            ProfilePages.routes(node: node, operations: operations.profiles),
            StaffPages.routes(node: node, operations: operations.members),
            GamePages.routes(node: node, operations: operations.games),
            GameDeskPages.routes(node: node, operations: operations.games),
            FacilitatorSessionsPage.routes(node: node),
            EmbedPages.routes(node: node),
            AcceleratorPages.routes(node: node, operations: operations.accelerators),
            AcceleratorDeskPages.routes(node: node, operations: operations.accelerators),
            InvestmentPages.routes(node: node, operations: operations.investments),
            EventDeskPages.routes(node: node, operations: operations.events),
            StaffContractPages.routes(node: node, operations: operations.contracts),
            PartyContractPages.routes(node: node, operations: operations.contracts),
            StaffCSVPages.routes(operations: operations.csv),
            StaffProjectPages.routes(node: node, projects: operations.projects, capTables: operations.capTables),
            ResidentPages.routes(node: node, operations: operations.projects, capTables: operations.capTables),
        ]
        return areas.flatMap { $0 } + [
            asset("/assets/site.css", operationID: "siteStylesheet", "text/css; charset=utf-8", PageAssets.stylesheet),
            asset("/assets/board.js", operationID: "boardScript", "text/javascript; charset=utf-8", PageAssets.boardScript),
            asset("/assets/copy.js", operationID: "copyScript", "text/javascript; charset=utf-8", PageAssets.copyScript),
            asset("/assets/session.js", operationID: "sessionScript", "text/javascript; charset=utf-8", PageAssets.sessionScript),
            asset("/assets/file-hash.js", operationID: "fileHashScript", "text/javascript; charset=utf-8", PageAssets.fileHashScript),
            asset("/assets/icon.svg", operationID: "siteIcon", "image/svg+xml", PageAssets.icon),
            page("/", operationID: "homePage", summary: "The towns of the Union", sameForEveryMember: true,
                 judging: .notShown) { context, layout in
                let language = layout.language
                let towns = try await node.cities.all()
                var body: [HTML] = [
                    .tag("h1", [], .text(language(.siteTitle))),
                    .tag("p", [("class", "muted")], .text(language(.siteSubtitle))),
                    .tag("h2", [], .text(language(.towns))),
                    .tag("ul", [("class", "cards")], children: towns.map { town in
                        .tag("li", [], .tag("a", [("href", "/towns/\(town.id)")], .text(town.name)),
                             .tag("div", [("class", "muted")], .text(town.region)))
                    }),
                ]
                let mirrored = try await node.federation.towns().filter { $0.name != nil }
                if !mirrored.isEmpty {
                    body.append(.tag("h2", [], .text(language(.otherNodesTowns))))
                    body.append(.tag("ul", [("class", "cards")], children: mirrored.map { town in
                        .tag("li", [], .tag("a", [("href", town.provenance.url + "/towns/\(town.cityID)")], .text(town.name ?? town.cityID)),
                             .tag("div", [("class", "muted")], .text(town.region ?? "")),
                             .tag("div", [], ProvenanceLine.html(town.provenance, language: language)))
                    }))
                }
                body.append(.tag("p", [], .tag("a", [("href", RoadMapsComparisonPage.path)], .text(language(.roadMaps))), .text(" · "),
                                 .tag("a", [("href", "/people")], .text(language(.people))), .text(" · "),
                                 .tag("a", [("href", OpenDataPage.path)], .text(language(.openData))), .text(" · "),
                                 .tag("a", [("href", FederationPage.path)], .text(language(.unionNodes)))))
                for kind in [EventKind.game, .accelerator, .investmentSession, .challenge] {
                    let events = try await node.events.events(kind: kind, page: try PageRequest(limit: 20)).items
                    guard !events.isEmpty else { continue }
                    body.append(.tag("h2", [], .text(language(kind.phrase))))
                    body.append(.tag("ul", [], children: events.map {
                        .tag("li", [], .tag("a", [("href", kind.pagePath($0.id))], .text($0.title)))
                    }))
                }
                return layout.page(title: language(.siteTitle), body: body)
            },
            page("/towns/{city_id}", operationID: "townPage", summary: "A town: its directions, Atlas of Happiness and projects",
                 sameForEveryMember: true, judging: .notShown) { context, layout in
                let town = try await context.record("city_id", notFound: layout.language(.notFound)) { try await node.cities.city(id: $0) }
                return try await townPage(town, node: node, layout: layout)
            },
            page("/projects/{project_id}", operationID: "projectPage",
                 summary: "A project: team by role, MVP plan, adoptions, cap table and contracts", sameForEveryMember: true,
                 judging: .notShown) { context, layout in
                let overview = try await context.record("project_id", notFound: layout.language(.notFound)) {
                    try await node.projects.overview(of: $0, contractLimit: ProjectPage.contractLimit)
                }
                return try await ProjectPage(node: node, layout: layout).render(overview)
            },
            page("/search", operationID: "searchPage", summary: "Browse and search the registry", sameForEveryMember: true,
                 judging: .notShown) { context, layout in
                let query = try QueryParameters(context.request)
                let filter = ProjectFilter(cityID: query["town"].flatMap(CityID.init(rawValue:)),
                                           stage: query["stage"].flatMap(ProjectStage.init(rawValue:)))
                // A town's page links here for its projects at a stage; otherwise the search is over everything.
                let register = query["in"].flatMap(SearchPage.Register.init(rawValue:))
                    ?? (filter.cityID == nil && filter.stage == nil ? .everything : .projects)
                return try await SearchPage(node: node, layout: layout).render(words: query["q"], register: register, projects: filter)
            },
            page("/ledger", operationID: "ledgerPage", summary: "The ledger explorer: latest entries and the signed checkpoint",
                 sameForEveryMember: true) { context, layout in
                let before = try QueryParameters(context.request)["before"].flatMap { Int($0) }
                return try await LedgerPages(database: node.database, layout: layout).list(before: before)
            },
            page("/ledger/{seq}", operationID: "ledgerEntryPage",
                 summary: "One ledger entry: canonical bytes, hash, signatures and inclusion proof", sameForEveryMember: true) { context, layout in
                let seq = try context.parameter("seq", as: Int.self, notFound: layout.language(.notFound))
                return try await LedgerPages(database: node.database, layout: layout).entry(seq)
            },
            Route(.get, "/verify", operationID: "verifyPage",
                  summary: "Check an IP deposit receipt or an accelerator certificate against the signed ledger",
                  tag: "pages", action: .readPages, access: .anyone,
                  documentation: RouteDocumentation(responseContentType: "text/html")) { context in
                let layout = PageLayout(context)
                let page = try await VerifyPage(node: node, layout: layout, csrf: PageForm.csrfField(context))
                    .render(VerifyPage.Request(receipt: try QueryParameters(context.request)["receipt"], text: nil))
                // Each view checks the registry against the ledger afresh; no copy is kept.
                var response = layout.response(page, switched: (try? QueryParameters(context.request))?["lang"] != nil)
                response.headers.set("Cache-Control", "no-store")
                return response
            },
            Route(.post, "/verify", operationID: "verifyFormSubmit",
                  summary: "Check a receipt, and compare a text with a deposit by its SHA-256; the text is sent in the body, never in an address",
                  tag: "pages", action: .readPages, access: .anyone, bodyLimit: 256 * 1024,
                  documentation: RouteDocumentation(requestContentType: "application/x-www-form-urlencoded",
                                                    responseContentType: "text/html")) { context in
                let layout = PageLayout(context)
                let fields = FormBody.fields(of: context.request)
                let page = try await VerifyPage(node: node, layout: layout, csrf: PageForm.csrfField(context))
                    .render(VerifyPage.Request(receipt: fields["receipt"], text: fields["text"]))
                var response = layout.response(page, switched: false)
                response.headers.set("Cache-Control", "no-store")
                return response
            },
            page("/challenges/{event_id}/board", operationID: "challengeBoardPage",
                 summary: "A Challenge's public leaderboard for a projector, live", sameForEveryMember: true,
                 judging: .shownWithin(Challenges.publicBoardRefresh)) { context, layout in
                let event = try await context.event(.challenge, in: node.events, notFound: layout.language(.notFound))
                return try await ChallengeBoardPage(node: node, layout: layout).render(event)
            },
        ]
    }

    static func page(_ path: String, operationID: String, summary: String, action: Action = .readPages, access: Access = .anyone,
                     sameForEveryMember: Bool = false, judging: PageJudging = .shownAtOnce,
                     render: @escaping @Sendable (RequestContext, PageLayout) async throws -> HTML) -> Route {
        Route(.get, path, operationID: operationID, summary: summary, tag: "pages", action: action, access: access,
              documentation: RouteDocumentation(responseContentType: "text/html"), sameForEveryMember: sameForEveryMember,
              judging: judging) { context in
            let layout = PageLayout(context)
            let switched = (try? QueryParameters(context.request))?["lang"] != nil
            return layout.response(try await render(context, layout), switched: switched)
        }
    }

    private static func asset(_ path: String, operationID: String, _ contentType: String, _ text: StaticString) -> Route {
        Route(.get, path, operationID: operationID, summary: "A static asset of the pages", tag: "pages", action: .readPages, access: .anyone,
              documentation: RouteDocumentation(responseContentType: contentType)) { _ in
            var response = HTTPResponse(contentType: contentType, body: Array(text.description.utf8))
            response.headers.set("Cache-Control", "public, max-age=3600")
            return response
        }
    }

    /// A town's page lists this many projects per stage and links the rest to the search.
    static let projectsPerStage = 12

    private static func townPage(_ town: City, node: Node, layout: PageLayout) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let overview = try await node.cityProfiles.overview(of: town.id, projectsPerStage: Self.projectsPerStage)
        var body: [HTML] = [
            .tag("h1", [], .text(town.name)),
            .tag("p", [("class", "muted")], .text("\(language(.region)): \(town.region)"
                + (town.population.map { " · \(language(.population)): \(format.integer(Int64($0)))" } ?? ""))),
            .tag("h2", [], .text(language(.directions))),
            overview.profile.directions.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noFigures)))
                : .tag("ul", [], children: overview.profile.directions.map { .tag("li", [], .text($0)) }),
            .tag("h2", [], .text(language(.atlasOfHappiness))),
        ]
        let charts: [HTML] = overview.definitions.compactMap { definition in
            guard let figures = overview.indicators[definition.indicator], !figures.isEmpty else { return nil }
            let name = definition.name(language)
            return .tag("li", [], .tag("h3", [], .text(name)), .tag("p", [("class", "muted")], .text(language(definition.directionPhrase))),
                        SVGChart.line(figures.map { SVGChart.Point(label: format.date($0.measuredOn), value: Double($0.value),
                                                                   text: format.figure($0.value, unit: definition.unit)) },
                                      describedAs: name, table: .init(summary: language(.figuresAsTable),
                                                                      labelHeading: language(.date), valueHeading: language(.value))))
        }
        body.append(charts.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noFigures))) : .tag("ul", [("class", "cards")], children: charts))
        body += ComputedIndicatorsSection.render(overview.computed, townID: town.id, language: language)
        body.append(.tag("h2", [], .text(language(.maturityAudit))))
        body.append(overview.audits.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noFigures)))
            : SVGChart.bars(overview.audits.map { SVGChart.Point(label: "\($0.area), \(format.date($0.auditedOn))", value: Double($0.score),
                                                        text: "\($0.score)") },
                            maximum: 100, describedAs: language(.maturityAudit),
                            table: .init(summary: language(.figuresAsTable), labelHeading: language(.auditArea),
                                         valueHeading: language(.score))))
        body.append(.tag("h2", [], .text(language(.roadMap))))
        body.append(.tag("p", [], .text(overview.roadMap.map { RoadMapPages.summary($0, today: node.roadMaps.today, language: language) }
                                            ?? language(.roadMapNotStarted)),
                         .text(" "), .tag("a", [("href", RoadMapPages.path(town.id))], .text(language(.roadMap)))))
        body.append(.tag("h2", [], .text(language(.communities))))
        body.append(.tag("ul", [], children: overview.communities.map { .tag("li", [], .text($0.name)) }))
        body.append(.tag("p", [], .tag("a", [("href", "/people?city_id=\(town.id)")], .text(language(.people))), .text(" · "),
                         .tag("a", [("href", "/embed/towns/\(town.id)")], .text(language(.embedCard)))))
        body.append(.tag("h2", [], .text(language(.projectsByStage))))
        if overview.stageCounts.isEmpty { body.append(.tag("p", [("class", "muted")], .text(language(.noProjects)))) }
        for stage in ProjectStage.allCases {
            guard let count = overview.stageCounts[stage] else { continue }
            let shown = overview.projectsByStage[stage] ?? []
            body.append(.tag("h3", [], .text("\(CodeNames(language: language).stage(stage)) — \(format.count(Int64(count), .projects))")))
            body.append(.tag("ul", [], children: shown.map { .tag("li", [], .tag("a", [("href", "/projects/\($0.id)")], .text($0.title))) }))
            if count > shown.count {
                body.append(.tag("p", [], .tag("a", [("href", "/search?in=projects&town=\(town.id)&stage=\(stage.rawValue)")],
                                               .text("\(language(.allProjectsAtStage)) (\(format.integer(Int64(count))))"))))
            }
        }
        return layout.page(title: "\(town.name) — Glocal", body: body)
    }
}
