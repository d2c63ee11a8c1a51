import Ledger

/// The SQL for events, their towns and their seals.
struct EventStore {
    let database: SQLiteConnection

    private static let columnNames = ["id", "kind", "title", "starts_on", "ends_on", "status", "created_at"]

    func insert(_ event: Event) throws {
        _ = try database.run(
            "INSERT INTO event (\(Self.columnNames.joined(separator: ", "))) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [.text(event.id.rawValue), .text(event.kind.rawValue), .text(event.title), .text(event.startsOn.rfc3339),
             .text(event.endsOn.rfc3339), .text(event.status.rawValue), .text(event.createdAt.rfc3339)])
        for city in event.cityIDs {
            _ = try database.run("INSERT INTO event_city (event_id, city_id) VALUES (?, ?)",
                                 [.text(event.id.rawValue), .text(city.rawValue)])
        }
        for town in event.townsElsewhere {
            _ = try database.run("INSERT INTO event_town_elsewhere (event_id, origin, city_id) VALUES (?, ?, ?)",
                                 [.text(event.id.rawValue), .text(town.origin), .text(town.cityID.rawValue)])
        }
    }

    func setStatus(_ status: EventStatus, of id: EventID) throws {
        _ = try database.run("UPDATE event SET status = ? WHERE id = ?", [.text(status.rawValue), .text(id.rawValue)])
    }

    func insertSeal(_ seal: EventSeal, of id: EventID) throws {
        _ = try database.run(
            "INSERT INTO event_seal (event_id, results_sha256, ledger_seq, sealed_at, results) VALUES (?, ?, ?, ?, ?)",
            [.text(id.rawValue), .text(seal.resultsSHA256.hex), .int(seal.ledgerSeq), .text(seal.sealedAt.rfc3339),
             .text(seal.results)])
    }

    func event(id: EventID) throws -> Event? {
        try database.queryFirst("SELECT \(Self.columnNames.joined(separator: ", ")) FROM event WHERE id = ?",
                                [.text(id.rawValue)], event)
    }

    /// The event, refused unless it is of `kind` and in one of `statuses`: the check every
    /// act of an event makes in its own transaction.
    func require(_ id: EventID, kind: EventKind, in statuses: Set<EventStatus>, toDo act: String) throws -> Event {
        guard let event = try event(id: id), event.kind == kind else { throw EventStateError.notFound(id, kind: kind) }
        guard statuses.contains(event.status) else {
            throw EventStateError.wrongStatus(id, kind: kind, current: event.status,
                                              allowed: EventStatus.allCases.filter(statuses.contains), act: act)
        }
        return event
    }

    func events(kind: EventKind?, cityID: CityID?, _ request: PageRequest) throws -> ListPage<Event> {
        var listing = KeysetListing(table: "event", columns: Self.columnNames, order: [.text("created_at"), .text("id")])
        if let kind { listing.filter("t.kind = ?", .text(kind.rawValue)) }
        if let cityID { listing.filter("EXISTS (SELECT 1 FROM event_city c WHERE c.event_id = t.id AND c.city_id = ?)", .text(cityID.rawValue)) }
        return try listing.page(matching: nil, request, in: database, row: event)
    }

    private func event(_ row: SQLiteRow) throws -> Event {
        let row = TableRow(row, table: "event")
        let id: EventID = try row.value("id")
        let cities = try database.query("SELECT city_id FROM event_city WHERE event_id = ? ORDER BY city_id", [.text(id.rawValue)]) {
            try TableRow($0, table: "event_city", id: id.rawValue).value("city_id") as CityID
        }
        let elsewhere = try database.query("SELECT origin, city_id FROM event_town_elsewhere WHERE event_id = ? ORDER BY origin, city_id",
                                           [.text(id.rawValue)]) { town in
            let town = TableRow(town, table: "event_town_elsewhere", id: id.rawValue)
            return TownElsewhere(origin: try town.value("origin"), cityID: try town.value("city_id"))
        }
        let seal = try database.queryFirst(
            "SELECT results_sha256, ledger_seq, sealed_at, results FROM event_seal WHERE event_id = ?", [.text(id.rawValue)]) { seal in
            let seal = TableRow(seal, table: "event_seal", id: id.rawValue)
            return EventSeal(resultsSHA256: try seal.value("results_sha256"), ledgerSeq: try seal.value("ledger_seq"),
                             sealedAt: try seal.value("sealed_at"), results: try seal.value("results"))
        }
        return Event(id: id, kind: try row.value("kind"), title: try row.value("title"), cityIDs: cities, townsElsewhere: elsewhere,
                     startsOn: try row.value("starts_on"), endsOn: try row.value("ends_on"), status: try row.value("status"),
                     seal: seal, createdAt: try row.value("created_at"))
    }
}
