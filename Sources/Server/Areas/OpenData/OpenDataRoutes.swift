import Ledger
import Registry

/// The public registers as open data: the towns and the projects to download as CSV or
/// JSON under a stated licence (CC BY 4.0), Atom feeds of new projects (of the Union or
/// one town) and of sealed results, and the page that lists them. None of it names a
/// person; pages of any origin may read it.
enum OpenDataRoutes {
    static let licence = (name: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/")
    /// Entries a feed holds.
    static let feedLength = 50

    struct Download<Item: Encodable>: Encodable {
        let license: String
        let licenseUrl: String
        let generatedAt: String
        let items: [Item]
    }

    static func routes(node: Node) -> [Route] {
        let files: [(RegisterKind, Action)] = [(.cities, .readCities), (.projects, .readProjects)]
        return files.flatMap { kind, action in
            [
                Route(.get, "/open-data/\(kind.rawValue).csv", operationID: "openData\(kind.rawValue.capitalized)CSV",
                      summary: "The register of \(kind.rawValue) as CSV, under CC BY 4.0", tag: "open-data", action: action, access: .anyone,
                      documentation: RouteDocumentation(responseContentType: "text/csv")) { _ in
                    download(HTTPResponse(contentType: "text/csv; charset=utf-8", body: try await node.exportCSV(kind)), file: "\(kind.rawValue).csv")
                },
                Route(.get, "/open-data/\(kind.rawValue).json", operationID: "openData\(kind.rawValue.capitalized)JSON",
                      summary: "The register of \(kind.rawValue) as JSON, under CC BY 4.0", tag: "open-data", action: action, access: .anyone,
                      documentation: RouteDocumentation(responseContentType: "application/json")) { _ in
                    let now = LedgerTime.now().rfc3339
                    let response: HTTPResponse = switch kind {
                    case .projects:
                        try .json(Download(license: licence.name, licenseUrl: licence.url, generatedAt: now,
                                           items: try await node.projects.projects().map(ProjectBodies.ProjectView.init)))
                    default:
                        try .json(Download(license: licence.name, licenseUrl: licence.url, generatedAt: now,
                                           items: try await node.cities.all().map(RegisterBodies.CityView.init)))
                    }
                    return download(response, file: "\(kind.rawValue).json")
                },
            ]
        } + [
            Route(.get, "/feeds/projects.atom", operationID: "newProjectsFeed",
                  summary: "An Atom feed of the projects created last, of one town with city_id", tag: "open-data",
                  action: .readProjects, access: .anyone,
                  documentation: RouteDocumentation(responseContentType: "application/atom+xml",
                                                    query: [.init("city_id", type: "string", description: "Only this town's projects.")],
                                                    errors: [.notFound])) { context in
                var town: City?
                if let text = try QueryParameters(context.request)["city_id"] {
                    town = try await PageFields.record(text, field: "city_id", notFound: "No such town.") { try await node.cities.city(id: $0) }
                }
                let projects = try await node.projects.newest(in: town?.id, limit: feedLength)
                let towns = Dictionary(try await node.cities.all().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                let names = CodeNames(language: .russian)
                let feed = AtomFeed(
                    id: "urn:glocal:\(node.ledger.origin):projects" + (town.map { ":\($0.id)" } ?? ""),
                    title: "Новые проекты" + (town.map { " — \($0.name)" } ?? ""), link: town.map { "/towns/\($0.id)" } ?? "/search",
                    updated: projects.first?.createdAt.rfc3339 ?? LedgerTime(millisecondsSinceEpoch: 0).rfc3339,
                    entries: projects.map { project in
                        AtomFeed.Entry(id: "urn:glocal:\(node.ledger.origin):project:\(project.id)", title: project.title,
                                       link: "/projects/\(project.id)", updated: project.createdAt.rfc3339,
                                       summary: "\(towns[project.cityID] ?? "") · \(names.stage(project.stage)) · \(project.direction). \(project.summary)")
                    })
                return feedResponse(feed)
            },
            Route(.get, "/feeds/results.atom", operationID: "sealedResultsFeed",
                  summary: "An Atom feed of the events whose results were sealed into the ledger, last sealed first", tag: "open-data",
                  action: .readEvents, access: .anyone, documentation: RouteDocumentation(responseContentType: "application/atom+xml")) { _ in
                var sealed: [(Event, EventSeal)] = []
                var request = try PageRequest(limit: PageRequest.maximumLimit)
                while true {
                    let page = try await node.events.events(page: request)
                    sealed += page.items.compactMap { event in event.seal.map { (event, $0) } }
                    guard let next = page.next else { break }
                    request = try PageRequest(limit: PageRequest.maximumLimit, after: next)
                }
                sealed.sort { $0.1.ledgerSeq > $1.1.ledgerSeq }
                let feed = AtomFeed(
                    id: "urn:glocal:\(node.ledger.origin):results", title: "Итоги событий, записанные в реестр", link: "/",
                    updated: sealed.first?.1.sealedAt.rfc3339 ?? LedgerTime(millisecondsSinceEpoch: 0).rfc3339,
                    entries: sealed.prefix(feedLength).map { event, seal in
                        AtomFeed.Entry(id: "urn:glocal:\(node.ledger.origin):results:\(event.id)", title: event.title,
                                       link: event.kind.pagePath(event.id), updated: seal.sealedAt.rfc3339,
                                       summary: "\(Language.russian(event.kind.phrase)): итоги в записи реестра № \(seal.ledgerSeq), SHA-256 \(seal.resultsSHA256.hex)")
                    })
                return feedResponse(feed)
            },
        ]
    }

    private static func download(_ answer: HTTPResponse, file: String) -> HTTPResponse {
        var response = answer
        response.headers.set("Content-Disposition", "attachment; filename=\"\(file)\"")
        response.headers.set("Link", "<\(licence.url)>; rel=\"license\"")
        response.headers.set("Cache-Control", "public, max-age=300")
        return response
    }

    static func feedResponse(_ feed: AtomFeed) -> HTTPResponse {
        var response = HTTPResponse(contentType: "application/atom+xml; charset=utf-8", body: feed.bytes)
        response.headers.set("Cache-Control", "public, max-age=60")
        return response
    }
}
