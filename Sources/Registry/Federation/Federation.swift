import Ledger

/// The Union's federation as this node takes part in it: the other towns' nodes it
/// follows, each mirrored from its tiles (C2SP tlog-tiles) and verified against its
/// signed checkpoint, and the public registry acts read from them (towns, projects,
/// practices, events, indicator figures, and nominations for this node's Challenges)
/// with where each comes from. What the mirror holds is public already: identifiers,
/// stages and figures from the log, names and titles from what the node publishes, no
/// person's data.
public struct Federation: Sendable {
    let database: RegistryDatabase
    let witnessing: Witnessing
    let witnesses: LogWitnesses
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, witnessing: Witnessing, witnesses: LogWitnesses,
                clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.witnessing = witnessing
        self.witnesses = witnesses
        self.clock = clock
    }

    /// Starts following the node at `url` whose checkpoints `verifierKey` checks (the key
    /// `glocal init` prints); answers its origin. Following it again changes its address
    /// or key and keeps what was mirrored.
    @discardableResult
    public func follow(url: String, verifierKey: String) async throws -> String {
        let verifier = try NoteVerifier(verifierKey: verifierKey)
        let address = url.hasSuffix("/") ? String(url.dropLast()) : url
        guard address.hasPrefix("http://") || address.hasPrefix("https://"), !address.contains(where: \.isWhitespace) else {
            throw RegistryValidationError(field: "url", rule: .notOneOf(["http://…", "https://…"]))
        }
        try await database.write { transaction in
            _ = try transaction.database.run(
                """
                INSERT INTO followed_node (origin, url, verifier_key) VALUES (?, ?, ?)
                ON CONFLICT (origin) DO UPDATE SET url = excluded.url, verifier_key = excluded.verifier_key
                """, [.text(verifier.name), .text(address), .text(verifier.verifierKey)])
        }
        return verifier.name
    }

    /// Stops following `origin` and drops its mirror; false if it was not followed.
    public func unfollow(origin: String) async throws -> Bool {
        try await database.write { try $0.database.run("DELETE FROM followed_node WHERE origin = ?", [.text(origin)]) > 0 }
    }

    /// The nodes followed, by origin.
    public func followed() async throws -> [FollowedNode] {
        try await database.read { connection in
            try connection.query(
                """
                SELECT origin, url, verifier_key, size, right_edge, last_entry_sha256, checkpoint, cosigned_by, verified_at,
                       failure_code, failure_detail, failed_at
                FROM followed_node ORDER BY origin
                """, []) { row in
                let row = TableRow(row, table: "followed_node", id: "")
                let edge: [UInt8] = try row.value("right_edge")
                let cosigners: String = try row.value("cosigned_by")
                return FollowedNode(
                    origin: try row.value("origin"), url: try row.value("url"), verifierKey: try row.value("verifier_key"),
                    size: try row.value("size"), checkpoint: try row.optional("checkpoint"),
                    cosignedBy: cosigners.split(separator: "\n").map(String.init), verifiedAt: try row.optional("verified_at"),
                    failureCode: try row.optional("failure_code"), failureDetail: try row.optional("failure_detail"),
                    failedAt: try row.optional("failed_at"),
                    rightEdge: try stride(from: 0, to: edge.count, by: 32).map { try SHA256Digest(bytes: Array(edge[$0..<($0 + 32)])) },
                    lastEntryHash: try row.optional("last_entry_sha256"))
            }
        }
    }

    /// Reads `text` as `node`'s checkpoint: a signed note of a checkpoint of its origin,
    /// signed with its key, no smaller than the mirror, and of the mirrored tree when of
    /// its size. Names the trusted witnesses (this node, and the witnesses it asks) whose
    /// cosignatures verify.
    public func check(checkpoint text: String, of node: FollowedNode) async throws -> VerifiedCheckpoint {
        let note: SignedNote
        let checkpoint: Checkpoint
        do {
            note = try SignedNote.parse(text)
            checkpoint = try Checkpoint(parsing: note.text)
        } catch {
            throw MirrorFailure.notACheckpoint(reason: "\(error)")
        }
        let key = try NoteVerifier(verifierKey: node.verifierKey)
        guard checkpoint.origin == node.origin, (try? note.verify(with: [key]))?.isEmpty == false else {
            throw MirrorFailure.notSignedByTheNode(origin: node.origin)
        }
        guard checkpoint.size >= node.size else { throw MirrorFailure.smallerThanMirrored(mirrored: node.size, claimed: checkpoint.size) }
        if checkpoint.size == node.size, try node.mirror().frontier.root() != checkpoint.rootHash {
            throw MirrorFailure.fork(size: checkpoint.size)
        }
        let trusted = [try witnessing.cosigner().verifier] + (try await witnesses.all().map(\.verifier))
        let cosignedBy = trusted.filter { witness in note.signatures.contains { witness.timestamp(of: $0, on: note.text) != nil } }
            .map(\.name)
        return VerifiedCheckpoint(note: note, checkpoint: checkpoint, cosignedBy: cosignedBy)
    }

    /// Keeps what a round verified, in one transaction: the mirror's new position, the
    /// checkpoint it reached, the acts it read and the names given for them. A round that
    /// started from a position another round has moved since keeps nothing (false).
    @discardableResult
    public func record(_ mirror: LogMirror, reaching checkpoint: VerifiedCheckpoint, names: MirrorNames, of origin: String) async throws -> Bool {
        let now = clock()
        let own = database.ledger.origin
        return try await database.write { transaction in
            let connection = transaction.database
            let moved = try connection.run(
                """
                UPDATE followed_node SET size = ?, right_edge = ?, last_entry_sha256 = ?, checkpoint = ?, cosigned_by = ?,
                    verified_at = ?, failure_code = NULL, failure_detail = NULL, failed_at = NULL
                WHERE origin = ? AND size = ?
                """, [.int(mirror.size), .blob(mirror.frontier.nodes.flatMap(\.hash.bytes)),
                      mirror.lastEntryHash.map { .text($0.hex) } ?? .null, .text(checkpoint.note.serialized()),
                      .text(checkpoint.cosignedBy.joined(separator: "\n")), .text(now.rfc3339), .text(origin), .int(mirror.startSize)])
            guard moved > 0 else { return false }
            for act in mirror.acts {
                switch act {
                case let .town(city, seq):
                    _ = try connection.run(
                        "INSERT INTO mirrored_town (origin, city_id, entry_seq) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                        [.text(origin), .text(city), .int(seq)])
                case let .project(project, city, stage, seq):
                    _ = try connection.run(
                        """
                        INSERT INTO mirrored_project (origin, project_id, city_id, stage, entry_seq, stage_seq) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING
                        """, [.text(origin), .text(project), .text(city), .text(stage), .int(seq), .int(seq)])
                case let .stage(project, stage, seq):
                    _ = try connection.run(
                        "UPDATE mirrored_project SET stage = ?, stage_seq = ? WHERE origin = ? AND project_id = ?",
                        [.text(stage), .int(seq), .text(origin), .text(project)])
                case let .event(event, kind, towns, seq):
                    _ = try connection.run(
                        "INSERT INTO mirrored_event (origin, event_id, kind, entry_seq) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        [.text(origin), .text(event), .text(kind), .int(seq)])
                    for town in towns {
                        _ = try connection.run(
                            "INSERT INTO mirrored_event_town (origin, event_id, town_origin, city_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                            [.text(origin), .text(event), .text(town.origin), .text(town.cityID.rawValue)])
                    }
                case let .nomination(team, host, event, city, seq, hash) where host == own:
                    _ = try connection.run(
                        """
                        INSERT INTO mirrored_nomination (origin, team_id, event_id, city_id, entry_seq, entry_sha256) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING
                        """, [.text(origin), .text(team), .text(event), .text(city), .int(seq), .text(hash)])
                case .nomination:
                    continue
                case let .indicatorFigure(city, indicator, value, unit, day, seq):
                    _ = try connection.run(
                        """
                        INSERT INTO mirrored_indicator_figure (origin, city_id, indicator, measured_on, value, unit, entry_seq)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                        """, [.text(origin), .text(city), .text(indicator), .text(day), .integer(value), .text(unit), .int(seq)])
                case let .teamTaken(team, source, seq):
                    guard source == own else { continue }
                    _ = try connection.run("UPDATE challenge_nomination SET taken_seq = ? WHERE team_id = ? AND host_origin = ?",
                                           [.int(seq), .text(team), .text(origin)])
                case let .seal(event, hash, seq):
                    _ = try connection.run(
                        "UPDATE mirrored_event SET sealed_seq = ?, results_sha256 = ? WHERE origin = ? AND event_id = ?",
                        [.int(seq), .text(hash), .text(origin), .text(event)])
                case let .practice(practice, city, seq):
                    _ = try connection.run(
                        "INSERT INTO mirrored_practice (origin, practice_id, city_id, entry_seq) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        [.text(origin), .text(practice), .text(city), .int(seq)])
                }
            }
            for (city, name) in names.towns {
                _ = try connection.run("UPDATE mirrored_town SET name = ?, name_folded = ?, region = ? WHERE origin = ? AND city_id = ?",
                                       [.text(name.name), .text(SearchQuery.fold(name.name)), .text(name.region), .text(origin), .text(city)])
            }
            // A team's name becomes a team of this node's Challenge: held to the rules a name
            // typed here is held to, and to a size in bytes (a letter may carry any number of
            // combining marks), or the nomination waits unnamed.
            for (team, given) in names.teams {
                guard given.utf8.count <= 800, let name = try? RegistryText.required(given, field: "name", maximumCharacters: 200) else { continue }
                _ = try connection.run("UPDATE mirrored_nomination SET name = ? WHERE origin = ? AND team_id = ? AND name IS NULL",
                                       [.text(name), .text(origin), .text(team)])
            }
            for (event, title) in names.events {
                _ = try connection.run("UPDATE mirrored_event SET title = ? WHERE origin = ? AND event_id = ?",
                                       [.text(title), .text(origin), .text(event)])
            }
            for (event, matches) in names.resultsChecked {
                _ = try connection.run("UPDATE mirrored_event SET results_check = ? WHERE origin = ? AND event_id = ? AND results_sha256 IS NOT NULL",
                                       [.text(matches ? "match" : "mismatch"), .text(origin), .text(event)])
            }
            for (practice, name) in names.practices {
                _ = try connection.run(
                    """
                    UPDATE mirrored_practice SET title = ?, title_folded = ?, summary = ?, summary_folded = ?
                    WHERE origin = ? AND practice_id = ? AND city_id = ?
                    """, [.text(name.title), .text(SearchQuery.fold(name.title)), .text(name.summary), .text(SearchQuery.fold(name.summary)),
                          .text(origin), .text(practice), .text(name.cityID)])
            }
            for (project, name) in names.projects {
                _ = try connection.run(
                    "UPDATE mirrored_project SET title = ?, title_folded = ? WHERE origin = ? AND project_id = ? AND city_id = ?",
                    [.text(name.title), .text(SearchQuery.fold(name.title)), .text(origin), .text(project), .text(name.cityID)])
            }
            return true
        }
    }

    /// Keeps why a round failed; a fork or an inconsistent log is also kept, with the
    /// checkpoint it claimed, as evidence beside what this node refused as a witness.
    public func record(failure: MirrorFailure, claimed: String?, of node: FollowedNode) async throws {
        let now = clock()
        try await database.write { transaction in
            let connection = transaction.database
            _ = try connection.run("UPDATE followed_node SET failure_code = ?, failure_detail = ?, failed_at = ? WHERE origin = ?",
                                   [.text(failure.code), .text(failure.description), .text(now.rfc3339), .text(node.origin)])
            if failure.isEvidence, let claimed {
                try Witnessing.keepEvidence(origin: node.origin, reason: failure.code, recordedSize: node.size,
                                            recordedCheckpoint: node.checkpoint, claimed: claimed, at: now, connection)
            }
        }
    }

    /// The towns mirrored from every followed node, by name.
    public func towns() async throws -> [MirroredTown] {
        try await database.read { connection in
            try connection.query(
                """
                SELECT t.origin, n.url, t.city_id, t.name, t.region, t.entry_seq, n.size, n.cosigned_by
                FROM mirrored_town t JOIN followed_node n ON n.origin = t.origin
                ORDER BY t.name IS NULL, t.name, t.origin, t.city_id
                """, []) { row in
                let row = TableRow(row, table: "mirrored_town", id: "")
                return MirroredTown(provenance: try Self.provenance(row), cityID: try row.value("city_id"),
                                    name: try row.optional("name"), region: try row.optional("region"))
            }
        }
    }

    /// The mirrored projects whose title or town holds every word of `query` as search
    /// matches them, title matches first; at most `limit`.
    public func projects(matching query: SearchQuery, limit: Int) async throws -> [MirroredProject] {
        let candidates = try await database.read { connection in
            try connection.query(
                """
                SELECT p.origin, n.url, p.project_id, p.city_id, t.name AS town_name, p.stage, p.title, p.entry_seq,
                       n.size, n.cosigned_by
                FROM mirrored_project p JOIN followed_node n ON n.origin = p.origin
                LEFT JOIN mirrored_town t ON t.origin = p.origin AND t.city_id = p.city_id
                WHERE p.title IS NOT NULL AND (instr(p.title_folded, ?1) > 0 OR instr(t.name_folded, ?1) > 0)
                ORDER BY p.entry_seq DESC LIMIT 2000
                """, [.text(query.prefixes[0])]) { row in
                let row = TableRow(row, table: "mirrored_project", id: "")
                return MirroredProject(provenance: try Self.provenance(row), projectID: try row.value("project_id"),
                                       cityID: try row.value("city_id"), townName: try row.optional("town_name"),
                                       stage: try row.value("stage"), title: try row.optional("title"))
            }
        }
        let inTitle = candidates.filter { query.matches($0.title ?? "") }
        let inTown = candidates.filter { !query.matches($0.title ?? "") && query.matches($0.title ?? "", $0.townName ?? "") }
        return Array((inTitle + inTown).prefix(limit))
    }

    /// How many towns and projects each followed node's mirror holds, by origin.
    public func counts() async throws -> [String: (towns: Int, projects: Int)] {
        try await database.read { connection in
            let rows = try connection.query(
                """
                SELECT origin, (SELECT count(*) FROM mirrored_town t WHERE t.origin = n.origin) AS towns,
                       (SELECT count(*) FROM mirrored_project p WHERE p.origin = n.origin) AS projects
                FROM followed_node n
                """, []) { row in
                let row = TableRow(row, table: "followed_node", id: "")
                return (try row.value("origin") as String, (towns: try row.value("towns") as Int, projects: try row.value("projects") as Int))
            }
            return Dictionary(rows, uniquingKeysWith: { first, _ in first })
        }
    }

    static func provenance(_ row: TableRow) throws -> Provenance {
        let cosigners: String = try row.value("cosigned_by")
        return Provenance(origin: try row.value("origin"), url: try row.value("url"), seq: try row.value("entry_seq"),
                          checkpointSize: try row.value("size"), cosignedBy: cosigners.split(separator: "\n").map(String.init))
    }
}
