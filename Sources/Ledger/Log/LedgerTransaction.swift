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
    public private(set) var appended: [SignedEntry] = []
    /// The Merkle nodes the appended entries completed, in the order they were stored.
    private(set) var newNodes: [MerkleNode] = []

    init(database: SQLiteConnection, head: LedgerHead, clock: @escaping @Sendable () -> LedgerTime) {
        self.database = database
        self.head = head
        self.store = LedgerStore(database: database)
        self.clock = clock
    }

    /// Appends one entry authored by `author` and co-signed by `cosigners`, after the
    /// same checks the verifier makes. Nothing is written if any check fails.
    @discardableResult
    public func append(kind: EntryKind, payload: JSONObject, author: any EntrySigner,
                       cosigners: [any EntrySigner] = []) throws -> EntryReceipt {
        let time = max(clock(), head.lastTime)
        let entry = Entry(seq: head.size, time: time, kind: kind, author: author.keyID, prev: head.lastHash, payload: payload)
        let signers = [author] + cosigners
        _ = try head.keys.signingKeys(for: entry, signers: signers.map(\.keyID))
        var keys = head.keys
        try keys.admit(entry)
        let bytes = try entry.canonicalBytes()
        let signatures = try signers.map { EntrySignature(keyID: $0.keyID, signature: try $0.sign(bytes)) }
        let signed = SignedEntry(entry: entry, canonicalBytes: bytes, signatures: signatures)
        var frontier = head.frontier
        let nodes = frontier.append(leafHash: MerkleHash.leaf(bytes))
        try store.insert(signed, newNodes: nodes)
        newNodes += nodes
        head = LedgerHead(size: head.size + 1, lastHash: signed.hash, lastTime: time, frontier: frontier, keys: keys)
        appended.append(signed)
        return signed.receipt
    }

    /// The keys registered up to the entries appended so far in this transaction.
    public var keys: KeyDirectory { head.keys }
    public var size: Int { head.size }
}
