import Ledger

/// Schemas of the federation routes.
extension APISchemas {
    static let federationProvenance: JSONValue = [
        "type": "object", "required": ["origin", "url", "ledger_seq", "checkpoint_size", "cosigned_by"],
        "properties": [
            "origin": ["type": "string", "description": "The log origin of the node that registered it."],
            "url": ["type": "string"], "ledger_seq": ["type": "integer", "description": "The entry of that node's log that records it."],
            "checkpoint_size": ["type": "integer", "description": "The size of that node's checkpoint the mirror verified."],
            "cosigned_by": ["type": "array", "items": ["type": "string"], "description": "Trusted witnesses whose cosignatures of it verified."],
        ],
    ]
    static let followedNode: JSONValue = [
        "type": "object", "required": ["origin", "url", "verifier_key", "size", "cosigned_by", "towns", "projects"],
        "properties": [
            "origin": ["type": "string"], "url": ["type": "string"], "verifier_key": ["type": "string", "description": "C2SP vkey."],
            "size": ["type": "integer", "description": "Entries of its log mirrored and verified."],
            "checkpoint": ["type": ["string", "null"], "description": "The signed checkpoint of that size, as served, with cosignatures."],
            "cosigned_by": ["type": "array", "items": ["type": "string"]],
            "verified_at": ["type": ["string", "null"], "format": "date-time"],
            "failure": [
                "type": ["object", "null"], "required": ["code", "detail", "at"],
                "properties": [
                    "code": ["type": "string", "enum": ["unreachable", "not_a_checkpoint", "not_signed", "smaller_than_mirrored", "fork",
                                                         "inconsistent", "malformed_bundle"]],
                    "detail": ["type": "string"], "at": time,
                ],
            ],
            "towns": ["type": "integer"], "projects": ["type": "integer"],
        ],
    ]

    static let federationSchemas: JSONObject = [
        "FollowedNodeList": ["type": "object", "required": ["items"], "properties": ["items": ["type": "array", "items": followedNode]]],
        "MirroredTownList": [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": [
                "type": "object", "required": ["city_id", "provenance"],
                "properties": ["city_id": ["type": "string"], "name": ["type": ["string", "null"]], "region": ["type": ["string", "null"]],
                               "provenance": federationProvenance],
            ]]],
        ],
    ]
}
