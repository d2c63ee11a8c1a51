import Foundation
import Ledger

extension Cities {
    /// The columns of a cities CSV file, in the order an export writes them.
    public static let csvColumns = ["id", "name", "region", "population"]

    /// Every city as CSV, in the form `importCSV` reads back.
    public func exportCSV() async throws -> [UInt8] {
        var writer = CSVWriter(header: Self.csvColumns)
        for city in try await all() {
            writer.append([city.id.rawValue, city.name, city.region, city.population.map(String.init) ?? ""])
        }
        return writer.bytes
    }

    /// Checks every row of a cities file and, unless `dryRun` or any row is bad,
    /// registers them all in one transaction. `id` is optional: given, it restores a
    /// city exported from another node under the same id.
    public func importCSV(_ bytes: [UInt8], dryRun: Bool) async throws -> ImportReport {
        let table = try CSVTable(bytes, required: ["name", "region"], optional: ["id", "population"])
        var problems = table.problems
        var registrations: [(line: Int, registration: CityRegistration)] = []
        for row in table.rows {
            var rowProblems: [ImportProblem] = []
            var id: CityID?
            if !row["id"].isEmpty {
                id = CityID(rawValue: row["id"])
                if id == nil { rowProblems.append(ImportProblem(line: row.line, field: "id", detail: "is not a city id (cty_ and 32 hex digits)")) }
            }
            var population: Int?
            let populationText = row["population"].trimmingCharacters(in: .whitespaces)
            if !populationText.isEmpty {
                population = Int(populationText)
                if population == nil { rowProblems.append(ImportProblem(line: row.line, field: "population", detail: "must be a whole number")) }
            }
            let registration = CityRegistration(id: id, name: row["name"], region: row["region"], population: population)
            do {
                _ = try Self.validated(registration, at: clock())
            } catch let error as RegistryValidationError {
                rowProblems.append(ImportProblem(line: row.line, field: error.field, detail: error.reason))
            }
            problems += rowProblems
            if rowProblems.isEmpty { registrations.append((row.line, registration)) }
        }
        let candidates = registrations
        problems += try await database.read { connection in
            let store = CityStore(database: connection)
            var found: [ImportProblem] = []
            var seenNames: [String: Int] = [:]
            var seenIDs: [CityID: Int] = [:]
            for (line, registration) in candidates {
                let name = registration.name.trimmingCharacters(in: .whitespacesAndNewlines)
                let region = registration.region.trimmingCharacters(in: .whitespacesAndNewlines)
                let key = name + "\u{0}" + region
                if let earlier = seenNames[key] {
                    found.append(ImportProblem(line: line, field: "name", detail: "\(name) (\(region)) is also on line \(earlier)"))
                } else if try store.exists(name: name, region: region) {
                    found.append(ImportProblem(line: line, field: "name", detail: "\(name) (\(region)) is already registered"))
                }
                seenNames[key] = seenNames[key] ?? line
                guard let id = registration.id else { continue }
                if let earlier = seenIDs[id] {
                    found.append(ImportProblem(line: line, field: "id", detail: "is also on line \(earlier)"))
                } else if try store.city(id: id) != nil {
                    found.append(ImportProblem(line: line, field: "id", detail: "a city with this id is already registered"))
                }
                seenIDs[id] = seenIDs[id] ?? line
            }
            return found
        }
        guard problems.isEmpty, !dryRun else { return ImportReport(table: table, problems: problems, written: false) }
        _ = try await registerAll(registrations.map(\.registration))
        return ImportReport(table: table, problems: [], written: true)
    }
}
