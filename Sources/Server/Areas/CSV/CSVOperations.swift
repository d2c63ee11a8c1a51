import Registry

/// The imports of registers from CSV, run alike by the JSON routes and the CSV desk:
/// every row checked, all written or none.
struct CSVOperations: Sendable {
    /// A CSV file to import, or only to check when `dryRun`.
    struct ImportInput: Sendable {
        let bytes: [UInt8]
        let dryRun: Bool
    }

    let node: Node

    /// The import of `kind`.
    func importing(_ kind: RegisterKind) -> Operation<ImportInput, ImportReport> {
        Operation("import\(CSVRoutes.title(kind))CSV", action: .importRegister) { [node] _, input in
            try await CSVRoutes.importReport(kind, input.bytes, dryRun: input.dryRun, node: node)
        }
    }
}
