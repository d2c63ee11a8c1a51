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

    public static let all: JSONObject = [
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
