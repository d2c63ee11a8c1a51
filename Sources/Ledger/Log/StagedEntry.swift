/// The next entry built on a known head: checked against the key rules, its canonical
/// bytes, hash and Merkle nodes final, and only the signatures still to make.
///
/// Signing is kept apart because it is the expensive step and the chain does not depend
/// on it (`prev` is the hash of the previous entry's bytes, not of its signatures), so a
/// batch can build its entries one after another and then sign them on all cores.
struct StagedEntry: Sendable {
    let entry: Entry
    let canonicalBytes: [UInt8]
    let hash: SHA256Digest
    let signers: [any EntrySigner]
    /// The Merkle nodes this entry completes, lowest level first.
    let newNodes: [MerkleNode]
    /// The head once this entry is appended.
    let head: LedgerHead

    /// Builds the entry that `request` adds after `head`, stamped `time` or the previous
    /// entry's time if the clock went backwards. Throws what the verifier would refuse.
    init(_ request: AppendRequest, after head: LedgerHead, time: LedgerTime) throws {
        let time = max(time, head.lastTime)
        let entry = Entry(seq: head.size, time: time, kind: request.kind, author: request.author.keyID,
                          prev: head.lastHash, payload: request.payload)
        let signers = [request.author] + request.cosigners
        _ = try head.keys.signingKeys(for: entry, signers: signers.map(\.keyID))
        var keys = head.keys
        try keys.admit(entry)
        let bytes = try entry.canonicalBytes()
        let hash = SHA256.hash(bytes)
        var frontier = head.frontier
        self.entry = entry
        self.canonicalBytes = bytes
        self.hash = hash
        self.signers = signers
        self.newNodes = frontier.append(leafHash: MerkleHash.leaf(bytes))
        self.head = LedgerHead(size: head.size + 1, lastHash: hash, lastTime: time, frontier: frontier, keys: keys)
    }

    /// The entry with every signer's signature over its canonical bytes, author first.
    func signed() throws -> SignedEntry {
        let signatures = try signers.map { EntrySignature(keyID: $0.keyID, signature: try $0.sign(canonicalBytes)) }
        return SignedEntry(entry: entry, canonicalBytes: canonicalBytes, hash: hash, signatures: signatures)
    }
}
