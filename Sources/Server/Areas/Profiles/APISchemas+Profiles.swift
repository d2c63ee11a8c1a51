import Ledger

/// Schemas of communities, members' profiles and cities' mapping-stage profiles.
extension APISchemas {
    static let tagList: JSONValue = ["type": "array", "items": ["type": "string", "maxLength": 60], "maxItems": 30]
    static let community: JSONValue = [
        "type": "object", "required": ["id", "kind", "name", "member_ids", "created_at"],
        "properties": [
            "id": ["type": "string"], "kind": ["type": "string", "enum": ["city", "professional", "business"]],
            "name": ["type": "string"], "city_id": ["type": "string"],
            "member_ids": ["type": "array", "items": ["type": "string"]], "created_at": time,
        ],
    ]
    static let cityAudit: JSONValue = [
        "type": "object", "required": ["id", "city_id", "area", "score", "audited_on", "recorded_at"],
        "properties": [
            "id": ["type": "string"], "city_id": ["type": "string"], "area": ["type": "string"],
            "score": ["type": "integer", "minimum": 0, "maximum": 100], "audited_on": date, "recorded_at": time,
        ],
    ]
    static let indicatorNames: JSONValue = [
        "type": "string", "pattern": "^[a-z][a-z0-9_]{1,39}$",
        "description": "An indicator's code: the seeds' income_growth, asset_growth, leisure_spent_in_town_share, residents_leaving, young_returning, local_investment, family_microbusinesses, or one staff defined (GET /api/v1/indicators).",
    ]
    static let indicatorDefinition: JSONValue = [
        "type": "object", "required": ["code", "name", "unit", "direction", "minimum", "maximum"],
        "properties": [
            "code": indicatorNames, "name": ["type": "string"], "name_en": ["type": "string"], "unit": indicatorUnit,
            "direction": ["type": "string", "enum": ["higher_is_better", "lower_is_better"]],
            "minimum": ["type": "integer"], "maximum": ["type": "integer"],
        ],
    ]
    static let indicatorUnit: JSONValue = ["type": "string", "enum": ["per_mille", "kopecks", "count"]]

    /// A town's series of every indicator of a set, each with its unit and its figures.
    static func indicatorSeries(names: JSONValue, figure: JSONValue) -> JSONValue {
        [
            "type": "object", "required": ["city_id", "series"],
            "properties": [
                "city_id": ["type": "string"],
                "series": ["type": "array", "items": [
                    "type": "object", "required": ["indicator", "unit", "figures"],
                    "properties": ["indicator": names, "unit": indicatorUnit, "figures": ["type": "array", "items": figure]],
                ]],
            ],
        ]
    }

    static let facilitatorRecord: JSONValue = [
        "type": "object", "required": ["member_id", "training_completed_on", "updated_at"],
        "properties": ["member_id": ["type": "string"], "training_completed_on": date, "updated_at": time],
    ]

    static let mentorProfile: JSONValue = [
        "type": "object", "required": ["member_id", "competencies", "weekly_hours", "city_ids", "updated_at"],
        "properties": [
            "member_id": ["type": "string"], "competencies": tagList,
            "weekly_hours": ["type": "integer", "minimum": 1, "maximum": 60],
            "city_ids": ["type": "array", "items": ["type": "string"]], "updated_at": time,
        ],
    ]
    static let investorProfile: JSONValue = [
        "type": "object",
        "required": ["member_id", "kind", "ticket_min_kopecks", "ticket_max_kopecks", "directions", "updated_at"],
        "properties": [
            "member_id": ["type": "string"],
            "kind": ["type": "string", "enum": ["business_angel", "fund", "local_enterprise"]],
            "ticket_min_kopecks": ["type": "integer", "minimum": 0], "ticket_max_kopecks": ["type": "integer", "minimum": 0],
            "directions": tagList, "updated_at": time,
        ],
    ]

    static let profileSchemas: JSONObject = [
        "Community": community,
        "CommunityPage": page(of: community),
        "CreateCommunityRequest": [
            "type": "object", "required": ["kind", "name"],
            "properties": [
                "kind": ["type": "string", "enum": ["city", "professional", "business"]], "name": ["type": "string"],
                "city_id": ["type": "string"],
            ],
        ],
        "AddCommunityMemberRequest": [
            "type": "object", "required": ["member_id"], "properties": ["member_id": ["type": "string"]],
        ],
        "MentorProfile": mentorProfile,
        "MentorProfilePage": page(of: mentorProfile),
        "MentorProfileRequest": [
            "type": "object", "required": ["competencies", "weekly_hours", "city_ids"],
            "properties": [
                "competencies": tagList, "weekly_hours": ["type": "integer", "minimum": 1, "maximum": 60],
                "city_ids": ["type": "array", "items": ["type": "string"], "maxItems": 50],
            ],
        ],
        "InvestorProfile": investorProfile,
        "InvestorProfilePage": page(of: investorProfile),
        "InvestorProfileRequest": [
            "type": "object", "required": ["kind", "ticket_min_kopecks", "ticket_max_kopecks", "directions"],
            "description": "ticket_min_kopecks must not exceed ticket_max_kopecks.",
            "properties": [
                "kind": ["type": "string", "enum": ["business_angel", "fund", "local_enterprise"]],
                "ticket_min_kopecks": ["type": "integer", "minimum": 0], "ticket_max_kopecks": ["type": "integer", "minimum": 0],
                "directions": tagList,
            ],
        ],
        "FacilitatorRecord": facilitatorRecord,
        "FacilitatorRecordPage": page(of: facilitatorRecord),
        "FacilitatorRecordRequest": [
            "type": "object", "required": ["training_completed_on"], "properties": ["training_completed_on": date],
        ],
        "CityProfile": [
            "type": "object", "required": ["city_id", "directions"],
            "properties": ["city_id": ["type": "string"], "directions": tagList, "updated_at": time],
        ],
        "CityDirectionsRequest": ["type": "object", "required": ["directions"], "properties": ["directions": tagList]],
        "CityAudit": cityAudit,
        "CityAuditPage": page(of: cityAudit),
        "CityAuditRequest": [
            "type": "object", "required": ["area", "score", "audited_on"],
            "properties": [
                "area": ["type": "string"], "score": ["type": "integer", "minimum": 0, "maximum": 100], "audited_on": date,
            ],
        ],
        "CityIndicatorFigure": [
            "type": "object", "required": ["id", "indicator", "unit", "value", "measured_on", "recorded_at"],
            "properties": [
                "id": ["type": "string"], "indicator": indicatorNames, "unit": indicatorUnit, "value": ["type": "integer"],
                "measured_on": date, "recorded_at": time,
            ],
        ],
        "CityIndicatorRequest": [
            "type": "object", "required": ["indicator", "value", "measured_on"],
            "description": "The value in the unit of the indicator's definition: per-mille, kopecks or a count, within its minimum and maximum.",
            "properties": ["indicator": indicatorNames, "value": ["type": "integer"], "measured_on": date],
        ],
        "IndicatorDefinition": indicatorDefinition,
        "IndicatorDefinitionList": ["type": "object", "required": ["items"], "properties": ["items": ["type": "array", "items": indicatorDefinition]]],
        "IndicatorDefinitionRequest": [
            "type": "object", "required": ["code", "name", "unit", "direction", "minimum", "maximum"],
            "properties": [
                "code": indicatorNames, "name": ["type": "string", "maxLength": 100], "name_en": ["type": "string", "maxLength": 100],
                "unit": indicatorUnit, "direction": ["type": "string", "enum": ["higher_is_better", "lower_is_better"]],
                "minimum": ["type": "integer"], "maximum": ["type": "integer"],
            ],
        ],
        "CityComputedIndicators": indicatorSeries(
            names: ["type": "string", "enum": ["invested_in_projects", "town_fund_revenue", "projects_adopted_elsewhere",
                                               "practices_adopted_elsewhere"]],
            figure: [
                "type": "object", "required": ["year", "value", "ledger_seqs"],
                "properties": [
                    "year": ["type": "integer"], "value": ["type": "integer"],
                    "ledger_seqs": ["type": "array", "items": ["type": "integer"], "description": "The ledger entries the figure sums, in ledger order."],
                ],
            ]),
        "CityIndicators": indicatorSeries(names: indicatorNames, figure: [
            "type": "object", "required": ["id", "value", "measured_on"],
            "properties": ["id": ["type": "string"], "value": ["type": "integer"], "measured_on": date],
        ]),
    ]
}
