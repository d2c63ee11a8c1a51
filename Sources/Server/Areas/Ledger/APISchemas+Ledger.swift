import Ledger

/// Schemas of the ledger's JSON read API.
extension APISchemas {
    static let hexHash: JSONValue = ["type": "string", "pattern": "^[0-9a-f]{64}$"]

    /// An entry as receipts and the API show it.
    static let ledgerEntry: JSONValue = [
        "type": "object", "required": ["seq", "canonical_json", "hash", "signatures"],
        "properties": [
            "seq": ["type": "integer", "minimum": 0],
            "canonical_json": ["type": "string", "description": "The entry's RFC 8785 canonical bytes, as signed."],
            "hash": hexHash,
            "signatures": ["type": "array", "items": [
                "type": "object", "required": ["key_id", "signature"],
                "properties": ["key_id": hexHash, "signature": ["type": "string", "pattern": "^[0-9a-f]{128}$"]],
            ]],
        ],
    ]

    static let ledgerSchemas: JSONObject = [
        "AddCheckpointRequest": [
            "type": "string",
            "description": "`old <size>`, up to 63 base64 consistency proof hashes, an empty line, then the signed checkpoint (C2SP tlog-witness), each line ending in a newline.",
        ],
        "LedgerEntry": ledgerEntry,
        "InclusionProof": [
            "type": "object", "required": ["seq", "tree_size", "leaf_hash", "root_hash", "hashes"],
            "properties": [
                "seq": ["type": "integer"], "tree_size": ["type": "integer"], "leaf_hash": hexHash, "root_hash": hexHash,
                "hashes": ["type": "array", "items": hexHash, "description": "From the leaf's sibling up to the root's child."],
            ],
        ],
        "ConsistencyProof": [
            "type": "object", "required": ["from", "to", "hashes"],
            "properties": ["from": ["type": "integer"], "to": ["type": "integer"], "hashes": ["type": "array", "items": hexHash]],
        ],
    ]
}
