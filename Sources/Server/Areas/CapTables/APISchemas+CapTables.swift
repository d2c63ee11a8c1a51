import Ledger

/// Schemas of cap tables: the views at each visibility, the event bodies (each the event's
/// ledger payload, see docs/ledger-format.md §9), signed statements and the OCF export.
extension APISchemas {
    static let units: JSONValue = ["type": "integer", "minimum": 0]
    static let capTableID: JSONValue = ["type": "string", "pattern": "^[A-Za-z0-9_.-]{1,64}$",
                                        "description": "Chosen by the server when left out."]
    static let unitsByClass: JSONValue = ["type": "array", "items": [
        "type": "object", "required": ["share_class", "units"], "properties": ["share_class": ["type": "string"], "units": units],
    ]]
    static let recordedCapTableEvent: JSONValue = [
        "type": "object", "required": ["ledger_seq", "kind", "event"],
        "properties": [
            "ledger_seq": ["type": "integer"], "kind": ["type": "string", "description": "The ledger entry kind, cap.*."],
            "event": ["type": "object", "description": "The event's payload, as in the ledger entry without project_id."],
        ],
    ]
    static func capTableEventBody(_ type: String?, required: [JSONValue], properties: JSONObject) -> JSONValue {
        var all: JSONObject = ["id": capTableID, "date": date]
        if let type { all["type"] = ["const": .string(type)] }
        for (key, value) in properties { all[key] = value }
        return ["type": "object", "required": .array(["date"] + (type == nil ? [] : ["type"]) + required),
                "properties": .object(all)]
    }

    static let vesting: JSONValue = [
        "type": "object", "required": ["kind"],
        "description": "cliff_monthly: start, cliff_months, total_months; milestones: tranches of {milestone, units, attesters}.",
        "properties": [
            "kind": ["type": "string", "enum": ["cliff_monthly", "milestones"]], "start": date,
            "cliff_months": ["type": "integer"], "total_months": ["type": "integer"],
            "tranches": ["type": "array", "items": [
                "type": "object", "required": ["milestone", "units", "attesters"],
                "properties": ["milestone": ["type": "string"], "units": units,
                               "attesters": ["type": "array", "items": ["type": "string"]]],
            ]],
        ],
    ]

    static var capTableSchemas: JSONObject {
        [
            "CapTable": [
                "type": "object",
                "required": ["project_id", "as_of", "visibility", "detail", "share_classes", "issued_units", "fully_diluted_units"],
                "properties": [
                    "project_id": ["type": "string"], "as_of": date,
                    "visibility": ["type": "string", "enum": ["summary", "holders", "full"]],
                    "detail": ["type": "string", "enum": ["summary", "holders", "full"],
                               "description": "What this answer shows: the project's choice, or full for its lead and staff."],
                    "share_classes": ["type": "array", "items": [
                        "type": "object",
                        "required": ["share_class", "name", "kind", "authorised_units", "issued_units", "reserved_units"],
                        "properties": [
                            "share_class": ["type": "string"], "name": ["type": "string"],
                            "kind": ["type": "string", "enum": ["common", "preferred"]], "authorised_units": units,
                            "issued_units": units, "reserved_units": units, "price_per_unit_kopecks": ["type": "integer"],
                        ],
                    ]],
                    "issued_units": units, "fully_diluted_units": units,
                    "holders": ["type": "array", "items": [
                        "type": "object",
                        "required": ["holder", "issued_units", "fully_diluted_units", "fully_diluted_basis_points", "units_by_class"],
                        "properties": [
                            "holder": ["type": "string"], "issued_units": units, "fully_diluted_units": units,
                            "fully_diluted_basis_points": ["type": "integer"], "units_by_class": unitsByClass,
                        ],
                    ]],
                    "events": ["type": "array", "items": recordedCapTableEvent],
                ],
            ],
            "CapTablePosition": [
                "type": "object",
                "required": ["project_id", "holder", "as_of", "units_by_class", "options", "fully_diluted_units",
                             "fully_diluted_basis_points", "history"],
                "properties": [
                    "project_id": ["type": "string"], "holder": ["type": "string"], "as_of": date,
                    "units_by_class": unitsByClass, "fully_diluted_units": units, "fully_diluted_basis_points": ["type": "integer"],
                    "options": ["type": "array", "items": [
                        "type": "object",
                        "properties": [
                            "grant": ["type": "string"], "share_class": ["type": "string"], "granted_units": units,
                            "vested_units": units, "exercised_units": units, "cancelled_units": units,
                            "expired": ["type": "boolean"], "union_option": ["type": "boolean"],
                        ],
                    ]],
                    "history": ["type": "array", "items": recordedCapTableEvent,
                                "description": "Empty unless the caller may see the events: the holder, the lead, staff, or a full table."],
                ],
            ],
            "CapTableVisibility": [
                "type": "object", "required": ["visibility"],
                "properties": ["project_id": ["type": "string"],
                               "visibility": ["type": "string", "enum": ["summary", "holders", "full"]]],
            ],
            "CapTableEvent": recordedCapTableEvent,
            "CapTableEventRequest": ["oneOf": [
                capTableEventBody("create_share_class", required: ["share_class", "name", "kind", "authorised_units"], properties: [
                    "share_class": ["type": "string"], "name": ["type": "string"], "kind": ["type": "string", "enum": ["common", "preferred"]],
                    "authorised_units": units, "price_per_unit_kopecks": ["type": "integer"],
                ]),
                capTableEventBody("change_authorised", required: ["share_class", "authorised_units"],
                                  properties: ["share_class": ["type": "string"], "authorised_units": units]),
                capTableEventBody("issue_shares", required: ["holder", "share_class", "units", "price_per_unit_kopecks"], properties: [
                    "holder": ["type": "string"], "share_class": ["type": "string"], "units": units,
                    "price_per_unit_kopecks": ["type": "integer"],
                ]),
                capTableEventBody("grant_option", required: ["grantee", "share_class", "units", "exercise_price_kopecks", "expiry",
                                                             "vesting", "union_option"], properties: [
                    "grantee": ["type": "string"], "share_class": ["type": "string"], "units": units,
                    "exercise_price_kopecks": ["type": "integer"], "expiry": date, "vesting": vesting,
                    "union_option": ["type": "boolean", "description": "The Union's own option in the project."],
                ]),
                capTableEventBody("cancel_option", required: ["grant", "units"], properties: ["grant": ["type": "string"], "units": units]),
                capTableEventBody("priced_round", required: ["share_class", "name", "kind", "investment_kopecks", "pre_money_kopecks",
                                                             "investors"], properties: [
                    "share_class": ["type": "string"], "name": ["type": "string"], "kind": ["type": "string", "enum": ["common", "preferred"]],
                    "investment_kopecks": ["type": "integer"], "pre_money_kopecks": ["type": "integer"],
                    "investors": ["type": "array", "items": [
                        "type": "object", "required": ["investor", "amount_kopecks"],
                        "properties": ["investor": ["type": "string"], "amount_kopecks": ["type": "integer"]],
                    ]],
                ]),
            ]],
            "ExerciseRequest": capTableEventBody(nil, required: ["grant", "units"],
                                                 properties: ["grant": ["type": "string"], "units": units]),
            "AttestationRequest": capTableEventBody(nil, required: ["grant", "milestone", "attester"], properties: [
                "grant": ["type": "string"], "milestone": ["type": "string"],
                "attester": ["type": "string", "description": "The attester's member id; the caller must be that member."],
                "signature": partySignature,
            ]),
            "TransferRequest": capTableEventBody(nil, required: ["from", "to", "share_class", "units"], properties: [
                "from": ["type": "string", "description": "The seller's member id; the caller must be that member."],
                "to": ["type": "string"], "share_class": ["type": "string"], "units": units,
                "key_id": ["type": "string", "description": "For a statement: the key the seller will sign with."],
                "signature": partySignature,
            ]),
            "CapTableStatement": [
                "type": "object", "required": ["event_id", "act", "signer", "statement", "statement_base64"],
                "properties": [
                    "event_id": ["type": "string", "description": "Send it back as id, with the same fields, to record the act."],
                    "act": ["type": "string"], "signer": ["type": "string"],
                    "statement": ["type": "object", "description": "The ledger payload to be signed, without party_signature."],
                    "statement_base64": ["type": "string", "description": "Its RFC 8785 bytes: sign exactly these."],
                ],
            ],
            "CapTableOCF": [
                "type": "object", "required": ["ocf_version", "manifest", "files"],
                "properties": [
                    "ocf_version": ["type": "string"], "manifest": ["type": "object"],
                    "files": ["type": "object", "description": "Each OCF file's JSON by its file name, the manifest included."],
                ],
            ],
        ]
    }
}
