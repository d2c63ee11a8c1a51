import Ledger
import Registry

/// The administrators' page of the node itself (`/admin/node`): its ledger (origin, size,
/// the checkpoint signed last), the node keys registered in it, the size of its database,
/// and its backups, with the button that takes one (the operation of `POST
/// /api/v1/admin/backups`) and how a backup is put back.
enum NodePages {
    static let path = "/admin/node"

    static func routes(node: Node, operations: NodeOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in try await page(context, layout, node: node, problem: problem) }
        return [
            PageRoutes.page(path, operationID: "nodePage", summary: "The node's ledger, keys, database and backups (administrators)",
                            action: .readNode, access: .roles([.admin])) { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route(path + "/backups", operationID: "makeBackupFormSubmit",
                           summary: "Back up the database and verify the copy (administrators)", running: operations.backUp,
                           access: .roles([.admin]), render: render, input: { _, _ in () }, then: { _, _ in path }),
        ]
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let (size, checkpoint) = try await node.database.read { connection in
            let records = LedgerRecords(connection)
            return (try records.size(), try records.latestCheckpoint())
        }
        let keys = await node.ledger.keys.keys.values.filter { $0.registration.role == .node }.sorted { $0.registeredAtSeq < $1.registeredAtSeq }
        let publicKey = try node.ledger.nodeKey.publicKey.pemRepresentation()
        let backups = try Backups(folder: node.folder).list()
        let databaseBytes = node.folder.databaseBytes()
        func row(_ label: Phrase, _ value: HTML) -> HTML {
            .tag("tr", [], .tag("th", [("scope", "row")], .text(language(label))), .tag("td", [], value))
        }
        var body: [HTML] = [
            layout.breadcrumbs([(language(.account), "/account")], here: language(.nodeDesk)),
            .tag("h1", [], .text(language(.nodeDesk))),
            StaffContractPages.problemBeside(problem),
            .tag("h2", [], .text(language(.ledger))),
            .tag("table", [], .tag("tbody", [], children: [
                row(.ledgerOrigin, .tag("code", [], .text(node.ledger.origin))),
                row(.entries, .text(format.integer(Int64(size)))),
                row(.checkpoint, checkpoint.map { signed in
                    .text("\(format.integer(Int64(signed.checkpoint.size))) · \(language(.checkpointLatest))")
                } ?? .text("—")),
                row(.databaseSize, .text(format.bytes(databaseBytes))),
            ])),
            .tag("h2", [], .text(language(.nodeKeys))),
            .tag("p", [("class", "muted")], .text(language(.nodeKeysLead))),
            .tag("table", [], .tag("thead", [], .tag("tr", [], children: [Phrase.nodeKey, .registeredIn, .status].map {
                .tag("th", [("scope", "col")], .text(language($0)))
            })), .tag("tbody", [], children: keys.map { key in
                .tag("tr", [], .tag("td", [], Identifier.shown(key.keyID.hex, language: language)),
                     .tag("td", [], .tag("a", [("href", "/ledger/\(key.registeredAtSeq)")], .text("\(language(.entry)) \(key.registeredAtSeq)"))),
                     .tag("td", [], .text(key.isActive ? (key.keyID == node.ledger.nodeKey.keyID ? language(.signsNow) : language(.activeKey))
                                                       : language(.revoked))))
            })),
            .tag("details", [], .tag("summary", [], .text(language(.publicKeyPEM))), .tag("pre", [], .text(publicKey))),
            .tag("h2", [], .text(language(.backups))),
            .tag("p", [("class", "muted")], .text(language(.backupsLead))),
        ]
        body.append(backups.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("table", [],
            .tag("thead", [], .tag("tr", [], children: [Phrase.backupFile, .fileSize, .takenAt].map { .tag("th", [("scope", "col")], .text(language($0))) })),
            .tag("tbody", [], children: backups.map { backup in
                .tag("tr", [], .tag("td", [], .tag("code", [], .text(backup.name))), .tag("td", [("class", "number")], .text(format.bytes(backup.bytes))),
                     .tag("td", [], .text(format.moment(backup.takenAt))))
            })))
        body.append(.tag("form", [("method", "post"), ("action", path + "/backups")], children: PageForm.csrfField(context) + [
            .tag("button", [("type", "submit")], .text(language(.makeBackup))),
        ]))
        body.append(.tag("p", [("class", "muted")], .text(language(.restoreHint)), .text(" "),
                         .tag("code", [], .text("glocal restore --from \(Backups(folder: node.folder).path)/<…>.sqlite --data <…>"))))
        return layout.page(title: "\(language(.nodeDesk)) — Glocal", body: body)
    }
}
