import Ledger

/// The SQL for cities.
struct CityStore {
    let database: SQLiteConnection

    private static let columns = "id, name, region, population, created_at"

    func insert(_ city: City) throws {
        _ = try database.run(
            "INSERT INTO city (id, name, region, population, created_at) VALUES (?, ?, ?, ?, ?)",
            [.text(city.id.rawValue), .text(city.name), .text(city.region),
             city.population.map { .integer(Int64($0)) } ?? .null, .text(city.createdAt.rfc3339)])
    }

    func city(id: CityID) throws -> City? {
        try database.queryFirst("SELECT \(Self.columns) FROM city WHERE id = ?", [.text(id.rawValue)], Self.city)
    }

    /// The towns among `ids` that exist, in one query.
    func cities(ids: [CityID]) throws -> [City] {
        guard !ids.isEmpty else { return [] }
        let list = try JSONValue.array(ids.map { .string($0.rawValue) }).canonicalBytes()
        return try database.query("SELECT \(Self.columns) FROM city WHERE id IN (SELECT value FROM json_each(?))",
                                  [.text(String(decoding: list, as: UTF8.self))], Self.city)
    }

    func all() throws -> [City] {
        try database.query("SELECT \(Self.columns) FROM city ORDER BY name, id", [], Self.city)
    }

    func exists(name: String, region: String) throws -> Bool {
        try database.queryFirst("SELECT 1 FROM city WHERE name = ? AND region = ?", [.text(name), .text(region)]) { _ in true } ?? false
    }

    private static func city(_ row: SQLiteRow) throws -> City {
        let row = TableRow(row, table: "city")
        return City(id: try row.value("id"), name: try row.value("name"), region: try row.value("region"),
                    population: try row.optional("population"), createdAt: try row.value("created_at"))
    }
}
