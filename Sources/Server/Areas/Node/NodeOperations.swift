import Ledger
import Registry

/// The administrator's act on the node itself, run alike by the JSON route and the node's
/// page: a backup of the database taken while the node serves, verified, kept in the data
/// folder's `backups/`.
struct NodeOperations: Sendable {
    let backUp: Operation<Void, VerifiedBackup>

    init(node: Node, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        let backups = Backups(folder: node.folder)
        backUp = Operation("makeBackup", action: .backUpNode) { _, _ in try await backups.make(at: clock()) }
    }
}
