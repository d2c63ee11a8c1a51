import Ledger

extension Federation {
    /// The practices mirrored from every followed node that `query` finds by title, town
    /// or summary (all of them without one), title matches first; at most `limit`.
    public func practices(matching query: SearchQuery? = nil, limit: Int) async throws -> [MirroredPractice] {
        let candidates = try await database.read { connection in
            try connection.query(
                """
                SELECT p.origin, n.url, p.practice_id, p.city_id, t.name AS town_name, p.title, p.summary, p.entry_seq, n.size, n.cosigned_by
                FROM mirrored_practice p JOIN followed_node n ON n.origin = p.origin
                LEFT JOIN mirrored_town t ON t.origin = p.origin AND t.city_id = p.city_id
                WHERE p.title IS NOT NULL AND (?1 IS NULL OR instr(p.title_folded, ?1) > 0 OR instr(t.name_folded, ?1) > 0
                                               OR instr(p.summary_folded, ?1) > 0)
                ORDER BY p.entry_seq DESC LIMIT 2000
                """, [query.map { .text($0.prefixes[0]) } ?? .null], Self.practice)
        }
        guard let query else { return Array(candidates.prefix(limit)) }
        let inTitle = candidates.filter { query.matches($0.title ?? "") }
        let elsewhere = candidates.filter { !query.matches($0.title ?? "") && query.matches($0.title ?? "", $0.townName ?? "", $0.summary ?? "") }
        return Array((inTitle + elsewhere).prefix(limit))
    }

    /// The practice `practiceID` mirrored from `origin`, once it is named.
    public func practice(origin: String, id practiceID: String) async throws -> MirroredPractice? {
        try await database.read { connection in
            try connection.queryFirst(
                """
                SELECT p.origin, n.url, p.practice_id, p.city_id, t.name AS town_name, p.title, p.summary, p.entry_seq, n.size, n.cosigned_by
                FROM mirrored_practice p JOIN followed_node n ON n.origin = p.origin
                LEFT JOIN mirrored_town t ON t.origin = p.origin AND t.city_id = p.city_id
                WHERE p.origin = ? AND p.practice_id = ? AND p.title IS NOT NULL
                """, [.text(origin), .text(practiceID)], Self.practice)
        }
    }

    /// Records that `city`, a town of this node, adopted `practice`: a `practice.adopt`
    /// entry that cites the practice's report in its node's log (`citation`), which must
    /// be that practice's `practice.report` of that town, within the tree this node verified.
    public func adopt(_ practice: MirroredPractice, in city: CityID, citation: CitedEntry, report: Entry) async throws -> PracticeAdoptedElsewhere {
        guard citation.origin == practice.provenance.origin, citation.seq == practice.provenance.seq, report.kind.name == "practice.report",
              report.payload["practice_id"]?.stringValue == practice.practiceID, report.payload["city_id"]?.stringValue == practice.cityID
        else { throw TownConflict.sourceEntryUnproved(origin: citation.origin, seq: citation.seq) }
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let connection = transaction.database
            guard try CityStore(database: connection).city(id: city) != nil else {
                throw RegistryValidationError(field: "city_id", rule: .notFound(.city))
            }
            let verified = try connection.queryFirst("SELECT size, right_edge FROM followed_node WHERE origin = ?", [.text(citation.origin)]) { row in
                let row = TableRow(row, table: "followed_node", id: citation.origin)
                let edge: [UInt8] = try row.value("right_edge")
                let size: Int = try row.value("size")
                let hashes = try stride(from: 0, to: edge.count, by: 32).map { try SHA256Digest(bytes: Array(edge[$0..<($0 + 32)])) }
                return (size: size, root: try MerkleFrontier(size: size, rightEdge: hashes).root())
            }
            guard let verified, verified.size == citation.treeSize, verified.root == citation.rootHash else {
                throw TownConflict.sourceEntryUnproved(origin: citation.origin, seq: citation.seq)
            }
            let adopted = try connection.queryFirst(
                "SELECT 1 AS adopted FROM practice_adoption_elsewhere WHERE city_id = ? AND origin = ? AND practice_id = ?",
                [.text(city.rawValue), .text(citation.origin), .text(practice.practiceID)]) { _ in true } ?? false
            guard !adopted else { throw TownConflict.practiceAlreadyAdopted }
            let receipt = try transaction.append(kind: "practice.adopt", payload: [
                "practice_id": .string(practice.practiceID), "city_id": .string(city.rawValue), "source": citation.payload,
            ], author: signer)
            _ = try connection.run(
                """
                INSERT INTO practice_adoption_elsewhere (city_id, origin, practice_id, title, source_seq, source_entry_sha256, tree_size,
                                                         root_sha256, ledger_seq, adopted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(city.rawValue), .text(citation.origin), .text(practice.practiceID), .text(practice.title ?? ""),
                      .int(citation.seq), .text(citation.entryHash.hex), .int(citation.treeSize), .text(citation.rootHash.hex),
                      .int(receipt.seq), .text(now.rfc3339)])
            return PracticeAdoptedElsewhere(cityID: city, origin: citation.origin, practiceID: practice.practiceID,
                                            title: practice.title ?? "", sourceSeq: citation.seq, ledgerSeq: receipt.seq, adoptedAt: now)
        }
    }

    /// The practices this node's towns adopted from other nodes, newest first.
    public func adoptionsElsewhere() async throws -> [PracticeAdoptedElsewhere] {
        try await database.read { connection in
            try connection.query(
                """
                SELECT city_id, origin, practice_id, title, source_seq, ledger_seq, adopted_at
                FROM practice_adoption_elsewhere ORDER BY ledger_seq DESC
                """, []) { row in
                let row = TableRow(row, table: "practice_adoption_elsewhere", id: "")
                return PracticeAdoptedElsewhere(cityID: try row.value("city_id"), origin: try row.value("origin"),
                                                practiceID: try row.value("practice_id"), title: try row.value("title"),
                                                sourceSeq: try row.value("source_seq"), ledgerSeq: try row.value("ledger_seq"),
                                                adoptedAt: try row.value("adopted_at"))
            }
        }
    }

    /// The sealed events of `origin` whose published results have not been read yet, so a
    /// round asks for them again; at most `limit`.
    public func uncheckedSeals(of origin: String, limit: Int) async throws -> [(eventID: String, resultsSHA256: String)] {
        try await database.read { connection in
            try connection.query(
                """
                SELECT event_id, results_sha256 FROM mirrored_event
                WHERE origin = ? AND results_sha256 IS NOT NULL AND results_check IS NULL LIMIT ?
                """, [.text(origin), .int(limit)]) { row in
                let row = TableRow(row, table: "mirrored_event", id: origin)
                return (eventID: try row.value("event_id") as String, resultsSHA256: try row.value("results_sha256") as String)
            }
        }
    }

    private static func practice(_ row: SQLiteRow) throws -> MirroredPractice {
        let row = TableRow(row, table: "mirrored_practice", id: "")
        return MirroredPractice(provenance: try provenance(row), practiceID: try row.value("practice_id"), cityID: try row.value("city_id"),
                                townName: try row.optional("town_name"), title: try row.optional("title"), summary: try row.optional("summary"))
    }
    /// The events mirrored from every followed node, sealed ones first, newest first.
    public func events() async throws -> [MirroredEvent] {
        try await database.read { connection in
            try connection.query(
                """
                SELECT e.origin, n.url, e.event_id, e.kind, e.title, e.entry_seq, e.sealed_seq, e.results_sha256, e.results_check,
                       n.size, n.cosigned_by
                FROM mirrored_event e JOIN followed_node n ON n.origin = e.origin
                ORDER BY e.sealed_seq IS NULL, e.entry_seq DESC LIMIT 200
                """, [], Self.event)
        }
    }

    /// The Challenges followed nodes host in which towns of this node take part, newest
    /// first, each with those towns: what this node's towns may nominate teams for.
    public func challengesTakingPart() async throws -> [(challenge: MirroredEvent, cityIDs: [CityID])] {
        let own = database.ledger.origin
        return try await database.read { connection in
            let challenges = try connection.query(
                """
                SELECT e.origin, n.url, e.event_id, e.kind, e.title, e.entry_seq, e.sealed_seq, e.results_sha256, e.results_check,
                       n.size, n.cosigned_by
                FROM mirrored_event e JOIN followed_node n ON n.origin = e.origin
                WHERE e.kind = 'challenge' AND EXISTS (SELECT 1 FROM mirrored_event_town t
                                                      WHERE t.origin = e.origin AND t.event_id = e.event_id AND t.town_origin = ?)
                ORDER BY e.entry_seq DESC LIMIT 200
                """, [.text(own)], Self.event)
            return try challenges.map { challenge in
                let towns = try connection.query(
                    """
                    SELECT t.city_id FROM mirrored_event_town t JOIN city c ON c.id = t.city_id
                    WHERE t.origin = ? AND t.event_id = ? AND t.town_origin = ? ORDER BY c.name
                    """, [.text(challenge.provenance.origin), .text(challenge.eventID), .text(own)]) {
                    try TableRow($0, table: "mirrored_event_town", id: challenge.eventID).value("city_id") as CityID
                }
                return (challenge, towns)
            }
        }
    }

    /// The figures of `indicator` mirrored from every followed node, a series per town and
    /// unit, by town name: only for towns whose registration was mirrored too, and at most
    /// `maximumIndicatorFigures` figures.
    public func indicatorSeries(of indicator: HappinessIndicator) async throws -> [MirroredIndicatorSeries] {
        let rows = try await database.read { connection in
            try connection.query(
                """
                SELECT f.origin, n.url, f.city_id, t.name AS town_name, f.unit, f.measured_on, f.value, f.entry_seq, n.size, n.cosigned_by
                FROM mirrored_indicator_figure f JOIN followed_node n ON n.origin = f.origin
                JOIN mirrored_town t ON t.origin = f.origin AND t.city_id = f.city_id
                WHERE f.indicator = ? ORDER BY t.name IS NULL, t.name, f.origin, f.city_id, f.unit, f.measured_on LIMIT ?
                """, [.text(indicator.rawValue), .int(Self.maximumIndicatorFigures)]) { row in
                let row = TableRow(row, table: "mirrored_indicator_figure", id: indicator.rawValue)
                return (provenance: try Self.provenance(row), cityID: try row.value("city_id") as String,
                        townName: try row.optional("town_name") as String?, unit: try row.value("unit") as IndicatorUnit,
                        figure: MirroredIndicatorSeries.Figure(measuredOn: try row.value("measured_on"), value: try row.value("value"),
                                                               seq: try row.value("entry_seq")))
            }
        }
        var series: [MirroredIndicatorSeries] = []
        for row in rows {
            if let last = series.last, last.provenance.origin == row.provenance.origin, last.cityID == row.cityID, last.unit == row.unit {
                series[series.count - 1] = MirroredIndicatorSeries(provenance: row.provenance, cityID: row.cityID, townName: row.townName,
                                                                   indicator: indicator, unit: row.unit, figures: last.figures + [row.figure])
            } else {
                series.append(MirroredIndicatorSeries(provenance: row.provenance, cityID: row.cityID, townName: row.townName,
                                                      indicator: indicator, unit: row.unit, figures: [row.figure]))
            }
        }
        return series
    }

    /// Figures of one indicator read from the mirrors at most, for one comparison.
    static let maximumIndicatorFigures = 20_000

    private static func event(_ row: SQLiteRow) throws -> MirroredEvent {
        let row = TableRow(row, table: "mirrored_event", id: "")
        return MirroredEvent(provenance: try provenance(row), eventID: try row.value("event_id"), kind: try row.value("kind"),
                             title: try row.optional("title"), sealedSeq: try row.optional("sealed_seq"),
                             resultsSHA256: try row.optional("results_sha256"),
                             resultsCheck: (try row.optional("results_check") as String?).flatMap(MirroredEvent.ResultsCheck.init(rawValue:)))
    }
}
