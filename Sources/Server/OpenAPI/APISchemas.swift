import Ledger

/// The JSON Schemas (2020-12, as OpenAPI 3.1 uses) of request and response bodies,
/// by the names routes refer to in their `RouteDocumentation`.
public enum APISchemas {
    public static let problem: JSONValue = [
        "type": "object",
        "required": ["type", "title", "status", "detail"],
        "properties": [
            "type": ["type": "string", "format": "uri"],
            "title": ["type": "string"],
            "status": ["type": "integer"],
            "detail": ["type": "string"],
            "instance": ["type": "string"],
            "errors": ["type": "array", "items": [
                "type": "object", "required": ["pointer", "detail"],
                "properties": ["pointer": ["type": "string"], "detail": ["type": "string"]],
            ]],
            "existing": [
                "type": "object", "description": "For a conflict with an earlier record: that record.",
                "required": ["id", "ledger_seq"],
                "properties": ["id": ["type": "string"], "ledger_seq": ["type": "integer"]],
            ],
        ],
    ]

    private static let time: JSONValue = ["type": "string", "format": "date-time"]
    private static let roles: JSONValue = [
        "type": "array", "items": ["type": "string", "enum": ["resident", "mentor", "investor", "union_staff", "committee", "admin"]],
    ]
    private static let apiToken: JSONValue = [
        "type": "object", "required": ["id", "name", "created_at"],
        "properties": [
            "id": ["type": "string"], "name": ["type": "string"], "created_at": time,
            "last_used_at": time, "revoked_at": time,
        ],
    ]
    private static let account: JSONValue = [
        "type": "object", "required": ["id", "email", "roles", "created_at"],
        "properties": [
            "id": ["type": "string"], "email": ["type": "string", "format": "email"],
            "display_name": ["type": "string"], "roles": roles, "created_at": time,
        ],
    ]

    private static let city: JSONValue = [
        "type": "object", "required": ["id", "name", "region", "created_at"],
        "properties": [
            "id": ["type": "string"], "name": ["type": "string"], "region": ["type": "string"],
            "population": ["type": "integer", "minimum": 0], "created_at": time,
        ],
    ]
    private static let memberRoles: JSONValue = [
        "type": "array",
        "items": ["type": "string", "enum": ["resident", "entrepreneur", "mentor", "investor", "facilitator", "union_staff", "committee"]],
    ]
    private static let member: JSONValue = [
        "type": "object", "required": ["id", "kind", "roles", "status", "created_at", "erased"],
        "properties": [
            "id": ["type": "string"], "kind": ["type": "string", "enum": ["person", "organisation"]],
            "city_id": ["type": "string"], "roles": memberRoles,
            "status": ["type": "string", "enum": ["applied", "admitted", "suspended", "left"]],
            "created_at": time, "erased": ["type": "boolean"],
            "personal": [
                "type": "object", "description": "Only for the member itself and Union staff.",
                "properties": ["name": ["type": "string"], "email": ["type": "string"], "phone": ["type": "string"]],
            ],
        ],
    ]

    private static let date: JSONValue = ["type": "string", "format": "date"]
    private static let sha256: JSONValue = ["type": "string", "pattern": "^[0-9a-fA-F]{64}$"]
    private static let holders: JSONValue = [
        "type": "array", "minItems": 1, "maxItems": 100,
        "description": "Units must sum to exactly 10000 (100 %).",
        "items": [
            "type": "object", "required": ["member_id", "units"],
            "properties": ["member_id": ["type": "string"], "units": ["type": "integer", "minimum": 1, "maximum": 10000]],
        ],
    ]
    private static let ipLicence: JSONValue = [
        "type": "object",
        "required": ["id", "asset_id", "licensee_id", "licensee_kind", "terms", "starts_on", "ends_on", "ledger_seq", "granted_at"],
        "properties": [
            "id": ["type": "string"], "asset_id": ["type": "string"], "licensee_id": ["type": "string"],
            "licensee_kind": ["type": "string", "enum": ["city", "organisation"]], "terms": ["type": "string"],
            "starts_on": date, "ends_on": date, "ledger_seq": ["type": "integer"], "granted_at": time,
        ],
    ]
    private static let ipAsset: JSONValue = [
        "type": "object",
        "required": ["id", "kind", "title", "content_sha256", "holders", "licences", "deposit_seq", "deposited_at"],
        "properties": [
            "id": ["type": "string"], "kind": ipAssetKind, "title": ["type": "string"], "description": ["type": "string"],
            "content_sha256": sha256, "holders": holders, "licences": ["type": "array", "items": ipLicence],
            "deposit_seq": ["type": "integer"], "deposited_at": time,
        ],
    ]
    private static let ipAssetKind: JSONValue = [
        "type": "string", "enum": ["idea", "software", "design", "database", "trademark", "know_how"],
    ]
    private static let ipDepositReceipt: JSONValue = [
        "type": "object", "required": ["asset_id", "entry", "inclusion_proof", "checkpoint"],
        "properties": [
            "asset_id": ["type": "string"],
            "entry": [
                "type": "object", "required": ["seq", "canonical_json", "hash", "signatures"],
                "properties": [
                    "seq": ["type": "integer"],
                    "canonical_json": ["type": "string", "description": "The entry's RFC 8785 canonical bytes, as signed."],
                    "hash": sha256,
                    "signatures": ["type": "array", "items": [
                        "type": "object", "required": ["key_id", "signature"],
                        "properties": ["key_id": ["type": "string"], "signature": ["type": "string"]],
                    ]],
                ],
            ],
            "inclusion_proof": [
                "type": "object", "required": ["leaf_index", "tree_size", "hashes"],
                "properties": [
                    "leaf_index": ["type": "integer"], "tree_size": ["type": "integer"],
                    "hashes": ["type": "array", "items": sha256],
                ],
            ],
            "checkpoint": ["type": "string", "description": "The signed C2SP checkpoint note of a tree of size tree_size."],
        ],
    ]
    private static let practiceAdoption: JSONValue = [
        "type": "object", "required": ["practice_id", "city_id", "ledger_seq", "adopted_at"],
        "properties": [
            "practice_id": ["type": "string"], "city_id": ["type": "string"], "ledger_seq": ["type": "integer"],
            "adopted_at": time,
        ],
    ]
    private static let practice: JSONValue = [
        "type": "object",
        "required": ["id", "title", "what", "city_id", "results", "reported_on", "report_seq", "adoptions", "created_at"],
        "properties": [
            "id": ["type": "string"], "title": ["type": "string"], "what": ["type": "string"], "city_id": ["type": "string"],
            "results": ["type": "string"], "reported_on": date, "report_seq": ["type": "integer"],
            "adoptions": ["type": "array", "items": practiceAdoption], "created_at": time,
        ],
    ]

    public static let all: JSONObject = [
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
        "AdoptionRequest": ["type": "object", "required": ["city_id"], "properties": ["city_id": ["type": "string"]]],
        "PracticeAdoption": practiceAdoption,
        "City": city,
        "CityPage": [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": city], "next_cursor": ["type": "string"]],
        ],
        "RegisterCityRequest": [
            "type": "object", "required": ["name", "region"],
            "properties": ["name": ["type": "string"], "region": ["type": "string"], "population": ["type": "integer", "minimum": 0]],
        ],
        "Member": member,
        "MemberPage": [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": member], "next_cursor": ["type": "string"]],
        ],
        "ApplyRequest": [
            "type": "object", "required": ["name"],
            "properties": [
                "kind": ["type": "string", "enum": ["person", "organisation"]], "name": ["type": "string"],
                "email": ["type": "string"], "phone": ["type": "string"], "city_id": ["type": "string"], "roles": memberRoles,
            ],
        ],
        "StatusRequest": [
            "type": "object", "required": ["status"],
            "properties": ["status": ["type": "string", "enum": ["applied", "admitted", "suspended", "left"]]],
        ],
        "RolesRequest": ["type": "object", "required": ["roles"], "properties": ["roles": memberRoles]],
        "Health": [
            "type": "object", "required": ["status"],
            "properties": ["status": ["type": "string", "enum": ["ok"]]],
        ],
        "LoginRequest": [
            "type": "object", "required": ["email", "password"],
            "properties": ["email": ["type": "string"], "password": ["type": "string"]],
        ],
        "Session": [
            "type": "object", "required": ["account", "csrf_token", "expires_at"],
            "properties": ["account": account, "csrf_token": ["type": "string"], "expires_at": time],
        ],
        "Account": account,
        "APIToken": apiToken,
        "APITokenPage": [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": apiToken], "next_cursor": ["type": "string"]],
        ],
        "CreateAPITokenRequest": [
            "type": "object", "required": ["name"],
            "properties": ["name": ["type": "string", "maxLength": 100]],
        ],
        "NewAPIToken": [
            "type": "object", "required": ["token", "secret"],
            "properties": ["token": apiToken, "secret": ["type": "string", "description": "Shown once; send as 'Authorization: Bearer <secret>'."]],
        ],
        "CreateAccountRequest": [
            "type": "object", "required": ["email", "password"],
            "properties": [
                "email": ["type": "string", "format": "email"], "password": ["type": "string", "minLength": 12],
                "display_name": ["type": "string"], "roles": roles,
            ],
        ],
    ]
}
