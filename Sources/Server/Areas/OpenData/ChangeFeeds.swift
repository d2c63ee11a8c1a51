import Ledger
import Registry

/// Atom feeds of the registry's public changes, for feed readers and other towns' sites:
/// the ledger's newest entries, all of them or of one kind (`/feeds/ledger.atom?kind=`),
/// and one project's history (`/feeds/projects/{id}/changes.atom`: created, each stage it moved
/// to, each town that adopted it). Each entry is said in words, the towns, projects,
/// practices and events its entry names given by name, and links to its ledger entry.
enum ChangeFeeds {
    static func routes(node: Node) -> [Route] {
        [
            Route(.get, "/feeds/ledger.atom", operationID: "ledgerChangesFeed",
                  summary: "An Atom feed of the ledger's newest entries, of one kind with kind", tag: "open-data",
                  action: .readLedger, access: .anyone,
                  documentation: RouteDocumentation(responseContentType: "application/atom+xml", query: [
                      .init("kind", type: "string", description: "Only entries of this kind (practice.adopt, project.stage, roadmap.step, …)."),
                  ], errors: [.notFound])) { context in
                let kind = try QueryParameters(context.request)["kind"]
                let names = CodeNames(language: .russian)
                if let kind, !CodeNames.isEntryKind(kind) { throw APIError.notFound(detail: "No entry of kind \(kind) is written by this node.") }
                let entries = try await node.database.read { try LedgerRecords($0).newestEntries(kind: kind, limit: OpenDataRoutes.feedLength) }
                let subjects = try await EntrySubjects.load(entries.map(\.payload), node: node)
                let title = "Изменения реестра" + (kind.flatMap { try? EntryKind(validating: $0) }.map { ": \(names.entryKind($0))" } ?? "")
                return OpenDataRoutes.feedResponse(AtomFeed(
                    id: "urn:glocal:\(node.ledger.origin):ledger" + (kind.map { ":\($0)" } ?? ""), title: title, link: "/ledger",
                    updated: entries.first?.time.rfc3339 ?? LedgerTime(millisecondsSinceEpoch: 0).rfc3339,
                    entries: entries.map { entry in
                        let about = subjects.describe(entry.payload)
                        return AtomFeed.Entry(id: "urn:glocal:\(node.ledger.origin):entry:\(entry.seq)",
                                              title: names.entryKind(entry.kind) + (about.isEmpty ? "" : ": \(about)"),
                                              link: "/ledger/\(entry.seq)", updated: entry.time.rfc3339,
                                              summary: "Запись реестра № \(entry.seq)" + (about.isEmpty ? "" : " — \(about)"))
                    }))
            },
            Route(.get, "/feeds/projects/{project_id}/changes.atom", operationID: "projectChangesFeed",
                  summary: "An Atom feed of one project's history: created, its stage moves and its adoptions by other towns",
                  tag: "open-data", action: .readProjects, access: .anyone,
                  documentation: RouteDocumentation(responseContentType: "application/atom+xml", errors: [.notFound])) { context in
                let project = try await context.record("project_id", notFound: "No such project.") { try await node.projects.project(id: $0) }
                let moves = try await node.projects.stageMoves(of: project.id)
                let adoptions = try await node.projects.adoptions(of: project.id)
                let towns = Dictionary(try await node.cities.all().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                let names = CodeNames(language: .russian)
                let origin = node.ledger.origin
                var entries: [(time: String, entry: AtomFeed.Entry)] = [(project.createdAt.rfc3339, AtomFeed.Entry(
                    id: "urn:glocal:\(origin):project:\(project.id):created", title: "Проект зарегистрирован: \(project.title)",
                    link: "/projects/\(project.id)", updated: project.createdAt.rfc3339,
                    summary: "\(towns[project.cityID] ?? "") · \(project.direction)"))]
                entries += moves.map { move in
                    (move.movedAt.rfc3339, AtomFeed.Entry(
                        id: "urn:glocal:\(origin):entry:\(move.ledgerSeq)", title: "\(project.title): \(names.stage(move.to))",
                        link: "/ledger/\(move.ledgerSeq)", updated: move.movedAt.rfc3339,
                        summary: "Стадия: \(names.stage(move.from)) → \(names.stage(move.to)); запись реестра № \(move.ledgerSeq)"))
                }
                entries += adoptions.map { adoption in
                    let day = "\(adoption.adoptedOn)T00:00:00Z"
                    return (day, AtomFeed.Entry(
                        id: "urn:glocal:\(origin):project:\(project.id):adopted:\(adoption.cityID)",
                        title: "\(project.title): перенят городом \(towns[adoption.cityID] ?? "")", link: "/projects/\(project.id)",
                        updated: day, summary: "Тиражирование: \(towns[adoption.cityID] ?? "") с \(adoption.adoptedOn)"))
                }
                entries.sort { $0.time > $1.time }
                return OpenDataRoutes.feedResponse(AtomFeed(
                    id: "urn:glocal:\(origin):project:\(project.id)", title: "Проект «\(project.title)»", link: "/projects/\(project.id)",
                    updated: entries.first?.time ?? project.createdAt.rfc3339, entries: entries.map(\.entry)))
            },
        ]
    }
}
