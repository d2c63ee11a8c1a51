import Ledger

/// Schemas of IP assets, deposit receipts, licences and the knowledge base of practices.
extension APISchemas {
    static let sha256: JSONValue = ["type": "string", "pattern": "^[0-9a-fA-F]{64}$"]
    static let holders: JSONValue = [
        "type": "array", "minItems": 1, "maxItems": 100,
        "description": "Units must sum to exactly 10000 (100 %).",
        "items": [
            "type": "object", "required": ["member_id", "units"],
            "properties": ["member_id": ["type": "string"], "units": ["type": "integer", "minimum": 1, "maximum": 10000]],
        ],
    ]
    static let ipLicence: JSONValue = [
        "type": "object",
        "required": ["id", "asset_id", "licensee_id", "licensee_kind", "terms", "starts_on", "ends_on", "ledger_seq", "granted_at"],
        "properties": [
            "id": ["type": "string"], "asset_id": ["type": "string"], "licensee_id": ["type": "string"],
            "licensee_kind": ["type": "string", "enum": ["city", "organisation"]], "terms": ["type": "string"],
            "starts_on": date, "ends_on": date, "ledger_seq": ["type": "integer"], "granted_at": time,
        ],
    ]
    static let ipAsset: JSONValue = [
        "type": "object",
        "required": ["id", "kind", "title", "content_sha256", "holders", "licences", "deposit_seq", "deposited_at"],
        "properties": [
            "id": ["type": "string"], "kind": ipAssetKind, "title": ["type": "string"], "description": ["type": "string"],
            "content_sha256": sha256, "holders": holders, "licences": ["type": "array", "items": ipLicence],
            "deposit_seq": ["type": "integer"], "deposited_at": time,
        ],
    ]
    static let ipAssetKind: JSONValue = [
        "type": "string", "enum": ["idea", "software", "design", "database", "trademark", "know_how"],
    ]
    /// The members every ledger receipt publishes (deposit receipts, accelerator certificates).
    static let inclusionProof: JSONValue = [
        "type": "object", "required": ["leaf_index", "tree_size", "hashes"],
        "properties": [
            "leaf_index": ["type": "integer"], "tree_size": ["type": "integer"],
            "hashes": ["type": "array", "items": sha256],
        ],
    ]
    static let receiptCheckpoint: JSONValue = [
        "type": "string", "description": "The signed C2SP checkpoint note of a tree of size tree_size.",
    ]
    static let ipDepositReceipt: JSONValue = [
        "type": "object", "required": ["asset_id", "entry", "inclusion_proof", "checkpoint"],
        "properties": [
            "asset_id": ["type": "string"], "entry": ledgerEntry, "inclusion_proof": inclusionProof,
            "checkpoint": receiptCheckpoint,
        ],
    ]
    static let practiceAdoption: JSONValue = [
        "type": "object", "required": ["practice_id", "city_id", "ledger_seq", "adopted_at"],
        "properties": [
            "practice_id": ["type": "string"], "city_id": ["type": "string"], "ledger_seq": ["type": "integer"],
            "adopted_at": time,
        ],
    ]
    static let practice: JSONValue = [
        "type": "object",
        "required": ["id", "title", "what", "city_id", "results", "reported_on", "report_seq", "adoptions", "created_at"],
        "properties": [
            "id": ["type": "string"], "title": ["type": "string"], "what": ["type": "string"], "city_id": ["type": "string"],
            "results": ["type": "string"], "reported_on": date, "report_seq": ["type": "integer"],
            "adoptions": ["type": "array", "items": practiceAdoption], "created_at": time,
        ],
    ]

    static let ipConsentRequest: JSONValue = [
        "type": "object",
        "required": ["id", "act", "asset_id", "title", "holders", "signers", "waiting_for", "created_at", "statement"],
        "properties": [
            "id": ["type": "string"], "act": ["type": "string", "enum": ["deposit", "assign"]], "asset_id": ["type": "string"],
            "title": ["type": "string"], "holders": holders, "previous_holders": holders,
            "signers": ["type": "array", "items": [
                "type": "object", "required": ["member_id", "signed"],
                "properties": ["member_id": ["type": "string"], "signed": ["type": "boolean"], "key_id": ["type": "string"]],
            ]],
            "waiting_for": ["type": "array", "items": ["type": "string"]], "proposed_by": ["type": "string"], "created_at": time,
            "statement": ["type": "string", "description": "The canonical JSON every signer's key signs (pure Ed25519 over its UTF-8 bytes)."],
        ],
    ]

    static let ipAssetSchemas: JSONObject = [
        "IPAsset": ipAsset,
        "IPAssetPage": [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": ipAsset], "next_cursor": ["type": "string"]],
        ],
        "DepositRequest": [
            "type": "object", "required": ["kind", "title", "content_sha256", "holders"],
            "properties": [
                "kind": ipAssetKind, "title": ["type": "string"], "description": ["type": "string"],
                "content_sha256": sha256, "holders": holders,
            ],
        ],
        "IPDeposit": [
            "type": "object", "required": ["asset", "receipt"],
            "properties": ["asset": ipAsset, "receipt": ipDepositReceipt],
        ],
        "IPDepositReceipt": ipDepositReceipt,
        "HoldersRequest": ["type": "object", "required": ["holders"], "properties": ["holders": holders]],
        "LicenceRequest": [
            "type": "object", "required": ["licensee_id", "terms", "starts_on", "ends_on"],
            "properties": [
                "licensee_id": ["type": "string", "description": "A city id or an organisation's member id."],
                "terms": ["type": "string"], "starts_on": date, "ends_on": date,
            ],
        ],
        "IPLicence": ipLicence,
        "IPConsentRequest": ipConsentRequest,
        "IPConsentRequestList": ["type": "object", "required": ["items"],
                                 "properties": ["items": ["type": "array", "items": ipConsentRequest]]],
        "IPConsentSignatureRequest": [
            "type": "object",
            "description": "The member's own signature of the statement; without it, the member's custodial key signs.",
            "properties": ["signature": [
                "type": "object", "required": ["key_id", "signature"],
                "properties": ["key_id": ["type": "string"], "signature": ["type": "string"]],
            ]],
        ],
        "IPConsentOutcome": [
            "type": "object", "required": ["status"],
            "properties": ["status": ["type": "string", "enum": ["waiting", "carried_out"]], "request": ipConsentRequest,
                           "asset": ipAsset],
        ],
        "Practice": practice,
        "PracticePage": [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": practice], "next_cursor": ["type": "string"]],
        ],
        "ReportPracticeRequest": [
            "type": "object", "required": ["title", "what", "city_id", "results", "reported_on"],
            "properties": [
                "title": ["type": "string"], "what": ["type": "string"], "city_id": ["type": "string"],
                "results": ["type": "string"], "reported_on": date,
            ],
        ],
        "PracticeAdoptionRequest": ["type": "object", "required": ["city_id"], "properties": ["city_id": ["type": "string"]]],
        "PracticeAdoption": practiceAdoption,
    ]
}
