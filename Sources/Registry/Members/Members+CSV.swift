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
        var problems = table.problems
        var candidates: [(line: Int, imported: ImportedMember, member: Member)] = []
        for row in table.rows {
            var rowProblems: [ImportProblem] = []
            func problem(_ field: String, _ detail: String) {
                rowProblems.append(ImportProblem(line: row.line, field: field, detail: detail))
            }
            func parse<T: RawRepresentable & CaseIterable>(_ field: String, _ text: String, default value: T?) -> T?
                where T.RawValue == String {
                let text = text.trimmingCharacters(in: .whitespaces)
                if text.isEmpty, let value { return value }
                if let parsed = T(rawValue: text) { return parsed }
                problem(field, "'\(text)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            var id: MemberID?
            if !row["id"].isEmpty {
                id = MemberID(rawValue: row["id"])
                if id == nil { problem("id", "is not a member id (mem_ and 32 hex digits)") }
            }
            var cityID: CityID?
            if !row["city_id"].isEmpty {
                cityID = CityID(rawValue: row["city_id"])
                if cityID == nil { problem("city_id", "is not a city id (cty_ and 32 hex digits)") }
            }
            let kind = parse("kind", row["kind"], default: MemberKind?.none)
            let status = parse("status", row["status"], default: MembershipStatus.applied)
            let roleNames = row["roles"].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let roles = roleNames.compactMap { parse("roles", $0, default: MemberRole?.none) }
            guard let kind, let status, roles.count == roleNames.count else {
                problems += rowProblems
                continue
            }
            let application = MemberApplication(kind: kind, name: row["name"], email: row["email"], phone: row["phone"],
                                                cityID: cityID, roles: roles.isEmpty ? [.resident] : Set(roles))
            let imported = ImportedMember(id: id, application: application, status: status)
            do {
                let member = try Self.validated(imported, at: clock())
                if rowProblems.isEmpty { candidates.append((row.line, imported, member)) }
            } catch let error as RegistryValidationError {
                problem(error.field, error.reason)
            }
            problems += rowProblems
        }
        let checked = candidates.map { ($0.line, $0.member, $0.imported.id != nil) }
        problems += try await database.read { connection in
            var found: [ImportProblem] = []
            var seenIDs: [MemberID: Int] = [:]
            for (line, member, hasID) in checked {
                if hasID, let earlier = seenIDs[member.id] {
                    found.append(ImportProblem(line: line, field: "id", detail: "is also on line \(earlier)"))
                }
                seenIDs[member.id] = seenIDs[member.id] ?? line
                do {
                    try Self.checkAdmissible(member, connection)
                } catch let error as RegistryValidationError {
                    found.append(ImportProblem(line: line, field: error.field, detail: error.reason))
                } catch is RegistryConflict {
                    found.append(ImportProblem(line: line, field: "id", detail: "a member with this id is already registered"))
                }
            }
            return found
        }
        guard problems.isEmpty, !dryRun else { return ImportReport(table: table, problems: problems, written: false) }
        _ = try await applyAll(candidates.map(\.imported))
        return ImportReport(table: table, problems: [], written: true)
    }
}
