import Ledger

/// Schemas of projects, their teams, stages, MVP plans and adoptions.
extension APISchemas {
    static let stage: JSONValue = [
        "type": "string",
        "enum": ["idea", "selected", "accelerating", "accelerated", "pitched", "funded", "operating", "scaled", "closed"],
    ]
    static let teamRole: JSONValue = ["type": "string", "enum": ["lead", "member", "mentor", "investor"]]
    static let milestoneStatus: JSONValue = ["type": "string", "enum": ["planned", "in_progress", "done", "dropped"]]
    static let team: JSONValue = [
        "type": "array", "description": "Exactly one lead; admitted members only, each once.",
        "items": [
            "type": "object", "required": ["member_id", "role"],
            "properties": ["member_id": ["type": "string"], "role": teamRole],
        ],
    ]
    static let project: JSONValue = [
        "type": "object",
        "required": ["id", "title", "summary", "direction", "city_id", "stage", "team", "created_at", "updated_at"],
        "properties": [
            "id": ["type": "string"], "title": ["type": "string"], "summary": ["type": "string"],
            "direction": ["type": "string"], "city_id": ["type": "string"], "stage": stage, "team": team,
            "created_at": time, "updated_at": time,
        ],
    ]
    static let milestone: JSONValue = [
        "type": "object", "required": ["id", "project_id", "title", "owner_role", "due_on", "status", "created_at"],
        "properties": [
            "id": ["type": "string"], "project_id": ["type": "string"], "title": ["type": "string"],
            "owner_role": teamRole, "due_on": date, "status": milestoneStatus, "created_at": time,
        ],
    ]
    static let adoption: JSONValue = [
        "type": "object", "required": ["project_id", "city_id", "adopted_on"],
        "properties": ["project_id": ["type": "string"], "city_id": ["type": "string"], "adopted_on": date],
    ]

    static let projectSchemas: JSONObject = [
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
    ]
}
