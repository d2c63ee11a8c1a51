import Ledger

/// Projects' cap tables, kept on the ledger. Each event is a `cap.*` entry whose payload is
/// the event's payload plus `project_id`, appended in the same transaction as its row in
/// `cap_table_event`; a table is always the replay of its stored events, so what the ledger
/// proves and what the registry serves cannot differ.
///
/// An event is applied to the replayed table first: a refusal (`CapTableError`) writes
/// nothing. Who may record which event is the server's policy; this service checks the
/// table's rules and, for transfers and attestations, the member's own signature.
public struct CapTables: Sendable {
    let database: RegistryDatabase
    let memberKeys: MemberKeys
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, memberKeys: MemberKeys,
                clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.memberKeys = memberKeys
        self.clock = clock
    }

    /// Today in UTC, by the node's clock: the default as-of date of views.
    public var today: CalendarDate { CalendarDate(clock()) }

    /// The project's events in the order they were applied.
    public func events(of project: ProjectID) async throws -> [RecordedCapTableEvent] {
        try await database.read { try CapTableStore(database: $0).events(of: project) }
    }

    /// The project's table: the replay of its stored events.
    public func table(of project: ProjectID) async throws -> CapTable {
        try CapTable.replay(try await events(of: project).map(\.event))
    }

    public func visibility(of project: ProjectID) async throws -> CapTableVisibility {
        try await database.read { try CapTableStore(database: $0).visibility(of: project) }
    }

    public func setVisibility(_ visibility: CapTableVisibility, of project: ProjectID) async throws {
        let now = clock()
        try await database.write { transaction in
            try Self.requireProject(project, transaction.database)
            try CapTableStore(database: transaction.database).setVisibility(visibility, of: project, at: now)
        }
    }

    /// Records an event the Union makes alone (all but transfers and attestations).
    public func record(_ event: CapTableEvent, in project: ProjectID) async throws -> RecordedCapTableEvent {
        if let signer = event.requiredSigner { throw CapTableSigningError.signatureRequired(event: event.id, signer: signer) }
        return try await append(event, in: project, payload: event.ledgerPayload(in: project))
    }

    /// Applies `event` to the replayed table and, if accepted, appends its entry and its row.
    func append(_ event: CapTableEvent, in project: ProjectID, payload: JSONObject) async throws -> RecordedCapTableEvent {
        let author = database.ledger.nodeKey
        return try await database.write { transaction in
            try Self.append(event, in: project, payload: payload, transaction: transaction, author: author)
        }
    }

    /// `append` inside a transaction another act of the registry has opened (an accepted
    /// pledge's round, the Union's option granted at an investment session).
    static func append(_ event: CapTableEvent, in project: ProjectID, payload: JSONObject, transaction: LedgerTransaction,
                       author: any EntrySigner) throws -> RecordedCapTableEvent {
        try Self.requireProject(project, transaction.database)
        let store = CapTableStore(database: transaction.database)
        _ = try CapTable.replay(try store.events(of: project).map(\.event)).apply(event)
        let receipt = try transaction.append(kind: event.entryKind, payload: payload, author: author)
        try store.insert(event, of: project, ledgerSeq: receipt.seq)
        return RecordedCapTableEvent(event: event, ledgerSeq: receipt.seq)
    }

    private static func requireProject(_ project: ProjectID, _ database: SQLiteConnection) throws {
        guard try ProjectStore(database: database).project(id: project) != nil else {
            throw RegistryNotFound(.project, project)
        }
    }
}
