/// The upper levels of the ledger's Merkle tree, held in memory so that a proof at a
/// million entries reads only its few lowest siblings from SQLite.
///
/// A complete subtree never changes, so the cache only grows: it is extended from the
/// store to the committed size it is asked about. From level 6 up it holds about one hash
/// per 32 entries, 1 MB per million entries.
struct MerkleNodeCache: Sendable {
    static let lowestCachedLevel = 6
    private var levels = PackedMerkleLevels(lowestLevel: MerkleNodeCache.lowestCachedLevel)

    /// The cache of an empty tree.
    init() {}

    /// Loads the cached levels' nodes that a tree of `size` leaves has completed and the
    /// cache lacks; refuses a store that lacks one of them.
    mutating func extend(to size: Int, from store: LedgerStore) throws {
        var level = Self.lowestCachedLevel
        while size >> level > 0 {
            var index = levels.count(level: level)
            while index < size >> level {
                levels.append(MerkleNode(level: level, index: index, hash: try store.hash(level: level, index: index)))
                index += 1
            }
            level += 1
        }
    }

    func hash(level: Int, index: Int) -> SHA256Digest? {
        levels.hash(level: level, index: index)
    }
}
