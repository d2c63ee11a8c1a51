import Registry

/// The node's administration over JSON (administrators): its backups, listed and made.
enum NodeRoutes {
    static func routes(node: Node, operations: NodeOperations) -> [Route] {
        let backups = Backups(folder: node.folder)
        return [
            Route(.get, "/api/v1/admin/backups", operationID: "listBackups",
                  summary: "The backups in the data folder's backups/, newest first (administrators)", tag: "node",
                  action: .readNode, access: .roles([.admin]),
                  documentation: RouteDocumentation(response: "BackupPage", query: PageDocumentation.query, errors: [])) { context in
                try .json(try Page.of(try backups.list(), request: context.request, id: \.name, view: { NodeBodies.BackupView($0) }))
            },
            Route(.post, "/api/v1/admin/backups", running: operations.backUp,
                  summary: "Back up the database while the node serves, verify the copy and keep it in backups/ (administrators)",
                  tag: "node", access: .roles([.admin]),
                  documentation: RouteDocumentation(response: "VerifiedBackup", success: .created, errors: []),
                  input: { _ in () }, respond: { try .json(NodeBodies.BackupView($0), status: .created) }),
        ]
    }
}
