import Ledger
import Registry

/// The ledger over JSON, to anyone: an entry by seq with its canonical bytes, hash and
/// signatures; its C2SP tlog-proof against the checkpoint the node signed last; and RFC
/// 9162 inclusion and consistency proofs between any sizes the log holds.
enum LedgerRoutes {
    /// An entry as receipts and the API show it.
    struct EntryView: Encodable {
        let seq: Int
        /// The canonical bytes (RFC 8785) as text: hash and verify these exactly.
        let canonicalJson: String
        let hash: String
        let signatures: [SignatureView]

        init(_ signed: SignedEntry) {
            seq = signed.entry.seq
            canonicalJson = String(decoding: signed.canonicalBytes, as: UTF8.self)
            hash = signed.hash.hex
            signatures = signed.signatures.map { SignatureView(keyId: $0.keyID.hex, signature: $0.signature.hex) }
        }
    }

    struct SignatureView: Encodable {
        let keyId: String
        let signature: String
    }

    struct InclusionView: Encodable {
        let seq: Int
        let treeSize: Int
        let leafHash: String
        let rootHash: String
        let hashes: [String]
    }

    struct ConsistencyView: Encodable {
        let from: Int
        let to: Int
        let hashes: [String]
    }

    static func routes(database: RegistryDatabase) -> [Route] {
        [
            Route(.get, "/api/v1/ledger/entries/{seq}", operationID: "getLedgerEntry",
                  summary: "A ledger entry: its canonical bytes (the RFC 8785 JSON text), hash and signatures", tag: "ledger",
                  action: .readLedger, access: .anyone,
                  documentation: RouteDocumentation(response: "LedgerEntry", errors: [.notFound])) { context in
                let seq = try context.parameter("seq", as: Int.self, notFound: "No such entry.")
                return try .json(EntryView(try await database.read { connection in
                    let records = LedgerRecords(connection)
                    guard seq >= 0, seq < (try records.size()) else { throw APIError.notFound(detail: "No such entry.") }
                    return try records.entry(seq)
                }))
            },
            Route(.get, "/api/v1/ledger/entries/{seq}/tlog-proof", operationID: "getLedgerEntryProof",
                  summary: "A C2SP tlog-proof that the entry is in the tree of the newest checkpoint witnesses cosigned (with their cosignatures), or else of the one the node signed last", tag: "ledger",
                  action: .readLedger, access: .anyone,
                  documentation: RouteDocumentation(responseContentType: "text/plain", errors: [.notFound])) { context in
                let seq = try context.parameter("seq", as: Int.self, notFound: "No such entry.")
                guard let proof = try await database.read({ connection in
                    let records = LedgerRecords(connection)
                    if let cosigned = try LogWitnesses.cosignedCheckpoint(holding: seq, connection) {
                        return try records.tlogProof(seq: seq, against: cosigned)
                    }
                    return try records.tlogProof(seq: seq)
                }) else {
                    throw APIError.notFound(detail: "No signed checkpoint covers this entry yet; the node signs one within a second of a write.")
                }
                return .text(proof.serialized())
            },
            Route(.get, "/api/v1/ledger/proofs/inclusion", operationID: "getInclusionProof",
                  summary: "The RFC 9162 proof that entry `seq` is in the tree of the first `tree_size` entries", tag: "ledger",
                  action: .readLedger, access: .anyone,
                  documentation: RouteDocumentation(response: "InclusionProof", query: [
                      .init("seq", type: "integer", description: "The entry."),
                      .init("tree_size", type: "integer", description: "The tree's size; by default the log's."),
                  ], errors: [.unprocessableContent])) { context in
                let query = try QueryParameters(context.request)
                return try .json(try await database.read { connection in
                    let records = LedgerRecords(connection)
                    let size = try records.size()
                    let treeSize = try count(query["tree_size"], named: "tree_size", in: 1...max(size, 1)) ?? size
                    guard let seq = try count(query["seq"], named: "seq", in: 0...max(treeSize - 1, 0)), treeSize > 0 else {
                        throw APIError.validation([.init(pointer: "/seq", detail: "seq must name an entry of the tree.")])
                    }
                    let proof = try records.inclusionProof(seq: seq, treeSize: treeSize)
                    return InclusionView(seq: seq, treeSize: treeSize, leafHash: MerkleHash.leaf(try records.entry(seq).canonicalBytes).hex,
                                         rootHash: try records.rootHash(size: treeSize).hex, hashes: proof.hashes.map(\.hex))
                })
            },
            Route(.get, "/api/v1/ledger/proofs/consistency", operationID: "getConsistencyProof",
                  summary: "The RFC 9162 proof that the tree of `from` entries is a prefix of the tree of `to` entries", tag: "ledger",
                  action: .readLedger, access: .anyone,
                  documentation: RouteDocumentation(response: "ConsistencyProof", query: [
                      .init("from", type: "integer", description: "The older tree's size, at least 1."),
                      .init("to", type: "integer", description: "The newer tree's size; by default the log's."),
                  ], errors: [.unprocessableContent])) { context in
                let query = try QueryParameters(context.request)
                return try .json(try await database.read { connection in
                    let records = LedgerRecords(connection)
                    let size = try records.size()
                    let to = try count(query["to"], named: "to", in: 1...max(size, 1)) ?? size
                    guard let from = try count(query["from"], named: "from", in: 1...max(to, 1)), to > 0 else {
                        throw APIError.validation([.init(pointer: "/from", detail: "from must be a size from 1 to the newer tree's.")])
                    }
                    return ConsistencyView(from: from, to: to, hashes: try records.consistencyProof(from: from, to: to).hashes.map(\.hex))
                })
            },
        ]
    }

    /// A whole number in `range` from the query, nil when absent.
    private static func count(_ text: String?, named name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
        guard let text else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .validation([.init(pointer: "/\(name)", detail: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound).")])
        }
        return value
    }
}
