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

    /// The keys registered up to the entries appended so far in this transaction.
    public var keys: KeyDirectory { head.keys }
    public var size: Int { head.size }
}
