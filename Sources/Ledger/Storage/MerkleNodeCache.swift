/// The upper levels of the ledger's Merkle tree, held in memory so that a proof at a
/// million entries reads only its few lowest siblings from SQLite.
///
/// A complete subtree never changes, so the cache only grows: the writer adds the nodes
/// of a batch once the batch is committed, never before, and so it always describes the
/// committed tree. From level 6 up it holds about one hash per 32 entries, 1 MB per
/// million entries.
struct MerkleNodeCache: Sendable {
    static let lowestCachedLevel = 6
    private var levels = PackedMerkleLevels(lowestLevel: MerkleNodeCache.lowestCachedLevel)

    /// The cache of an empty tree.
    init() {}

    /// Loads the cached levels of a stored tree of `size` leaves; refuses a store that
    /// lacks one of its complete subtrees.
    init(size: Int, store: LedgerStore) throws {
        let lowest = Self.lowestCachedLevel
        var levels = PackedMerkleLevels(lowestLevel: lowest)
        var gap: (level: Int, index: Int)?
        try store.database.forEach(
            "SELECT level, idx, hash FROM ledger_merkle_node WHERE level >= ? ORDER BY level, idx", [.int(lowest)]) { row in
            let node = MerkleNode(level: row.int(0), index: row.int(1), hash: try SHA256Digest(bytes: row.blob(2)))
            guard levels.append(node) else {
                gap = (node.level, node.index)
                return false
            }
            return true
        }
        if let gap { throw LedgerError.corrupted(reason: "Merkle node (level \(gap.level), index \(gap.index)) follows a missing one") }
        var level = lowest
        while size >> level > 0 {
            guard levels.count(level: level) == size >> level else {
                throw LedgerError.corrupted(reason: "Merkle level \(level) holds \(levels.count(level: level)) nodes, not \(size >> level)")
            }
            level += 1
        }
        self.levels = levels
    }

    /// Adds the nodes a committed batch completed, in the order they were completed.
    mutating func add(_ nodes: [MerkleNode]) {
        for node in nodes { levels.append(node) }
    }

    func hash(level: Int, index: Int) -> SHA256Digest? {
        levels.hash(level: level, index: index)
    }
}
