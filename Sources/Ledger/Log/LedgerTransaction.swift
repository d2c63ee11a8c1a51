/// The view of the database lent to one `Ledger.write` closure: the registry's own
/// SQL runs on `database`, and `append` adds signed entries, all in one transaction
/// that commits or rolls back as a whole.
///
/// Valid only inside the closure it is passed to; never keep it.
public final class LedgerTransaction {
    public let database: SQLiteConnection
    var head: LedgerHead
    private let store: LedgerStore
    private let clock: @Sendable () -> LedgerTime
    /// Signs the node's checkpoints.
    private let checkpointSigner: NoteSigner
    public private(set) var appended: [SignedEntry] = []

    init(database: SQLiteConnection, head: LedgerHead, clock: @escaping @Sendable () -> LedgerTime, checkpointSigner: NoteSigner) {
        self.database = database
        self.head = head
        self.store = LedgerStore(database: database)
        self.clock = clock
        self.checkpointSigner = checkpointSigner
    }

    /// Appends one entry authored by `author` and co-signed by `cosigners`, after the
    /// same checks the verifier makes. Nothing is written if any check fails.
    @discardableResult
    public func append(kind: EntryKind, payload: JSONObject, author: any EntrySigner,
                       cosigners: [any EntrySigner] = []) throws -> EntryReceipt {
        let request = AppendRequest(kind: kind, payload: payload, author: author, cosigners: cosigners)
        let staged = try StagedEntry(request, after: head, time: clock())
        let signed = try staged.signed()
        try insert(staged, signed: signed)
        return signed.receipt
    }

    /// Stores an entry staged on this transaction's head and signed, and moves the head past it.
    func insert(_ staged: StagedEntry, signed: SignedEntry) throws {
        try store.insert(signed, newNodes: staged.newNodes)
        head = staged.head
        appended.append(signed)
    }

    /// A checkpoint of the tree as it stands in this transaction, signed and stored with
    /// it, and the proof that entry `seq` is in that tree: a receipt made while the entry
    /// is written, so that an answer carrying it can be stored in the same transaction.
    public func checkpointedInclusionProof(seq: Int) throws -> (checkpoint: SignedCheckpoint, proof: InclusionProof) {
        let size = head.size
        guard seq >= 0, seq < size else { throw LedgerError.seqOutOfRange(seq: seq, size: size) }
        let root = head.frontier.root()
        let signed = try SignedCheckpoint.sign(checkpoint: try Checkpoint(origin: checkpointSigner.name, size: size, rootHash: root),
                                               signer: checkpointSigner)
        if try store.latestCheckpointSize() != size {
            try store.insertCheckpoint(size: size, root: root, note: signed.serialized())
        }
        return (signed, try MerkleTree.inclusionProof(leafIndex: seq, treeSize: size, source: store))
    }

    /// The keys registered up to the entries appended so far in this transaction.
    public var keys: KeyDirectory { head.keys }
    public var size: Int { head.size }
}
