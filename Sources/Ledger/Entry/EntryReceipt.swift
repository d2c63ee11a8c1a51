/// What a writer gets back once an entry is durable: enough to cite the entry and to
/// ask later for its inclusion proof against any checkpoint.
public struct EntryReceipt: Hashable, Sendable {
    public let seq: Int
    public let hash: SHA256Digest
    public let time: LedgerTime
    public let kind: EntryKind
}
