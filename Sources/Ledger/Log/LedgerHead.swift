/// Everything the writer must know about the end of the log to append the next entry.
/// A value type, so a failed write restores it by assignment.
struct LedgerHead: Sendable {
    var size: Int
    var lastHash: SHA256Digest
    var lastTime: LedgerTime
    var frontier: MerkleFrontier
    var keys: KeyDirectory
}
