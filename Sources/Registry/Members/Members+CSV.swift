import Foundation
import Ledger

extension Members {
    /// The columns of a members CSV file, in the order an export writes them. Roles
    /// are separated by ';' within their field.
    public static let csvColumns = ["id", "kind", "name", "email", "phone", "city_id", "roles", "status"]

    /// Every member with personal data, as CSV in the form `importCSV` reads back.
    /// For Union staff only: it holds names, emails and phone numbers.
    public func exportCSV() async throws -> [UInt8] {
        var writer = CSVWriter(header: Self.csvColumns)
        for member in try await all() {
            writer.append([member.id.rawValue, member.kind.rawValue, member.name ?? "", member.email ?? "",
                           member.phone ?? "", member.cityID?.rawValue ?? "",
                           member.roles.sorted().map(\.rawValue).joined(separator: ";"), member.status.rawValue])
        }
        return writer.bytes
    }

    /// Checks every row of a members file and, unless `dryRun` or any row is bad,
    /// enters them all in one transaction. A member's status defaults to `applied`;
    /// another status is reached through the moves the register allows, each its own
    /// ledger entry. Roles default to `resident`.
    public func importCSV(_ bytes: [UInt8], dryRun: Bool) async throws -> ImportReport {
        let table = try CSVTable(bytes, required: ["kind", "name"],
                                 optional: ["id", "email", "phone", "city_id", "roles", "status"])
        let now = clock()
        return try await CSVImport.run(table, dryRun: dryRun, database: database, candidate: { row, problems in
            guard let imported = Self.imported(from: row, &problems) else { return nil }
            return ImportCandidate(line: row.line, imported: imported, member: try Self.validated(imported, at: now))
        }, checkAgainstRegister: Self.problemsWithRegister, write: { [signer = database.ledger.nodeKey] candidates, transaction in
            for candidate in candidates {
                try Self.insert(candidate.member, path: candidate.imported.status.pathFromApplied, transaction, signer)
            }
        })
    }

    private struct ImportCandidate: Sendable {
        let line: Int
        let imported: ImportedMember
        let member: Member
    }

    /// The row's text turned into typed values, or nil with the reasons in `problems`.
    private static func imported(from row: CSVTable.Row, _ problems: inout ImportRowProblems) -> ImportedMember? {
        var id: MemberID?
        if !row["id"].isEmpty {
            id = MemberID(rawValue: row["id"])
            if id == nil { problems.add("id", .notAnID(.member)) }
        }
        var cityID: CityID?
        if !row["city_id"].isEmpty {
            cityID = CityID(rawValue: row["city_id"])
            if cityID == nil { problems.add("city_id", .notAnID(.city)) }
        }
        let kind = problems.parse("kind", row["kind"], default: MemberKind?.none)
        let status = problems.parse("status", row["status"], default: MembershipStatus.applied)
        let roleNames = row["roles"].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let roles = roleNames.compactMap { problems.parse("roles", $0, default: MemberRole?.none) }
        guard let kind, let status, roles.count == roleNames.count else { return nil }
        let application = MemberApplication(kind: kind, name: row["name"], email: row["email"], phone: row["phone"],
                                            cityID: cityID, roles: roles.isEmpty ? [.resident] : Set(roles))
        return ImportedMember(id: id, application: application, status: status)
    }

    /// What only the register can tell: unknown cities, ids taken or repeated in the file.
    private static func problemsWithRegister(_ candidates: [ImportCandidate], _ connection: SQLiteConnection) throws -> [ImportProblem] {
        var found: [ImportProblem] = []
        var seenIDs: [MemberID: Int] = [:]
        for candidate in candidates {
            let (line, member) = (candidate.line, candidate.member)
            if candidate.imported.id != nil, let earlier = seenIDs[member.id] {
                found.append(ImportProblem(line: line, field: "id", rule: .alsoOnLine(earlier)))
            }
            seenIDs[member.id] = seenIDs[member.id] ?? line
            do {
                try checkAdmissible(member, connection)
            } catch let error as RegistryValidationError {
                found.append(ImportProblem(line: line, field: error.fieldName, rule: error.rule))
            } catch is MembershipConflict {
                found.append(ImportProblem(line: line, field: "id", rule: .alreadyRegistered))
            }
        }
        return found
    }
}
