import Ledger

/// Schemas of the Glocal City Challenge.
extension APISchemas {
    static let idList: JSONValue = ["type": "object", "required": ["items"],
                                    "properties": ["items": ["type": "array", "items": ["type": "string"]]]]
    static let criterion: JSONValue = [
        "type": "object", "required": ["id", "name", "weight"],
        "properties": [
            "id": ["type": "string", "pattern": "^[a-z0-9_]{1,40}$"], "name": ["type": "string"],
            "weight": ["type": "integer", "minimum": 1, "maximum": 100],
            "scale_minimum": ["type": "integer", "minimum": 0, "description": "Default 0."],
            "scale_maximum": ["type": "integer", "maximum": 1000, "description": "Default 10."],
        ],
    ]
    static let award: JSONValue = [
        "type": "object", "required": ["name", "criterion_id"],
        "properties": ["name": ["type": "string"], "criterion_id": ["type": "string"]],
    ]
    static let challengeTeam: JSONValue = [
        "type": "object", "required": ["id", "name", "city_id", "member_ids", "registered_at"],
        "properties": [
            "id": ["type": "string"], "name": ["type": "string"], "city_id": ["type": "string"], "project_id": ["type": "string"],
            "member_ids": ["type": "array", "items": ["type": "string"]], "registered_at": time,
        ],
    ]
    static let challengeMark: JSONValue = [
        "type": "object", "required": ["team_id", "judge", "criterion_id", "value", "revision", "marked_at", "ledger_seq"],
        "properties": [
            "team_id": ["type": "string"], "judge": ["type": "string"], "criterion_id": ["type": "string"],
            "value": ["type": "integer"], "revision": ["type": "integer", "minimum": 1], "marked_at": time,
            "ledger_seq": ["type": "integer"],
        ],
    ]

    static let challengeSchemas: JSONObject = [
        "ChallengeRulesRequest": [
            "type": "object", "required": ["criteria"],
            "properties": [
                "criteria": ["type": "array", "items": criterion, "minItems": 1, "maxItems": 20],
                "judges_per_team": ["type": "integer", "minimum": 1, "maximum": 50, "description": "Default 3."],
                "z_score_minimum_teams": ["type": "integer", "minimum": 2, "description": "Default 5."],
                "awards": ["type": "array", "items": award], "chair_member_id": ["type": "string"],
            ],
        ],
        "ChallengeRules": [
            "type": "object", "required": ["criteria", "judges_per_team", "z_score_minimum_teams", "awards", "tie_break_ladder"],
            "properties": [
                "criteria": ["type": "array", "items": criterion], "judges_per_team": ["type": "integer"],
                "z_score_minimum_teams": ["type": "integer"], "awards": ["type": "array", "items": award],
                "chair_member_id": ["type": "string"], "public_board_frozen_at": time,
                "tie_break_ladder": ["type": "array", "items": ["type": "string", "enum": ["heaviest_criterion", "first_places", "chair"]]],
            ],
        ],
        "ChallengeTeamRequest": [
            "type": "object", "required": ["name", "city_id"],
            "properties": [
                "name": ["type": "string", "maxLength": 200], "city_id": ["type": "string"], "project_id": ["type": "string"],
                "member_ids": ["type": "array", "items": ["type": "string"]],
            ],
        ],
        "ChallengeTeam": challengeTeam,
        "ChallengeTeamPage": page(of: challengeTeam),
        "ChallengeJudgeRequest": ["type": "object", "required": ["member_id"], "properties": ["member_id": ["type": "string"]]],
        "ChallengeJudgeList": idList,
        "ChallengeAssignmentList": [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": [
                "type": "object", "required": ["judge", "team_id"],
                "properties": ["judge": ["type": "string"], "team_id": ["type": "string"]],
            ]]],
        ],
        "ChallengeMarkRequest": [
            "type": "object", "required": ["team_id", "criterion_id", "value"],
            "properties": ["team_id": ["type": "string"], "criterion_id": ["type": "string"], "value": ["type": "integer"]],
        ],
        "ChallengeMark": challengeMark,
        "ChallengeMarkPage": page(of: challengeMark),
        "JudgeProgress": [
            "type": "object", "required": ["judge", "assigned", "complete", "left"],
            "properties": [
                "judge": ["type": "string"], "assigned": ["type": "array", "items": ["type": "string"]],
                "complete": ["type": "array", "items": ["type": "string"]], "left": ["type": "array", "items": ["type": "string"]],
            ],
        ],
        "JudgeConflicts": [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": [
                "type": "object", "required": ["team_id", "conflicts"],
                "properties": [
                    "team_id": ["type": "string"],
                    "conflicts": ["type": "array", "items": ["type": "string", "enum": ["own_town", "own_team", "mentor", "investor"]]],
                ],
            ]]],
        ],
        "ChallengeLeaderboard": [
            "type": "object", "required": ["teams", "towns", "awards"],
            "description": "Teams ranked (rank shared when the ladder cannot separate them; tie_break says how a tie was settled), towns by the mean total of their teams, and award winners. Marks are normalised per judge (see the rules).",
            "properties": [
                "teams": ["type": "array", "items": [
                    "type": "object", "required": ["rank", "team_id", "city_id", "judges", "first_places", "criteria"],
                    "properties": [
                        "rank": ["type": "integer"], "team_id": ["type": "string"], "city_id": ["type": "string"],
                        "total": ["type": ["number", "null"]], "judges": ["type": "integer"], "first_places": ["type": "integer"],
                        "criteria": ["type": "object", "additionalProperties": ["type": "number"]],
                        "tie_break": ["type": ["string", "null"], "enum": ["heaviest_criterion", "first_places", "chair", "unresolved", .null]],
                    ],
                ]],
                "towns": ["type": "array", "items": [
                    "type": "object", "required": ["rank", "city_id", "score", "teams"],
                    "properties": ["rank": ["type": "integer"], "city_id": ["type": "string"], "score": ["type": "number"],
                                   "teams": ["type": "integer"]],
                ]],
                "awards": ["type": "array", "items": [
                    "type": "object", "required": ["name", "criterion_id"],
                    "properties": ["name": ["type": "string"], "criterion_id": ["type": "string"],
                                   "team_id": ["type": ["string", "null"]], "mark": ["type": ["number", "null"]]],
                ]],
            ],
        ],
        "ChallengeFinalRequest": [
            "type": "object", "required": ["title", "starts_on", "ends_on", "top_per_town"],
            "properties": ["title": ["type": "string"], "starts_on": date, "ends_on": date,
                           "top_per_town": ["type": "integer", "minimum": 1, "maximum": 20]],
        ],
        "ChallengeFreeze": ["type": "object", "required": ["public_board_frozen_at"], "properties": ["public_board_frozen_at": time]],
        "ChallengeTieDecisionRequest": [
            "type": "object", "required": ["team_ids"],
            "properties": ["team_ids": ["type": "array", "items": ["type": "string"]]],
        ],
    ]
}
