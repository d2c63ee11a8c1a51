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
    /// Moves after every commit, for readers that keep copies of what they read.
    public nonisolated let commits = CommitCounter()
    /// Signs this node's checkpoints.
    nonisolated let checkpointSigner: NoteSigner
    /// The database connection; only code running on this actor may touch it.
    let connection: SQLiteConnection
    private let clock: @Sendable () -> LedgerTime
    private var head: LedgerHead
    /// Serves roots and proofs beside the writer, on its own connection.
    let proofReader: LedgerProofReader
    private var pending: [PendingWrite] = []
    private var flushScheduled = false
    /// How many writes the last batch gathered: as many are likely on their way back.
    private var previousBatchSize = 0
    private let executor: QueueExecutor
    /// Copies the log back into the database file beside the commits.
    let checkpointer: LogCheckpointer
    private var checkpointRunning = false
    /// Set when the checkpointer has copied the log: the writer then copies the few pages
    /// committed meanwhile, so that its next transaction starts the log over.
    private var logCopiedBeside = false
    /// Set while a checkpoint is due to be signed after recent commits.
    var checkpointScheduled = false
    /// How long after a commit the writer signs a checkpoint of the grown log.
    static let checkpointInterval = Duration.seconds(1)

    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    private init(path: String, origin: String, nodeKey: Ed25519PrivateKey, database: SQLiteConnection,
                 durability: SQLiteConnection.Durability, head: LedgerHead, clock: @escaping @Sendable () -> LedgerTime) throws {
        self.path = path
        self.checkpointSigner = try NoteSigner(name: origin, privateKey: nodeKey)
        self.noteVerifier = checkpointSigner.verifier
        self.origin = origin
        self.nodeKey = nodeKey
        self.connection = database
        self.head = head
        self.proofReader = try LedgerProofReader(path: path)
        self.clock = clock
        self.executor = QueueExecutor(label: "glocal.ledger")
        self.checkpointer = try LogCheckpointer(path: path, durability: durability)
        database.trackLogFrames()
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
        let head = try database.transaction { () throws -> LedgerHead in
            try store.setMeta("origin", origin)
            try store.setMeta("genesis_key", nodeKey.publicKey.hex)
            let transaction = LedgerTransaction(database: database, head: emptyHead, clock: clock,
                                                checkpointSigner: try NoteSigner(name: origin, privateKey: nodeKey))
            let registration = try KeyRegistration(publicKey: nodeKey.publicKey, role: .node, holder: "node", custodial: false)
            try transaction.append(kind: .keyRegister, payload: registration.payload, author: nodeKey)
            return transaction.head
        }
        return try Ledger(path: path, origin: origin, nodeKey: nodeKey, database: database, durability: durability, head: head,
                          clock: clock)
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
        return try Ledger(path: path, origin: origin, nodeKey: nodeKey, database: database, durability: durability, head: head,
                          clock: clock)
    }

    public var size: Int { head.size }
    public var keys: KeyDirectory { head.keys }
    public var rootHash: SHA256Digest { head.frontier.root() }

    /// Runs `body` in a transaction shared with other concurrent writes (group commit).
    /// Returns once the transaction is durable; if `body` throws, nothing it did is kept.
    /// `reach` says what `body` may change, for the copies kept beside (`CommitCounter`).
    public func write<T: Sendable>(reach: WriteReach = .anything,
                                   _ body: @escaping @Sendable (LedgerTransaction) throws -> T) async throws -> T {
        try await enqueue(reach: reach) { box in .closure { transaction in box.value = try body(transaction) } }
    }

    /// Appends one entry signed by the node key (and optional co-signers).
    ///
    /// Unlike a `write` closure, a plain append needs no SQL of its own, so its entry is
    /// built and signed while the batch gathers, with the other appends' signatures on
    /// the other cores; only storing it waits for the transaction.
    @discardableResult
    public func append(kind: EntryKind, payload: JSONObject, author: (any EntrySigner)? = nil,
                       cosigners: [any EntrySigner] = []) async throws -> EntryReceipt {
        let request = AppendRequest(kind: kind, payload: payload, author: author ?? nodeKey, cosigners: cosigners)
        return try await enqueue(reach: .anything) { box in .append(request, receive: { box.value = $0 }) }
    }

    /// Queues a write for the next batch and waits until it is durable or refused.
    private func enqueue<T: Sendable>(reach: WriteReach, _ work: (ResultBox<T>) -> PendingWrite.Work) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let box = ResultBox<T>()
            pending.append(PendingWrite(work: work(box), reach: reach, finish: { failure in
                if let failure { continuation.resume(throwing: failure) }
                else if let value = box.value { continuation.resume(returning: value) }
                else { continuation.resume(throwing: LedgerError.corrupted(reason: "a write finished without a result")) }
            }))
            if !flushScheduled {
                flushScheduled = true
                Task { await self.flush() }
            }
        }
    }

    /// Gathers the waiting writes into one batch and commits it.
    ///
    /// Appends are staged and signed as they arrive. While fewer writes have arrived than
    /// the previous batch held, the actor yields between rounds, so that writers answered
    /// by the previous commit, whose next calls are already on their way, join this batch
    /// rather than wait for the next fsync. Gathering ends when they are all here or a
    /// round brings nobody new, so a lone writer never waits (nor pays for the yield).
    private func flush() async {
        var batch = AppendBatch<PendingWrite>(on: head)
        var closures: [PendingWrite] = []
        var gathered = 0
        var rounds = 0
        while !pending.isEmpty {
            let arrivals = pending
            pending = []
            gathered += arrivals.count
            for write in arrivals {
                switch write.work {
                case .closure: closures.append(write)
                case let .append(request, _):
                    do { try batch.stage(request, ticket: write, time: clock()) } catch { write.finish(error) }
                }
            }
            for failure in batch.signStaged(clock: clock) { failure.ticket.finish(failure.error) }
            rounds += 1
            guard gathered < previousBatchSize, rounds < Self.gatheringRounds,
                  batch.count + closures.count < Self.batchLimit else { break }
            await Task.yield()
        }
        previousBatchSize = gathered
        commit(batch, closures: closures)
        flushScheduled = false
        if !pending.isEmpty {
            flushScheduled = true
            Task { await self.flush() }
        }
    }

    /// At most this many rounds of arrivals, and about this many writes, share one commit,
    /// which bounds how long the first of them waits.
    private static let gatheringRounds = 8
    private static let batchLimit = 1_024

    /// Asks the checkpointer to copy the log back once it is long, one copy at a time.
    /// Its copy ends behind the commits made meanwhile, and SQLite starts the log over only
    /// once all of it is copied; so after a copy the writer copies those few pages itself,
    /// and its next transaction writes over the log's first blocks instead of growing the
    /// file (whose new size each fsync would then journal too). Should the log still grow
    /// to `LogCheckpointer.writerPages` (the copier cannot keep up, or failed), the writer
    /// copies it itself, as SQLite would have.
    private func checkpointIfDue() {
        let frames = connection.logFrames
        if logCopiedBeside || frames >= LogCheckpointer.writerPages {
            logCopiedBeside = false
            // A failure leaves the log longer, never wrong; the next commit tries again.
            try? connection.checkpointPassively()
            return
        }
        guard frames >= LogCheckpointer.pages, !checkpointRunning else { return }
        checkpointRunning = true
        Task {
            // As above: a failed copy is retried when the next commit finds the log long.
            try? await checkpointer.checkpoint()
            checkpointFinished()
        }
    }

    /// The log's length in pages after the last commit.
    var logFrames: Int { connection.logFrames }

    /// Copies the whole log into the database file and empties it, after a write whose
    /// earlier page images must not stay on disk (an erasure of personal data). Runs on the
    /// writer, between batches.
    public func emptyLog() throws {
        try connection.checkpointTruncating()
    }

    private func checkpointFinished() {
        checkpointRunning = false
        logCopiedBeside = true
    }

    /// Stores the batch in one transaction and answers every writer once it is durable (or
    /// failed). Staged appends go in first, without savepoints (which cost a journal copy of
    /// every page they touch); should storage refuse one, the transaction starts over and
    /// they run one by one like closures, so that only the culprit fails. Each closure has
    /// its own savepoint and is rolled back alone if it throws.
    private func commit(_ batch: AppendBatch<PendingWrite>, closures: [PendingWrite]) {
        var answers: [(write: PendingWrite, failure: (any Error)?)] = []
        do {
            try connection.run("BEGIN IMMEDIATE")
            var current = head
            var individually = closures
            if !batch.isEmpty {
                let transaction = LedgerTransaction(database: connection, head: current, clock: clock, checkpointSigner: checkpointSigner)
                do {
                    for item in batch.items {
                        guard let signed = item.signed else { throw LedgerError.corrupted(reason: "an append reached the commit unsigned") }
                        try transaction.insert(item.staged, signed: signed)
                    }
                    current = transaction.head
                    for item in batch.items {
                        if let signed = item.signed, case let .append(_, receive) = item.ticket.work { receive(signed.receipt) }
                        answers.append((item.ticket, nil))
                    }
                } catch {
                    try connection.run("ROLLBACK")
                    try connection.run("BEGIN IMMEDIATE")
                    individually = batch.items.map(\.ticket) + closures
                }
            }
            for job in individually {
                let transaction = LedgerTransaction(database: connection, head: current, clock: clock, checkpointSigner: checkpointSigner)
                let outcome = try connection.savepoint { try job.run(in: transaction) }
                if case let .failure(error) = outcome {
                    answers.append((job, error))
                } else {
                    current = transaction.head
                    answers.append((job, nil))
                }
            }
            try connection.run("COMMIT")
            commits.advance(reach: answers.filter { $0.failure == nil }.map(\.write.reach).max() ?? .sessionUse)
            let grew = current.size > head.size
            head = current
            checkpointIfDue()
            if grew { scheduleCheckpoint() }
        } catch {
            _ = try? connection.run("ROLLBACK")
            answers = (batch.items.map(\.ticket) + closures).map { ($0, error) }
        }
        for answer in answers { answer.write.finish(answer.failure) }
    }
}

/// A queued write: what to run inside the batch, and how to answer its caller.
private struct PendingWrite {
    enum Work {
        /// A `write` closure; it runs inside the transaction.
        case closure((LedgerTransaction) throws -> Void)
        /// A plain append, built and signed before the transaction; `receive` takes its receipt.
        case append(AppendRequest, receive: (EntryReceipt) -> Void)
    }

    let work: Work
    /// What the write may change.
    let reach: WriteReach
    let finish: ((any Error)?) -> Void

    /// Runs the write inside `transaction`, signing there if it is an append.
    func run(in transaction: LedgerTransaction) throws {
        switch work {
        case let .closure(body): try body(transaction)
        case let .append(request, receive):
            receive(try transaction.append(kind: request.kind, payload: request.payload, author: request.author,
                                           cosigners: request.cosigners))
        }
    }
}

/// Carries a write's result from inside the batch to its continuation.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
