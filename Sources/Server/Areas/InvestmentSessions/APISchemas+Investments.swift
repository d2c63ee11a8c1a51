import Ledger

/// Schemas of the investment session.
extension APISchemas {
    static let kopecksOrZero: JSONValue = ["type": "integer", "minimum": 0]
    static let pitchSlot: JSONValue = [
        "type": "object", "required": ["project_id", "starts_at", "minutes"],
        "properties": [
            "project_id": ["type": "string"],
            "starts_at": ["type": "string", "format": "date-time", "description": "UTC with milliseconds: 2026-12-01T10:00:00.000Z."],
            "minutes": ["type": "integer", "minimum": 1, "maximum": 120],
        ],
    ]
    static let pledgeTranche: JSONValue = [
        "type": "object", "required": ["milestone", "amount_kopecks", "attester_ids"],
        "properties": [
            "milestone": ["type": "string", "maxLength": 200], "amount_kopecks": kopecks,
            "attester_ids": ["type": "array", "items": ["type": "string"], "minItems": 1,
                             "description": "Member ids; every tranche names the same attesters."],
        ],
    ]
    static let pledge: JSONValue = [
        "type": "object",
        "required": ["id", "event_id", "investor", "project_id", "amount_kopecks", "form", "status", "pledged_at", "ledger_seq"],
        "properties": [
            "id": ["type": "string"], "event_id": ["type": "string"], "investor": ["type": "string"], "project_id": ["type": "string"],
            "amount_kopecks": kopecks,
            "conditions": ["type": "string", "description": "Shown to the investor, the project's lead and Union staff only."],
            "form": ["type": "string", "enum": ["tranches", "equity"]], "tranches": ["type": "array", "items": pledgeTranche],
            "pre_money_kopecks": kopecks, "share_class_name": ["type": "string"],
            "status": ["type": "string", "enum": ["pledged", "withdrawn", "accepted"]], "pledged_at": time,
            "ledger_seq": ["type": "integer"], "decided_at": time,
            "accepted_by": ["type": "string", "description": "`union`, or the member id of the project's lead."],
            "contract_id": ["type": "string", "description": "The proposed milestone_tranches contract of an accepted tranche pledge."],
            "cap_table_event_id": ["type": "string", "description": "The priced round of an accepted equity pledge."],
        ],
    ]
    static let investmentSchemas: JSONObject = [
        "InvestmentAgenda": [
            "type": "object", "required": ["slots"],
            "properties": ["slots": ["type": "array", "items": pitchSlot, "description": "In pitch order, without overlaps."]],
        ],
        "InvestorRegistrationRequest": [
            "type": "object",
            "properties": ["member_id": ["type": "string", "description": "Default: the caller's own member."]],
        ],
        "InvestorList": idList,
        "PledgeRequest": [
            "type": "object", "required": ["project_id", "amount_kopecks", "form"],
            "properties": [
                "project_id": ["type": "string"],
                "amount_kopecks": ["type": "integer", "minimum": 1, "description": "Within the investor's ticket range."],
                "conditions": ["type": "string", "maxLength": 4000, "description": "Kept in the registry, never in the ledger."],
                "form": ["type": "string", "enum": ["tranches", "equity"]],
                "tranches": ["type": "array", "items": pledgeTranche, "description": "For tranches; sums to amount_kopecks."],
                "pre_money_kopecks": ["type": "integer", "minimum": 1, "description": "For equity."],
                "share_class_name": ["type": "string", "maxLength": 100, "description": "For equity: the round's new class."],
            ],
        ],
        "Pledge": pledge,
        "PledgePage": page(of: pledge),
        "UnionOptionRequest": [
            "type": "object", "required": ["project_id", "share_class", "units", "exercise_price_kopecks", "date", "expiry", "vesting"],
            "description": "The fields of a grant_option cap table event and the project; the grantee is the Union.",
            "properties": [
                "project_id": ["type": "string"], "id": ["type": "string"], "share_class": ["type": "string"],
                "units": ["type": "integer", "minimum": 1], "exercise_price_kopecks": kopecksOrZero, "date": date, "expiry": date,
                "vesting": vesting,
            ],
        ],
        "UnionOption": [
            "type": "object", "required": ["project_id", "grant_id", "share_class", "units", "ledger_seq"],
            "properties": [
                "project_id": ["type": "string"], "grant_id": ["type": "string"], "share_class": ["type": "string"],
                "units": ["type": "integer"], "ledger_seq": ["type": "integer"],
            ],
        ],
        "InvestmentSummary": [
            "type": "object", "required": ["event_id", "projects", "towns", "pledged_kopecks", "accepted_kopecks"],
            "description": "Pledged counts standing and accepted pledges; sealing the session seals this table (RFC 8785 form).",
            "properties": [
                "event_id": ["type": "string"], "pledged_kopecks": kopecksOrZero, "accepted_kopecks": kopecksOrZero,
                "projects": ["type": "array", "items": [
                    "type": "object",
                    "required": ["project_id", "city_id", "pledged_kopecks", "accepted_kopecks", "pledges", "union_option"],
                    "properties": [
                        "project_id": ["type": "string"], "city_id": ["type": "string"], "pledges": ["type": "integer"],
                        "pledged_kopecks": kopecksOrZero, "accepted_kopecks": kopecksOrZero,
                        "union_option": [
                            "type": ["object", "null"], "required": ["grant_id", "share_class_id", "units"],
                            "properties": ["grant_id": ["type": "string"], "share_class_id": ["type": "string"], "units": ["type": "integer"]],
                        ],
                    ],
                ]],
                "towns": ["type": "array", "items": [
                    "type": "object", "required": ["city_id", "pledged_kopecks", "accepted_kopecks"],
                    "properties": ["city_id": ["type": "string"], "pledged_kopecks": kopecksOrZero, "accepted_kopecks": kopecksOrZero],
                ]],
            ],
        ],
    ]
}
