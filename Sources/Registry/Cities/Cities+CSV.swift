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
        let now = clock()
        return try await CSVImport.run(table, dryRun: dryRun, database: database, candidate: { row, problems in
            let registration = Self.registration(from: row, &problems)
            return ImportCandidate(line: row.line, registration: registration, city: try Self.validated(registration, at: now))
        }, checkAgainstRegister: Self.problemsWithRegister, write: { [signer = database.ledger.nodeKey] candidates, transaction in
            for candidate in candidates { try Self.insert(candidate.city, in: transaction, signer: signer) }
        })
    }

    private struct ImportCandidate: Sendable {
        let line: Int
        let registration: CityRegistration
        let city: City
    }

    private static func registration(from row: CSVTable.Row, _ problems: inout ImportRowProblems) -> CityRegistration {
        var id: CityID?
        if !row["id"].isEmpty {
            id = CityID(rawValue: row["id"])
            if id == nil { problems.add("id", .notAnID(.city)) }
        }
        var population: Int?
        let populationText = row["population"].trimmingCharacters(in: .whitespaces)
        if !populationText.isEmpty {
            population = Int(populationText)
            if population == nil { problems.add("population", .notAWholeNumber) }
        }
        return CityRegistration(id: id, name: row["name"], region: row["region"], population: population)
    }

    /// What only the register can tell: towns or ids already registered or repeated in the file.
    private static func problemsWithRegister(_ candidates: [ImportCandidate], _ connection: SQLiteConnection) throws -> [ImportProblem] {
        let store = CityStore(database: connection)
        var found: [ImportProblem] = []
        var seenNames: [String: Int] = [:]
        var seenIDs: [CityID: Int] = [:]
        for candidate in candidates {
            let (line, city) = (candidate.line, candidate.city)
            let key = city.name + "\u{0}" + city.region
            if let earlier = seenNames[key] {
                found.append(ImportProblem(line: line, field: "name", rule: .alsoOnLine(earlier)))
            } else if try store.exists(name: city.name, region: city.region) {
                found.append(ImportProblem(line: line, field: "name", rule: .alreadyRegistered))
            }
            seenNames[key] = seenNames[key] ?? line
            guard candidate.registration.id != nil else { continue }
            if let earlier = seenIDs[city.id] {
                found.append(ImportProblem(line: line, field: "id", rule: .alsoOnLine(earlier)))
            } else if try store.city(id: city.id) != nil {
                found.append(ImportProblem(line: line, field: "id", rule: .alreadyRegistered))
            }
            seenIDs[city.id] = seenIDs[city.id] ?? line
        }
        return found
    }
}
