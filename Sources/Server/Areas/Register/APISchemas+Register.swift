import Ledger

/// Schemas of the register of cities and members.
extension APISchemas {
    static let city: JSONValue = [
        "type": "object", "required": ["id", "name", "region", "created_at"],
        "properties": [
            "id": ["type": "string"], "name": ["type": "string"], "region": ["type": "string"],
            "population": ["type": "integer", "minimum": 0], "created_at": time,
        ],
    ]
    static let memberRoles: JSONValue = [
        "type": "array",
        "items": ["type": "string", "enum": ["resident", "entrepreneur", "mentor", "investor", "facilitator", "union_staff", "committee"]],
    ]
    static let member: JSONValue = [
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
            "application": [
                "type": "object", "required": ["competencies"],
                "description": "What the application said, and the reason if it was refused: only for the member itself and Union staff, on GET /api/v1/members/{member_id}.",
                "properties": [
                    "motivation": ["type": "string"], "competencies": ["type": "array", "items": ["type": "string"]],
                    "weekly_hours": ["type": "integer"], "ticket_min_kopecks": ["type": "integer"],
                    "ticket_max_kopecks": ["type": "integer"], "refusal_reason": ["type": "string"],
                ],
            ],
        ],
    ]

    static let registerSchemas: JSONObject = [
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
                "motivation": ["type": "string", "maxLength": 2000, "description": "Why the applicant wants to join; for staff, never in the ledger."],
                "competencies": ["type": "array", "items": ["type": "string"],
                                 "description": "A mentor's competencies: required with the mentor role; its mentor profile on admission."],
                "weekly_hours": ["type": "integer", "minimum": 1, "maximum": 60, "description": "A mentor's hours a week: required with the mentor role."],
                "ticket_min_kopecks": ["type": "integer", "minimum": 0, "description": "An investor's smallest ticket: required with the investor role."],
                "ticket_max_kopecks": ["type": "integer", "minimum": 0, "description": "An investor's largest ticket, not below the smallest."],
            ],
        ],
        "StatusRequest": [
            "type": "object", "required": ["status"],
            "properties": ["status": ["type": "string", "enum": ["applied", "admitted", "suspended", "left"]]],
        ],
        "RolesRequest": ["type": "object", "required": ["roles"], "properties": ["roles": memberRoles]],
        "RefusalRequest": [
            "type": "object", "required": ["reason"],
            "properties": ["reason": ["type": "string", "minLength": 1, "maxLength": 1000,
                                      "description": "Why the application is refused, for the applicant to read."]],
        ],
    ]
}
