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

    public static let all: JSONObject = [
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
