import Ledger

/// Schemas of the Glocal City Game.
extension APISchemas {
    static let gameSettings: JSONValue = [
        "type": "object", "required": ["directions", "team_size_limit", "selection_rule", "selection_count", "commission_member_ids",
                     "facilitator_member_ids"],
        "properties": [
            "directions": ["type": "array", "items": ["type": "string"], "maxItems": 30],
            "team_size_limit": ["type": "integer", "minimum": 1, "maximum": 50],
            "selection_rule": ["type": "string", "enum": ["threshold", "top"],
                               "description": "threshold: at least selection_count approvals; top: the first selection_count ideas with at least one approval. Ties: more approvals first, then earlier submission."],
            "selection_count": ["type": "integer", "minimum": 1],
            "commission_member_ids": ["type": "array", "items": ["type": "string"]],
            "facilitator_member_ids": ["type": "array", "items": ["type": "string"],
                                       "description": "Members of the registry of facilitators who run the Game's sessions."],
        ],
    ]
    static let gameParticipant: JSONValue = [
        "type": "object", "required": ["member_id"], "properties": ["member_id": ["type": "string"]],
    ]
    static let gameIdea: JSONValue = [
        "type": "object", "required": ["project_id", "event_id", "submitted_seq", "approvals"],
        "properties": [
            "project_id": ["type": "string"], "event_id": ["type": "string"], "asset_id": ["type": "string"],
            "submitted_seq": ["type": "integer"], "approvals": ["type": "integer"],
        ],
    ]
    static let gameRanking: JSONValue = [
        "type": "object", "required": ["project_id", "approvals", "submitted_seq", "rank", "selected"],
        "properties": [
            "project_id": ["type": "string"], "approvals": ["type": "integer"], "submitted_seq": ["type": "integer"],
            "rank": ["type": "integer"], "selected": ["type": "boolean"],
        ],
    ]

    static let gameSchemas: JSONObject = [
        "Game": [
            "type": "object", "required": ["event"],
            "properties": ["event": event, "settings": gameSettings],
        ],
        "GameSettings": gameSettings,
        "GameSettingsRequest": [
            "type": "object", "required": ["directions", "team_size_limit", "selection_rule", "selection_count"],
            "properties": gameSettings.objectValue?["properties"] ?? [:],
        ],
        "GameParticipant": gameParticipant,
        "GameParticipantPage": page(of: gameParticipant),
        "GameIdea": gameIdea,
        "GameIdeaPage": page(of: gameIdea),
        "GameIdeaRequest": [
            "type": "object", "required": ["title", "summary", "direction", "city_id"],
            "properties": [
                "title": ["type": "string", "maxLength": 200], "summary": ["type": "string", "maxLength": 4000],
                "direction": ["type": "string", "maxLength": 50], "city_id": ["type": "string"],
                "content_sha256": sha256,
            ],
        ],
        "GameTeamRoleRequest": [
            "type": "object", "required": ["role"],
            "properties": ["role": ["type": "string", "enum": ["lead", "member"]]],
        ],
        "GameRankingPage": page(of: gameRanking),
    ]
}
