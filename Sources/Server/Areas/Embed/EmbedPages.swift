import Registry

/// Cards another site may frame (`/embed/…`): a town (its projects by stage), a project
/// (its town, stage and direction) and a Challenge's board (its towns by score), each a
/// small page in the reader's language
/// with a link to the full page. They alone say `frame-ancestors *`; every other page
/// keeps refusing to be framed. They show what the public pages show, and no person.
enum EmbedPages {
    /// The policy of a card: framed by anyone, and otherwise as strict as every page.
    static let contentSecurityPolicy = "default-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'; object-src 'none'"

    static func routes(node: Node) -> [Route] {
        [
            card("/embed/towns/{city_id}", operationID: "townCard", summary: "A town's card for other sites to frame: its projects by stage") {
                context, language in
                let town = try await context.record("city_id", notFound: language(.notFound)) { try await node.cities.city(id: $0) }
                let overview = try await node.cityProfiles.overview(of: town.id, projectsPerStage: 1)
                let format = PageFormat(language: language)
                let names = CodeNames(language: language)
                let stages: [HTML] = ProjectStage.allCases.compactMap { stage in
                    overview.stageCounts[stage].map { .tag("li", [], .text("\(names.stage(stage)): \(format.integer(Int64($0)))")) }
                }
                return (town.name, [
                    .tag("h1", [], .tag("a", [("href", "/towns/\(town.id)"), ("target", "_top")], .text(town.name))),
                    .tag("p", [("class", "muted")], .text(town.region)),
                    stages.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noProjects))) : .tag("ul", [], children: stages),
                ])
            },
            card("/embed/projects/{project_id}", operationID: "projectCard", summary: "A project's card for other sites to frame") {
                context, language in
                let project = try await context.record("project_id", notFound: language(.notFound)) { try await node.projects.project(id: $0) }
                let town = try await node.cities.city(id: project.cityID)
                return (project.title, [
                    .tag("h1", [], .tag("a", [("href", "/projects/\(project.id)"), ("target", "_top")], .text(project.title))),
                    .tag("p", [], .text("\(town?.name ?? "") · \(CodeNames(language: language).stage(project.stage)) · \(project.direction)")),
                    .tag("p", [("class", "muted")], .text(project.summary)),
                ])
            },
            card("/embed/challenges/{event_id}/board", operationID: "challengeBoardCard",
                 summary: "A Challenge's towns by score, for other sites to frame") { context, language in
                let event = try await context.event(.challenge, in: node.events, notFound: language(.notFound))
                let board = try await node.challenges.rules(of: event.id) == nil ? nil
                    : try await node.challenges.leaderboard(of: event.id, respectingFreeze: true)
                let towns = try await TownNames.load(node: node)
                let format = PageFormat(language: language)
                let rows: [HTML] = (board?.towns ?? []).prefix(boardTowns).map { town in
                    .tag("li", [], .text("\(towns[town.cityID.rawValue] ?? "") — \(format.decimal(town.score))"))
                }
                return (event.title, [
                    .tag("h1", [], .tag("a", [("href", "/challenges/\(event.id)/board"), ("target", "_top")], .text(event.title))),
                    .tag("p", [("class", "muted")], .text(language(.townLeaderboard))),
                    rows.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("ol", [], children: rows),
                ])
            },
        ]
    }

    /// How many towns a Challenge's card lists.
    static let boardTowns = 10

    /// A GET route answering a card: its title and body in a page with no header, framed by anyone.
    private static func card(_ path: String, operationID: String, summary: String,
                             render: @escaping @Sendable (RequestContext, Language) async throws -> (String, [HTML])) -> Route {
        Route(.get, path, operationID: operationID, summary: summary, tag: "pages", action: .readPages, access: .anyone,
              documentation: RouteDocumentation(responseContentType: "text/html")) { context in
            let language = Language(context.request)
            let (title, body) = try await render(context, language)
            let page: HTML = .group([
                .constant("<!DOCTYPE html>"),
                .tag("html", [("lang", language.rawValue)], children: [
                    .tag("head", [], children: [
                        .tag("meta", [("charset", "utf-8")]),
                        .tag("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                        .tag("title", [], .text("\(title) — Glocal")),
                        .tag("link", [("rel", "stylesheet"), ("href", "/assets/site.css")]),
                        .tag("link", [("rel", "icon"), ("href", "/assets/icon.svg"), ("type", "image/svg+xml")]),
                    ]),
                    .tag("body", [], .tag("main", [], children: body + [
                        .tag("p", [("class", "muted")], .tag("a", [("href", "/"), ("target", "_top")], .text("Glocal"))),
                    ])),
                ]),
            ])
            var response = HTTPResponse(contentType: "text/html; charset=utf-8", body: page.renderedBytes)
            response.headers.set("Content-Security-Policy", contentSecurityPolicy)
            response.headers.set("Cache-Control", "public, max-age=60")
            return response
        }
    }
}
