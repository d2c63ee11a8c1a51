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

    private static let stage: JSONValue = [
        "type": "string",
        "enum": ["idea", "selected", "accelerating", "accelerated", "pitched", "funded", "operating", "scaled", "closed"],
    ]
    private static let teamRole: JSONValue = ["type": "string", "enum": ["lead", "member", "mentor", "investor"]]
    private static let milestoneStatus: JSONValue = ["type": "string", "enum": ["planned", "in_progress", "done", "dropped"]]
    private static let date: JSONValue = ["type": "string", "format": "date"]
    private static let team: JSONValue = [
        "type": "array", "description": "Exactly one lead; admitted members only, each once.",
        "items": [
            "type": "object", "required": ["member_id", "role"],
            "properties": ["member_id": ["type": "string"], "role": teamRole],
        ],
    ]
    private static let project: JSONValue = [
        "type": "object",
        "required": ["id", "title", "summary", "direction", "city_id", "stage", "team", "created_at", "updated_at"],
        "properties": [
            "id": ["type": "string"], "title": ["type": "string"], "summary": ["type": "string"],
            "direction": ["type": "string"], "city_id": ["type": "string"], "stage": stage, "team": team,
            "created_at": time, "updated_at": time,
        ],
    ]
    private static let milestone: JSONValue = [
        "type": "object", "required": ["id", "project_id", "title", "owner_role", "due_on", "status", "created_at"],
        "properties": [
            "id": ["type": "string"], "project_id": ["type": "string"], "title": ["type": "string"],
            "owner_role": teamRole, "due_on": date, "status": milestoneStatus, "created_at": time,
        ],
    ]
    private static let adoption: JSONValue = [
        "type": "object", "required": ["project_id", "city_id", "adopted_on"],
        "properties": ["project_id": ["type": "string"], "city_id": ["type": "string"], "adopted_on": date],
    ]

    private static func page(of item: JSONValue) -> JSONValue {
        ["type": "object", "required": ["items"],
         "properties": ["items": ["type": "array", "items": item], "next_cursor": ["type": "string"]]]
    }

    public static let all: JSONObject = [
        "Project": project,
        "ProjectPage": page(of: project),
        "CreateProjectRequest": [
            "type": "object", "required": ["title", "summary", "direction", "city_id"],
            "properties": [
                "title": ["type": "string", "maxLength": 200], "summary": ["type": "string", "maxLength": 4000],
                "direction": ["type": "string", "maxLength": 50], "city_id": ["type": "string"],
            ],
        ],
        "EditProjectRequest": [
            "type": "object",
            "properties": [
                "title": ["type": "string", "maxLength": 200], "summary": ["type": "string", "maxLength": 4000],
                "direction": ["type": "string", "maxLength": 50],
            ],
        ],
        "TeamRequest": ["type": "object", "required": ["team"], "properties": ["team": team]],
        "StageRequest": ["type": "object", "required": ["stage"], "properties": ["stage": stage]],
        "Milestone": milestone,
        "MilestonePage": page(of: milestone),
        "CreateMilestoneRequest": [
            "type": "object", "required": ["title", "owner_role", "due_on"],
            "properties": [
                "title": ["type": "string", "maxLength": 200], "owner_role": teamRole, "due_on": date, "status": milestoneStatus,
            ],
        ],
        "EditMilestoneRequest": [
            "type": "object",
            "properties": [
                "title": ["type": "string", "maxLength": 200], "owner_role": teamRole, "due_on": date, "status": milestoneStatus,
            ],
        ],
        "Adoption": adoption,
        "AdoptionPage": page(of: adoption),
        "AdoptionRequest": [
            "type": "object", "required": ["city_id"],
            "properties": ["city_id": ["type": "string"], "adopted_on": date],
        ],
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
