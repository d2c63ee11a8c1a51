import Ledger

/// The SQL for the definitions of happiness indicators.
struct IndicatorStore {
    let database: SQLiteConnection

    private static let columns = "code, name, name_en, unit, direction, minimum, maximum, position"

    func insert(_ draft: IndicatorDraft, as indicator: HappinessIndicator, at time: LedgerTime) throws -> IndicatorDefinition {
        let position = try database.queryOne("SELECT coalesce(max(position), 0) + 1 AS next FROM indicator") { row throws(StorageError) in try row.int("next") }
        _ = try database.run("INSERT INTO indicator (\(Self.columns), created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            .text(indicator.rawValue), .text(draft.name), draft.englishName.map { .text($0) } ?? .null, .text(draft.unit.rawValue),
            .text(draft.direction.rawValue), .integer(draft.minimum), .integer(draft.maximum), .int(position), .text(time.rfc3339),
        ])
        return IndicatorDefinition(indicator: indicator, name: draft.name, englishName: draft.englishName, unit: draft.unit,
                                   direction: draft.direction, validValues: draft.minimum...draft.maximum, position: position)
    }

    /// In the order defined.
    func all() throws -> [IndicatorDefinition] {
        try database.query("SELECT \(Self.columns) FROM indicator ORDER BY position", [], definition)
    }

    func definition(of indicator: HappinessIndicator) throws -> IndicatorDefinition? {
        try database.queryFirst("SELECT \(Self.columns) FROM indicator WHERE code = ?", [.text(indicator.rawValue)], definition)
    }

    private func definition(_ row: SQLiteRow) throws -> IndicatorDefinition {
        let row = TableRow(row, table: "indicator", idColumn: "code")
        let minimum: Int64 = try row.value("minimum"), maximum: Int64 = try row.value("maximum")
        guard minimum <= maximum else { throw RegistryError.corruptedRow(table: "indicator", id: try row.value("code"), column: "maximum") }
        return IndicatorDefinition(indicator: try row.value("code"), name: try row.value("name"), englishName: try row.optional("name_en"),
                                   unit: try row.value("unit"), direction: try row.value("direction"), validValues: minimum...maximum,
                                   position: try row.value("position"))
    }
}
