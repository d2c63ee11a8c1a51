import Ledger

/// The SQL for a town's mapping-stage profile: its directions, audit results and
/// happiness indicator figures.
struct CityProfileStore {
    let database: SQLiteConnection

    func saveDirections(_ profile: CityProfile, at time: LedgerTime) throws {
        _ = try database.run(
            """
            INSERT INTO city_profile (city_id, directions, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (city_id) DO UPDATE SET directions = excluded.directions, updated_at = excluded.updated_at
            """,
            [.text(profile.cityID.rawValue), .text(try RegistryTags.column(profile.directions)), .text(time.rfc3339)])
    }

    func profile(of city: CityID) throws -> CityProfile {
        try database.queryFirst("SELECT directions, updated_at FROM city_profile WHERE city_id = ?", [.text(city.rawValue)]) { row in
            let row = TableRow(row, table: "city_profile", id: city.rawValue)
            return CityProfile(cityID: city, directions: try row.tags("directions"), updatedAt: try row.value("updated_at"))
        } ?? CityProfile(cityID: city, directions: [], updatedAt: nil)
    }

    func insert(_ result: AuditResult) throws {
        _ = try database.run(
            "INSERT INTO city_audit (id, city_id, area, score, audited_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
            [.text(result.id.rawValue), .text(result.cityID.rawValue), .text(result.area), .int(result.score),
             .text(result.auditedOn.rfc3339), .text(result.recordedAt.rfc3339)])
    }

    /// In the order audited, then recorded.
    func audits(of city: CityID) throws -> [AuditResult] {
        try database.query(
            """
            SELECT id, city_id, area, score, audited_on, recorded_at FROM city_audit WHERE city_id = ?
            ORDER BY audited_on, recorded_at, id
            """, [.text(city.rawValue)]) { row throws -> AuditResult in
            let row = TableRow(row, table: "city_audit")
            return AuditResult(id: try row.value("id"), cityID: try row.value("city_id"), area: try row.value("area"),
                               score: try row.value("score"), auditedOn: try row.value("audited_on"),
                               recordedAt: try row.value("recorded_at"))
        }
    }

    func insert(_ figure: IndicatorFigure) throws {
        _ = try database.run(
            """
            INSERT INTO city_indicator (id, city_id, indicator, value, measured_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
            """,
            [.text(figure.id.rawValue), .text(figure.cityID.rawValue), .text(figure.indicator.rawValue),
             .integer(figure.value), .text(figure.measuredOn.rfc3339), .text(figure.recordedAt.rfc3339)])
    }

    func figureExists(_ indicator: HappinessIndicator, of city: CityID, on day: CalendarDate) throws -> Bool {
        try database.queryFirst(
            "SELECT 1 FROM city_indicator WHERE city_id = ? AND indicator = ? AND measured_on = ?",
            [.text(city.rawValue), .text(indicator.rawValue), .text(day.rfc3339)]) { _ in true } ?? false
    }

    /// By indicator, each in date order.
    func figures(of city: CityID) throws -> [IndicatorFigure] {
        try figures(where: "city_id = ?", .text(city.rawValue))
    }

    /// One indicator's figures in every town, each town's in date order.
    func figures(of indicator: HappinessIndicator) throws -> [IndicatorFigure] {
        try figures(where: "indicator = ?", .text(indicator.rawValue))
    }

    private func figures(where condition: String, _ value: SQLiteValue) throws -> [IndicatorFigure] {
        try database.query(
            """
            SELECT figure.id, figure.city_id, figure.indicator, indicator.unit, figure.value, figure.measured_on, figure.recorded_at
            FROM city_indicator figure JOIN indicator ON indicator.code = figure.indicator WHERE figure.\(condition)
            ORDER BY figure.city_id, figure.indicator, figure.measured_on
            """, [value]) { row throws -> IndicatorFigure in
            let row = TableRow(row, table: "city_indicator")
            return IndicatorFigure(id: try row.value("id"), cityID: try row.value("city_id"), indicator: try row.value("indicator"),
                                   unit: try row.value("unit"), value: try row.value("value"), measuredOn: try row.value("measured_on"),
                                   recordedAt: try row.value("recorded_at"))
        }
    }
}
