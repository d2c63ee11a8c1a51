import Ledger

/// Schemas shared by every kind of event.
extension APISchemas {
    static let eventKinds: JSONValue = ["type": "string", "enum": ["game", "accelerator", "investment_session", "challenge"]]
    static let event: JSONValue = [
        "type": "object", "required": ["id", "kind", "title", "city_ids", "towns_elsewhere", "starts_on", "ends_on", "status", "created_at"],
        "properties": [
            "id": ["type": "string"], "kind": eventKinds, "title": ["type": "string"],
            "city_ids": ["type": "array", "items": ["type": "string"], "description": "The towns of this node taking part."],
            "towns_elsewhere": [
                "type": "array", "description": "The towns of other nodes taking part in a Challenge; their teams are nominated on their node.",
                "items": ["type": "object", "required": ["origin", "city_id"],
                          "properties": ["origin": ["type": "string"], "city_id": ["type": "string"]]],
            ],
            "starts_on": date, "ends_on": date,
            "status": ["type": "string", "enum": ["draft", "open", "running", "closed", "sealed"]],
            "seal": [
                "type": "object", "required": ["results_sha256", "ledger_seq", "sealed_at"],
                "properties": ["results_sha256": ["type": "string"], "ledger_seq": ["type": "integer"], "sealed_at": time],
            ],
            "created_at": time,
        ],
    ]

    static let eventSchemas: JSONObject = [
        "Event": event,
        "EventPage": page(of: event),
        "CreateEventRequest": [
            "type": "object", "required": ["kind", "title", "city_ids", "starts_on", "ends_on"],
            "properties": [
                "kind": eventKinds, "title": ["type": "string", "maxLength": 300],
                "city_ids": ["type": "array", "items": ["type": "string"], "minItems": 1,
                             "description": "Towns of this node; a Challenge may also take towns mirrored from other nodes."],
                "starts_on": date, "ends_on": date,
            ],
        ],
        "EventStatusRequest": [
            "type": "object", "required": ["status"],
            "properties": ["status": ["type": "string", "enum": ["open", "running", "closed"]]],
        ],
        "SealedResults": [
            "type": "object",
            "description": "The results table of the event's kind, in RFC 8785 canonical form; its SHA-256 is in the event.seal entry.",
        ],
    ]
}
