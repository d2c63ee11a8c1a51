/// Complete-subtree hashes of consecutive levels, each level's hashes back to back,
/// 32 bytes apiece: one array per level instead of one per node keeps a million nodes
/// at 32 MB and makes a lookup one slice copy.
///
/// Nodes of a level arrive in index order (as `MerkleFrontier.append` finishes them),
/// so a level's array holds exactly indices 0 ..< count.
struct PackedMerkleLevels: Sendable {
    /// The level stored first; lower levels are not held.
    let lowestLevel: Int
    private var levels: [[UInt8]] = []

    init(lowestLevel: Int) {
        self.lowestLevel = lowestLevel
    }

    /// Number of hashes held.
    var count: Int {
        levels.reduce(0) { $0 + $1.count / SHA256Digest.byteCount }
    }

    /// Number of hashes held at `level`.
    func count(level: Int) -> Int {
        guard level >= lowestLevel, level - lowestLevel < levels.count else { return 0 }
        return levels[level - lowestLevel].count / SHA256Digest.byteCount
    }

    /// Adds `node` if its level is held; returns false when it is not the next index of its level.
    @discardableResult
    mutating func append(_ node: MerkleNode) -> Bool {
        guard node.level >= lowestLevel else { return true }
        let offset = node.level - lowestLevel
        while levels.count <= offset { levels.append([]) }
        guard node.index == levels[offset].count / SHA256Digest.byteCount else { return false }
        levels[offset].append(contentsOf: node.hash.bytes)
        return true
    }

    /// The hash at (`level`, `index`), or nil when it is not held.
    func hash(level: Int, index: Int) -> SHA256Digest? {
        guard level >= lowestLevel, level - lowestLevel < levels.count else { return nil }
        let offset = level - lowestLevel
        guard index >= 0, index < levels[offset].count / SHA256Digest.byteCount else { return nil }
        let start = index * SHA256Digest.byteCount
        return SHA256Digest(unchecked: Array(levels[offset][start..<start + SHA256Digest.byteCount]))
    }
}
