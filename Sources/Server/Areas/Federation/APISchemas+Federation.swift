import Ledger

/// Schemas of the federation routes.
extension APISchemas {
    static let federationProvenance: JSONValue = [
        "type": "object", "required": ["origin", "url", "ledger_seq", "checkpoint_size", "cosigned_by"],
        "properties": [
            "origin": ["type": "string", "description": "The log origin of the node that registered it."],
            "url": ["type": "string"], "ledger_seq": ["type": "integer", "description": "The entry of that node's log that records it."],
            "checkpoint_size": ["type": "integer", "description": "The size of that node's checkpoint the mirror verified."],
            "cosigned_by": ["type": "array", "items": ["type": "string"], "description": "Trusted witnesses whose cosignatures of it verified."],
        ],
    ]
    static let followedNode: JSONValue = [
        "type": "object", "required": ["origin", "url", "verifier_key", "size", "cosigned_by", "towns", "projects"],
        "properties": [
            "origin": ["type": "string"], "url": ["type": "string"], "verifier_key": ["type": "string", "description": "C2SP vkey."],
            "size": ["type": "integer", "description": "Entries of its log mirrored and verified."],
            "checkpoint": ["type": ["string", "null"], "description": "The signed checkpoint of that size, as served, with cosignatures."],
            "cosigned_by": ["type": "array", "items": ["type": "string"]],
            "verified_at": ["type": ["string", "null"], "format": "date-time"],
            "failure": [
                "type": ["object", "null"], "required": ["code", "detail", "at"],
                "properties": [
                    "code": ["type": "string", "enum": ["unreachable", "not_a_checkpoint", "not_signed", "smaller_than_mirrored", "fork",
                                                         "inconsistent", "malformed_bundle"]],
                    "detail": ["type": "string"], "at": time,
                ],
            ],
            "towns": ["type": "integer"], "projects": ["type": "integer"],
        ],
    ]

    static let mirroredPractice: JSONValue = [
        "type": "object", "required": ["practice_id", "city_id", "provenance"],
        "properties": [
            "practice_id": ["type": "string"], "city_id": ["type": "string"], "town_name": ["type": ["string", "null"]],
            "title": ["type": ["string", "null"]], "summary": ["type": ["string", "null"]], "provenance": federationProvenance,
        ],
    ]

    static let challengeNomination: JSONValue = [
        "type": "object", "required": ["team_id", "host_origin", "event_id", "city_id", "name", "ledger_seq", "nominated_at"],
        "properties": [
            "team_id": ["type": "string", "description": "This node's id for the team; the host gives it one of its own and cites this one."],
            "host_origin": ["type": "string"], "event_id": ["type": "string"], "city_id": ["type": "string"], "name": ["type": "string"],
            "project_id": ["type": ["string", "null"]],
            "ledger_seq": ["type": "integer", "description": "This node's challenge.nomination entry, which the host reads and cites."],
            "nominated_at": time,
            "taken_seq": ["type": ["integer", "null"], "description": "The host's challenge.team entry that took the team, once mirrored here."],
        ],
    ]

    static let federationSchemas: JSONObject = [
        "MirroredEventList": ["type": "object", "required": ["items"], "properties": ["items": ["type": "array", "items": [
            "type": "object", "required": ["event_id", "kind", "provenance"],
            "properties": [
                "event_id": ["type": "string"], "kind": ["type": "string", "enum": ["game", "accelerator", "investment_session", "challenge"]],
                "title": ["type": ["string", "null"]],
                "sealed_seq": ["type": ["integer", "null"], "description": "The event.seal entry on that node, once sealed."],
                "results_sha256": ["type": ["string", "null"]],
                "results_check": ["type": ["string", "null"], "enum": ["match", "mismatch", nil],
                                  "description": "Whether the results table the node publishes hashes to results_sha256; null until it has been read."],
                "provenance": federationProvenance,
            ],
        ]]]],
        "MirroredPracticeList": ["type": "object", "required": ["items"], "properties": ["items": ["type": "array", "items": mirroredPractice]]],
        "MirroredPracticeAdoptionRequest": [
            "type": "object", "required": ["origin", "practice_id", "city_id"],
            "properties": [
                "origin": ["type": "string", "maxLength": 200, "description": "The log origin of the node that reported the practice."],
                "practice_id": ["type": "string", "maxLength": 100, "description": "The practice's id on that node."],
                "city_id": ["type": "string", "description": "The town of this node that adopts it."],
            ],
        ],
        "MirroredPracticeAdoption": [
            "type": "object", "required": ["city_id", "origin", "practice_id", "title", "source_seq", "ledger_seq", "adopted_at"],
            "properties": [
                "city_id": ["type": "string"], "origin": ["type": "string"], "practice_id": ["type": "string"], "title": ["type": "string"],
                "source_seq": ["type": "integer", "description": "The practice's report entry in the other node's log."],
                "ledger_seq": ["type": "integer", "description": "This node's practice.adopt entry, which cites it with its inclusion proof."],
                "adopted_at": time,
            ],
        ],
        "ChallengeNominationRequest": [
            "type": "object", "required": ["origin", "event_id", "name", "city_id"],
            "properties": [
                "origin": ["type": "string", "maxLength": 200, "description": "The log origin of the node that hosts the Challenge."],
                "event_id": ["type": "string", "maxLength": 100, "description": "The Challenge's id on that node."],
                "name": ["type": "string", "minLength": 1, "maxLength": 200, "description": "The team's name."],
                "city_id": ["type": "string", "description": "The town of this node the team comes from; it must take part in the Challenge."],
                "project_id": ["type": ["string", "null"], "description": "A project of that town the team presents."],
            ],
        ],
        "ChallengeNomination": challengeNomination,
        "ChallengeNominationList": ["type": "object", "required": ["items"], "properties": ["items": ["type": "array", "items": challengeNomination]]],
        "MirroredIndicatorSeriesList": ["type": "object", "required": ["items"], "properties": ["items": ["type": "array", "items": [
            "type": "object", "required": ["city_id", "indicator", "unit", "figures", "provenance"],
            "properties": [
                "city_id": ["type": "string"], "town_name": ["type": ["string", "null"]], "indicator": ["type": "string"],
                "unit": ["type": "string", "enum": ["per_mille", "kopecks", "count"]],
                "figures": ["type": "array", "items": [
                    "type": "object", "required": ["measured_on", "value", "ledger_seq"],
                    "properties": ["measured_on": date, "value": ["type": "integer"],
                                   "ledger_seq": ["type": "integer", "description": "The indicator.figure entry on that node."]],
                ]],
                "provenance": federationProvenance,
            ],
        ]]]],
        "FollowedNodeList": ["type": "object", "required": ["items"], "properties": ["items": ["type": "array", "items": followedNode]]],
        "MirroredTownList": [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": [
                "type": "object", "required": ["city_id", "provenance"],
                "properties": ["city_id": ["type": "string"], "name": ["type": ["string", "null"]], "region": ["type": ["string", "null"]],
                               "provenance": federationProvenance],
            ]]],
        ],
    ]
}
