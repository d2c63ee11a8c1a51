/// The registers Union staff exchange with spreadsheets. Cities and members go both
/// ways; projects are export only, since a project is started by its lead.
public enum RegisterKind: String, Sendable, CaseIterable {
    case cities
    case members
    case projects

    public var isImportable: Bool { self != .projects }

    /// The kinds `isImportable` accepts, as words for help and error messages.
    public static var importable: [RegisterKind] { allCases.filter(\.isImportable) }
}

extension Node {
    /// The register of `kind` as CSV (UTF-8 with BOM, CRLF, a header row).
    public func exportCSV(_ kind: RegisterKind) async throws -> [UInt8] {
        switch kind {
        case .cities: return try await cities.exportCSV()
        case .members: return try await members.exportCSV()
        case .projects: return try await projects.exportCSV()
        }
    }

    /// Checks a CSV file for the register of `kind` and, unless `dryRun` or any row
    /// is bad, writes every row in one transaction. Refuses the export-only kinds.
    public func importCSV(_ kind: RegisterKind, _ bytes: [UInt8], dryRun: Bool) async throws -> ImportReport {
        switch kind {
        case .cities: return try await cities.importCSV(bytes, dryRun: dryRun)
        case .members: return try await members.importCSV(bytes, dryRun: dryRun)
        case .projects: throw RegistryValidationError(field: "kind", rule: .exportOnly)
        }
    }
}
