import Ledger

/// The SQL for towns' road maps, their steps and the evidence deposited for them.
struct RoadMapStore {
    let database: SQLiteConnection

    private static let stepColumns = "city_id, step, owner, planned_start, planned_end, status, done_on, event_id, ledger_seq"

    func insert(city: CityID, startsOn: CalendarDate, ledgerSeq: Int, at time: LedgerTime) throws {
        _ = try database.run("INSERT INTO road_map (city_id, starts_on, ledger_seq, created_at) VALUES (?, ?, ?, ?)",
                             [.text(city.rawValue), .text(startsOn.rfc3339), .integer(Int64(ledgerSeq)), .text(time.rfc3339)])
    }

    /// Writes the step's row, new or changed.
    func save(_ step: RoadMapStepRecord) throws {
        _ = try database.run("""
            INSERT INTO road_map_step (\(Self.stepColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (city_id, step) DO UPDATE SET owner = excluded.owner, planned_start = excluded.planned_start,
                planned_end = excluded.planned_end, status = excluded.status, done_on = excluded.done_on,
                event_id = excluded.event_id, ledger_seq = excluded.ledger_seq
            """,
            [.text(step.cityID.rawValue), .integer(Int64(step.step.rawValue)), .text(step.owner), .text(step.plannedStart.rfc3339),
             .text(step.plannedEnd.rfc3339), .text(step.status.rawValue), step.doneOn.map { .text($0.rfc3339) } ?? .null,
             step.eventID.map { .text($0.rawValue) } ?? .null, .integer(Int64(step.ledgerSeq))])
    }

    func insert(_ evidence: RoadMapEvidence, of step: RoadMapStep, in city: CityID) throws {
        _ = try database.run(
            "INSERT INTO road_map_evidence (city_id, step, sha256, title, ledger_seq, deposited_at) VALUES (?, ?, ?, ?, ?, ?)",
            [.text(city.rawValue), .integer(Int64(step.rawValue)), .text(evidence.sha256.hex), .text(evidence.title),
             .integer(Int64(evidence.ledgerSeq)), .text(evidence.depositedAt.rfc3339)])
    }

    func roadMap(of city: CityID) throws -> TownRoadMap? {
        try roadMaps(of: city).first
    }

    /// Every town's road map, in the order they started.
    func all() throws -> [TownRoadMap] {
        try roadMaps(of: nil)
    }

    func step(_ step: RoadMapStep, of city: CityID) throws -> RoadMapStepRecord? {
        let evidence = try self.evidence("WHERE city_id = ? AND step = ?", [.text(city.rawValue), .integer(Int64(step.rawValue))])
        return try database.queryFirst("SELECT \(Self.stepColumns) FROM road_map_step WHERE city_id = ? AND step = ?",
                                       [.text(city.rawValue), .integer(Int64(step.rawValue))]) { try record($0, evidence: evidence) }
    }

    /// The road maps of `city`, or of every town when nil, read in three queries whatever
    /// the number of towns.
    private func roadMaps(of city: CityID?) throws -> [TownRoadMap] {
        let filter = city == nil ? "" : "WHERE city_id = ?"
        let values: [SQLiteValue] = city.map { [.text($0.rawValue)] } ?? []
        let evidence = try self.evidence(filter, values)
        var steps: [CityID: [RoadMapStepRecord]] = [:]
        for step in try database.query("SELECT \(Self.stepColumns) FROM road_map_step \(filter) ORDER BY city_id, step", values, {
            try record($0, evidence: evidence)
        }) {
            steps[step.cityID, default: []].append(step)
        }
        return try database.query("SELECT city_id, starts_on, ledger_seq FROM road_map \(filter) ORDER BY ledger_seq", values) { row in
            let row = TableRow(row, table: "road_map", idColumn: "city_id")
            let city: CityID = try row.value("city_id")
            return TownRoadMap(cityID: city, startsOn: try row.value("starts_on"), ledgerSeq: try row.value("ledger_seq"),
                               steps: steps[city] ?? [])
        }
    }

    /// The evidence the rows `filter` selects, by town and step, each step's in the order deposited.
    private func evidence(_ filter: String, _ values: [SQLiteValue]) throws -> [String: [RoadMapEvidence]] {
        var found: [String: [RoadMapEvidence]] = [:]
        _ = try database.query("SELECT city_id, step, sha256, title, ledger_seq, deposited_at FROM road_map_evidence \(filter) ORDER BY ledger_seq",
                           values) { row in
            let row = TableRow(row, table: "road_map_evidence", idColumn: "city_id")
            let city: CityID = try row.value("city_id")
            let step: Int = try row.value("step")
            found["\(city) \(step)", default: []].append(RoadMapEvidence(
                sha256: try row.value("sha256"), title: try row.value("title"), ledgerSeq: try row.value("ledger_seq"),
                depositedAt: try row.value("deposited_at")))
        }
        return found
    }

    private func record(_ row: SQLiteRow, evidence: [String: [RoadMapEvidence]]) throws -> RoadMapStepRecord {
        let row = TableRow(row, table: "road_map_step", idColumn: "city_id")
        let city: CityID = try row.value("city_id")
        let number: Int = try row.value("step")
        guard let step = RoadMapStep(rawValue: number) else {
            throw RegistryError.corruptedRow(table: "road_map_step", id: city.rawValue, column: "step")
        }
        return RoadMapStepRecord(cityID: city, step: step, owner: try row.value("owner"), plannedStart: try row.value("planned_start"),
                                 plannedEnd: try row.value("planned_end"), status: try row.value("status"),
                                 doneOn: try row.optional("done_on"), eventID: try row.optional("event_id"),
                                 ledgerSeq: try row.value("ledger_seq"), evidence: evidence["\(city) \(number)"] ?? [])
    }
}
