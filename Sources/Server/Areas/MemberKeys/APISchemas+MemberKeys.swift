import Ledger

/// Schemas of members' signing keys.
extension APISchemas {
    /// A member's signature sent with an act it consents to (contracts, transfers, attestations).
    static let partySignature: JSONValue = [
        "type": "object", "required": ["key_id", "signature"],
        "description": "An Ed25519 signature, in hex, by a key the member registered, over the statement's canonical bytes.",
        "properties": ["key_id": ["type": "string"], "signature": ["type": "string"]],
    ]
    static let memberKey: JSONValue = [
        "type": "object", "required": ["key_id", "public_key", "custodial", "registered_at_seq"],
        "properties": [
            "key_id": ["type": "string", "description": "Hex SHA-256 of the public key."],
            "public_key": ["type": "string", "description": "The 32-byte Ed25519 public key in hex."],
            "custodial": ["type": "boolean", "description": "True when the node holds the private key for the member."],
            "registered_at_seq": ["type": "integer"], "revoked_at_seq": ["type": "integer"],
        ],
    ]

    static let memberKeySchemas: JSONObject = [
        "MemberKey": memberKey,
        "MemberKeyList": ["type": "object", "required": ["items"], "properties": ["items": ["type": "array", "items": memberKey]]],
        "AddMemberKeyRequest": [
            "type": "object",
            "description": .string("Either {\"custodial\": true}, or public_key with proof: the key's Ed25519 signature over the "
                + "RFC 8785 bytes of {\"act\":\"key.register\",\"public_key\":<hex>,\"signer\":<member id>}."),
            "properties": [
                "custodial": ["type": "boolean"], "public_key": ["type": "string"], "proof": ["type": "string"],
            ],
        ],
    ]
}
