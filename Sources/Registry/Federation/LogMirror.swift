import Ledger

/// A followed node's log as far as this node has verified it: the right edge of its
/// Merkle tree and the hash of its last entry, extended bundle by bundle with the
/// entries the node serves (C2SP tlog-tiles entry bundles). Each entry must be canonical,
/// next in sequence and chained to the one before; once the bundles reach a checkpoint's
/// size the recomputed root must equal the checkpoint's. Because every entry is fetched
/// and hashed, no proof is needed: a node that rewrote what was mirrored cannot reach
/// the root it signed. The mirrored acts are collected on the way.
public struct LogMirror: Sendable {
    public private(set) var frontier: MerkleFrontier
    public private(set) var lastEntryHash: SHA256Digest?
    /// The acts read since this mirror was loaded, in log order.
    public private(set) var acts: [MirroredAct] = []
    /// The size the mirror was loaded at: entries past it are new in this round.
    public let startSize: Int

    public var size: Int { frontier.size }

    public init(frontier: MerkleFrontier, lastEntryHash: SHA256Digest?) {
        self.frontier = frontier
        self.lastEntryHash = lastEntryHash
        startSize = frontier.size
    }

    /// The entry bundles to fetch to reach `size`: each tile's index and width (256 but
    /// for a partial last one), worked out as they are asked for, so that a checkpoint
    /// claiming an absurd size costs nothing until its tiles fail to arrive. The first may
    /// start before the mirrored size; its entries already mirrored are skipped.
    public func bundles(upTo size: Int) -> some Sequence<(index: Int, width: Int)> {
        let first = self.size / TilePath.fullWidth
        let last = size > self.size ? (size - 1) / TilePath.fullWidth : first - 1
        return stride(from: first, through: last, by: 1).lazy.map { index in
            (index: index, width: min(TilePath.fullWidth, size - index * TilePath.fullWidth))
        }
    }

    /// Reads the entry bundle of tile `index`, `width` entries wide, and extends the mirror
    /// with the entries past its size.
    public mutating func append(bundle: [UInt8], index: Int, width: Int) throws(MirrorFailure) {
        var offset = 0
        for position in 0..<width {
            let seq = index * TilePath.fullWidth + position
            guard offset + 2 <= bundle.count else { throw .malformedBundle(tile: index, reason: "it ends before entry \(seq)") }
            let length = Int(bundle[offset]) << 8 | Int(bundle[offset + 1])
            guard offset + 2 + length <= bundle.count else { throw .malformedBundle(tile: index, reason: "entry \(seq) is cut short") }
            let bytes = Array(bundle[(offset + 2)..<(offset + 2 + length)])
            offset += 2 + length
            guard seq >= frontier.size else { continue }
            let entry: Entry
            do { entry = try Entry(canonicalBytes: bytes) } catch {
                throw .malformedBundle(tile: index, reason: "entry \(seq) is not a canonical entry (\(error))")
            }
            guard entry.seq == seq else { throw .malformedBundle(tile: index, reason: "entry \(seq) says it is entry \(entry.seq)") }
            guard entry.prev == (lastEntryHash ?? SHA256Digest.zero) else {
                // The first new entry not following the last one mirrored means the entries
                // already mirrored were rewritten: a contradiction, kept as evidence.
                if seq == startSize && startSize > 0 { throw .inconsistent(from: startSize, to: seq + 1) }
                throw .malformedBundle(tile: index, reason: "entry \(seq) does not follow the entry before it")
            }
            let entryHash = SHA256.hash(bytes)
            lastEntryHash = entryHash
            _ = frontier.append(leafHash: MerkleHash.leaf(bytes))
            if MirroredAct.kinds.contains(entry.kind.name),
               let act = MirroredAct(kind: entry.kind.name, payload: entry.payload, seq: seq, entrySHA256: entryHash.hex) {
                acts.append(act)
            }
        }
        guard offset == bundle.count else { throw .malformedBundle(tile: index, reason: "it holds more than \(width) entries") }
    }

    /// Checks that the mirror has reached `checkpoint`: its size, and the root it signed.
    public func verify(reaching checkpoint: Checkpoint, from mirrored: Int) throws(MirrorFailure) {
        guard frontier.size == checkpoint.size, frontier.root() == checkpoint.rootHash else {
            throw .inconsistent(from: mirrored, to: checkpoint.size)
        }
    }
}
