import Ledger

/// An entry of another town's log cited by an act of this node: the entry's hash, the
/// tree of that log (size and root, as this node verified it) and the RFC 9162 proof
/// that the entry is in it. Anyone holding this node's ledger can check the citation
/// with SHA-256 alone, and against the other log's checkpoint its witnesses cosigned.
public struct CitedEntry: Hashable, Sendable {
    public let origin: String
    public let seq: Int
    public let entryHash: SHA256Digest
    public let treeSize: Int
    public let rootHash: SHA256Digest
    public let proof: [SHA256Digest]

    /// Checks `bytes`, the entry's canonical bytes, against the tree: their hash is the
    /// cited hash and the proof leads from their leaf to the root. Answers the entry.
    public static func proving(_ bytes: [UInt8], origin: String, seq: Int, treeSize: Int, rootHash: SHA256Digest,
                               proof: [SHA256Digest]) throws(TownConflict) -> (citation: CitedEntry, entry: Entry) {
        guard let entry = try? Entry(canonicalBytes: bytes), entry.seq == seq,
              (try? InclusionProof(leafIndex: seq, treeSize: treeSize, hashes: proof).verify(leafHash: MerkleHash.leaf(bytes), rootHash: rootHash))
                != nil
        else { throw .sourceEntryUnproved(origin: origin, seq: seq) }
        return (CitedEntry(origin: origin, seq: seq, entryHash: SHA256.hash(bytes), treeSize: treeSize, rootHash: rootHash, proof: proof),
                entry)
    }

    /// The citation as it stands in a ledger entry's payload.
    var payload: JSONValue {
        .object([
            "origin": .string(origin), "seq": .integer(Int64(seq)), "entry_sha256": .string(entryHash.hex),
            "tree_size": .integer(Int64(treeSize)), "root_sha256": .string(rootHash.hex),
            "inclusion_proof": .array(proof.map { .string($0.hex) }),
        ])
    }
}
