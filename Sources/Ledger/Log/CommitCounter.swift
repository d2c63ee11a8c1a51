import Synchronization

/// Counts the changes the writer has committed to the database (transactions and signed
/// checkpoints), so that whoever keeps a copy of something read from it (the page cache)
/// can tell, without reading, whether the database may have changed since. It moves after
/// each change is visible to new read transactions, never before.
public final class CommitCounter: Sendable {
    private let count = Atomic<UInt64>(0)

    public init() {}

    /// The number of changes committed so far.
    public var value: UInt64 { count.load(ordering: .acquiring) }

    func advance() {
        count.add(1, ordering: .releasing)
    }
}
