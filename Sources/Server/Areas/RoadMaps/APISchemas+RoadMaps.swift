import Ledger
import Registry

/// Schemas of towns' road maps.
extension APISchemas {
    static let roadMapEvidence: JSONValue = [
        "type": "object", "required": ["sha256", "title", "ledger_seq", "deposited_at"],
        "properties": ["sha256": sha256, "title": ["type": "string"], "ledger_seq": ["type": "integer"], "deposited_at": time],
    ]
    static let roadMapStep: JSONValue = [
        "type": "object",
        "required": ["step", "code", "owner", "planned_start", "planned_end", "status", "late", "ledger_seq", "evidence"],
        "properties": [
            "step": ["type": "integer", "minimum": 1, "maximum": 14, "description": "The step's number in annex 2 of the seed."],
            "code": ["type": "string", "enum": .array(RoadMapStep.allCases.map { .string($0.code) })],
            "owner": ["type": "string"], "planned_start": date, "planned_end": date,
            "status": ["type": "string", "enum": ["planned", "underway", "done"]],
            "late": ["type": "boolean", "description": "Not done and its planned end has passed."],
            "done_on": date, "event_id": ["type": "string", "description": "The event that began or completed it."],
            "ledger_seq": ["type": "integer", "description": "The entry of its latest change."],
            "evidence": ["type": "array", "items": roadMapEvidence],
        ],
    ]
    static let roadMap: JSONValue = [
        "type": "object", "required": ["city_id", "starts_on", "ledger_seq", "done_count", "steps"],
        "properties": [
            "city_id": ["type": "string"], "starts_on": date, "ledger_seq": ["type": "integer"], "done_count": ["type": "integer"],
            "steps": ["type": "array", "items": roadMapStep, "minItems": 14, "maxItems": 14],
        ],
    ]

    static let roadMapSchemas: JSONObject = [
        "RoadMap": roadMap,
        "RoadMapList": ["type": "object", "required": ["items"], "properties": ["items": ["type": "array", "items": roadMap]]],
        "RoadMapStep": roadMapStep,
        "RoadMapEvidence": roadMapEvidence,
        "RoadMapStartRequest": ["type": "object", "required": ["starts_on"], "properties": ["starts_on": date]],
        "RoadMapStepRequest": [
            "type": "object", "required": ["owner", "planned_start", "planned_end", "status"],
            "properties": [
                "owner": ["type": "string", "maxLength": 200], "planned_start": date, "planned_end": date,
                "status": ["type": "string", "enum": ["planned", "underway", "done"]],
            ],
        ],
        "RoadMapEvidenceRequest": [
            "type": "object", "required": ["sha256", "title"],
            "properties": ["sha256": ["type": "string", "description": "The document's SHA-256, 64 hex digits; the document stays with the town."],
                           "title": ["type": "string", "maxLength": 200]],
        ],
    ]
}
