/// The one writer of a Glocal database: it owns the SQLite connection, appends signed
/// entries, keeps the Merkle tree and signs checkpoints.
///
/// Writes are group-committed: `write` closures that arrive while a batch is being
/// made durable wait and are then committed together, each inside its own savepoint,
/// in one transaction with one fsync. A closure that throws is rolled back alone;
/// the others in its batch commit. A call returns only after its transaction is
/// durable (`synchronous=FULL` in WAL mode).
///
/// The actor runs on its own serial queue, so fsync never blocks Swift's cooperative
/// thread pool.
public actor Ledger {
    public nonisolated let path: String
    public nonisolated let origin: String
    public nonisolated let nodeKey: Ed25519PrivateKey
    /// The C2SP verifier key that checks this node's checkpoints.
    public nonisolated let noteVerifier: NoteVerifier
    /// The database connection; only code running on this actor may touch it.
    let connection: SQLiteConnection
    private let clock: @Sendable () -> LedgerTime
    private var head: LedgerHead
    /// Upper levels of the committed Merkle tree, for proofs.
    var merkleCache: MerkleNodeCache
    private var pending: [PendingWrite] = []
    private var flushScheduled = false
    private let executor: QueueExecutor

    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    private init(path: String, origin: String, nodeKey: Ed25519PrivateKey, database: SQLiteConnection,
                 head: LedgerHead, merkleCache: MerkleNodeCache, clock: @escaping @Sendable () -> LedgerTime) throws {
        self.path = path
        self.noteVerifier = try NoteVerifier(name: origin, publicKey: nodeKey.publicKey)
        self.origin = origin
        self.nodeKey = nodeKey
        self.connection = database
        self.head = head
        self.merkleCache = merkleCache
        self.clock = clock
        self.executor = QueueExecutor(label: "glocal.ledger")
    }

    /// Creates a new ledger in an empty database file: its first entry registers the node key.
    public static func create(at path: String, origin: String, nodeKey: Ed25519PrivateKey,
                              durability: SQLiteConnection.Durability = .full,
                              clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) async throws -> Ledger {
        guard LedgerOrigin.isValid(origin) else { throw LedgerError.invalidOrigin(origin) }
        let database = try SQLiteConnection(path: path, durability: durability)
        try Migrator(LedgerSchema.migrations).migrate(database)
        let store = LedgerStore(database: database)
        guard try store.size() == 0, try store.meta("origin") == nil else { throw LedgerError.alreadyInitialised(path: path) }
        let emptyHead = LedgerHead(size: 0, lastHash: .zero, lastTime: LedgerTime(millisecondsSinceEpoch: 0),
                                   frontier: MerkleFrontier(), keys: KeyDirectory(trustAnchor: nodeKey.publicKey))
        let genesis = try database.transaction { () throws -> LedgerTransaction in
            try store.setMeta("origin", origin)
            try store.setMeta("genesis_key", nodeKey.publicKey.hex)
            let transaction = LedgerTransaction(database: database, head: emptyHead, clock: clock)
            let registration = try KeyRegistration(publicKey: nodeKey.publicKey, role: .node, holder: "node", custodial: false)
            try transaction.append(kind: .keyRegister, payload: registration.payload, author: nodeKey)
            return transaction
        }
        var cache = MerkleNodeCache()
        cache.add(genesis.newNodes)
        return try Ledger(path: path, origin: origin, nodeKey: nodeKey, database: database, head: genesis.head,
                          merkleCache: cache, clock: clock)
    }

    /// Opens an existing ledger; `nodeKey` must be one of its active node keys.
    public static func open(at path: String, nodeKey: Ed25519PrivateKey,
                            durability: SQLiteConnection.Durability = .full,
                            clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) async throws -> Ledger {
        let database = try SQLiteConnection(path: path, durability: durability)
        try Migrator(LedgerSchema.migrations).migrate(database)
        let store = LedgerStore(database: database)
        guard let origin = try store.meta("origin"), let genesisHex = try store.meta("genesis_key") else {
            throw LedgerError.notInitialised(path: path)
        }
        let head = try LedgerHead.load(from: store, trustAnchor: Ed25519PublicKey(hex: genesisHex))
        let nodeKeyID = nodeKey.keyID
        guard let registered = head.keys.keys[nodeKeyID], registered.isActive, registered.registration.role == .node else {
            throw LedgerError.nodeKeyMismatch(expected: head.keys.activeNodeKeys.first?.keyID ?? nodeKeyID, given: nodeKeyID)
        }
        let cache = try MerkleNodeCache(size: head.size, store: store)
        return try Ledger(path: path, origin: origin, nodeKey: nodeKey, database: database, head: head,
                          merkleCache: cache, clock: clock)
    }

    public var size: Int { head.size }
    public var keys: KeyDirectory { head.keys }
    public var rootHash: SHA256Digest { head.frontier.root() }

    /// Runs `body` in a transaction shared with other concurrent writes (group commit).
    /// Returns once the transaction is durable; if `body` throws, nothing it did is kept.
    public func write<T: Sendable>(_ body: @escaping @Sendable (LedgerTransaction) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let box = ResultBox<T>()
            pending.append(PendingWrite(
                run: { transaction in box.value = try body(transaction) },
                finish: { failure in
                    if let failure { continuation.resume(throwing: failure) }
                    else if let value = box.value { continuation.resume(returning: value) }
                    else { continuation.resume(throwing: LedgerError.corrupted(reason: "a write finished without a result")) }
                }))
            if !flushScheduled {
                flushScheduled = true
                Task { self.flush() }
            }
        }
    }

    /// Appends one entry signed by the node key (and optional co-signers).
    @discardableResult
    public func append(kind: EntryKind, payload: JSONObject, author: (any EntrySigner)? = nil,
                       cosigners: [any EntrySigner] = []) async throws -> EntryReceipt {
        let signer = author ?? nodeKey
        return try await write { transaction in
            try transaction.append(kind: kind, payload: payload, author: signer, cosigners: cosigners)
        }
    }

    private func flush() {
        let batch = pending
        pending = []
        flushScheduled = false
        let committedHead = head
        var outcomes: [(any Error)?] = []
        do {
            try connection.execute("BEGIN IMMEDIATE")
            var current = head
            var nodes: [MerkleNode] = []
            for job in batch {
                let transaction = LedgerTransaction(database: connection, head: current, clock: clock)
                try connection.execute("SAVEPOINT write")
                do {
                    try job.run(transaction)
                    try connection.execute("RELEASE write")
                    current = transaction.head
                    nodes += transaction.newNodes
                    outcomes.append(nil)
                } catch {
                    try connection.execute("ROLLBACK TO write")
                    try connection.execute("RELEASE write")
                    outcomes.append(error)
                }
            }
            try connection.execute("COMMIT")
            head = current
            merkleCache.add(nodes)
        } catch {
            try? connection.execute("ROLLBACK")
            head = committedHead
            outcomes = batch.map { _ in error }
        }
        for (job, outcome) in zip(batch, outcomes) { job.finish(outcome) }
    }
}

/// A queued `write`: the closure to run inside the batch, and how to answer its caller.
private struct PendingWrite {
    let run: (LedgerTransaction) throws -> Void
    let finish: ((any Error)?) -> Void
}

/// Carries a write's result from inside the batch to its continuation.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
