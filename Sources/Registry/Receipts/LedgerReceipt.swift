import Ledger

/// Proof, checkable without trusting the Union's server, that one signed entry is in
/// the ledger: the entry exactly as signed, the node-signed checkpoint of a tree that
/// includes it, and the RFC 9162 inclusion proof linking the two. IP deposit receipts
/// and accelerator certificates carry one; its JSON form is what they publish.
public struct LedgerReceipt: Sendable {
    public let entry: SignedEntry
    public let proof: InclusionProof
    public let checkpoint: SignedCheckpoint

    public init(entry: SignedEntry, proof: InclusionProof, checkpoint: SignedCheckpoint) {
        self.entry = entry
        self.proof = proof
        self.checkpoint = checkpoint
    }

    /// Checks the receipt as an outsider would, given the node's public key: the
    /// checkpoint's signature, the entry's author signature, and the proof from the
    /// entry's leaf to the checkpoint's root. Throws on the first failure.
    public func verify(nodeKey: Ed25519PublicKey) throws {
        try Self.verify(entryBytes: entry.canonicalBytes, signatures: entry.signatures, seq: entry.entry.seq, proof: proof,
                        checkpoint: checkpoint.serialized(), nodeKey: nodeKey)
    }

    /// The published form: `entry` (`seq`, `canonical_json`, `hash`, `signatures`),
    /// `inclusion_proof` (`leaf_index`, `tree_size`, `hashes`) and `checkpoint` (the note).
    public var json: JSONObject {
        [
            "entry": [
                "seq": .integer(Int64(entry.entry.seq)),
                "canonical_json": .string(String(decoding: entry.canonicalBytes, as: UTF8.self)),
                "hash": .string(entry.hash.hex),
                "signatures": .array(entry.signatures.map {
                    ["key_id": .string($0.keyID.hex), "signature": .string($0.signature.hex)]
                }),
            ],
            "inclusion_proof": [
                "leaf_index": .integer(Int64(proof.leafIndex)), "tree_size": .integer(Int64(proof.treeSize)),
                "hashes": .array(proof.hashes.map { .string($0.hex) }),
            ],
            "checkpoint": .string(checkpoint.serialized()),
        ]
    }

    /// Checks a receipt in its published form (`json`) and answers the entry it proves.
    public static func verify(json: JSONObject, nodeKey: Ed25519PublicKey) throws -> Entry {
        guard let entry = json["entry"]?.objectValue, let text = entry["canonical_json"]?.stringValue,
              let signatures = entry["signatures"]?.arrayValue, let proof = json["inclusion_proof"]?.objectValue,
              let leafIndex = proof["leaf_index"]?.integerValue, let treeSize = proof["tree_size"]?.integerValue,
              let hashes = proof["hashes"]?.arrayValue, let note = json["checkpoint"]?.stringValue else {
            throw ReceiptInvalid(reason: "a member of the receipt is missing or of the wrong type")
        }
        let bytes = Array(text.utf8)
        guard let parsed = try? Entry(canonicalBytes: bytes) else {
            throw ReceiptInvalid(reason: "the entry is not a canonical ledger entry")
        }
        guard entry["seq"]?.integerValue == Int64(parsed.seq), entry["hash"]?.stringValue == SHA256.hash(bytes).hex else {
            throw ReceiptInvalid(reason: "the entry's seq or hash differs from its canonical bytes")
        }
        let signed = try signatures.map { value throws(ReceiptInvalid) in
            guard let key = value.objectValue?["key_id"]?.stringValue, let signature = value.objectValue?["signature"]?.stringValue,
                  let keyID = try? KeyID(hex: key), let decoded = try? Ed25519Signature(hex: signature) else {
                throw ReceiptInvalid(reason: "a signature is malformed")
            }
            return EntrySignature(keyID: keyID, signature: decoded)
        }
        let path = try hashes.map { value throws(ReceiptInvalid) in
            guard let hex = value.stringValue, let digest = try? SHA256Digest(hex: hex) else {
                throw ReceiptInvalid(reason: "a proof hash is malformed")
            }
            return digest
        }
        try verify(entryBytes: bytes, signatures: signed, seq: parsed.seq,
                   proof: InclusionProof(leafIndex: Int(leafIndex), treeSize: Int(treeSize), hashes: path),
                   checkpoint: note, nodeKey: nodeKey)
        return parsed
    }

    private static func verify(entryBytes: [UInt8], signatures: [EntrySignature], seq: Int, proof: InclusionProof,
                               checkpoint note: String, nodeKey: Ed25519PublicKey) throws {
        guard let origin = note.split(separator: "\n", omittingEmptySubsequences: false).first else {
            throw ReceiptInvalid(reason: "the checkpoint is empty")
        }
        let checkpoint: Checkpoint
        do {
            checkpoint = try SignedCheckpoint.open(note, verifier: try NoteVerifier(name: String(origin), publicKey: nodeKey))
        } catch {
            throw ReceiptInvalid(reason: "the checkpoint is not signed by the node key (\(error))")
        }
        guard let author = signatures.first, author.keyID == nodeKey.keyID,
              nodeKey.isValidSignature(author.signature, for: entryBytes) else {
            throw ReceiptInvalid(reason: "the entry is not signed by the node key")
        }
        guard proof.leafIndex == seq, proof.treeSize == checkpoint.size else {
            throw ReceiptInvalid(reason: "the proof is not for this entry and checkpoint")
        }
        do {
            try proof.verify(leafHash: MerkleHash.leaf(entryBytes), rootHash: checkpoint.rootHash)
        } catch {
            throw ReceiptInvalid(reason: "the inclusion proof does not lead to the checkpoint's root")
        }
    }
}
