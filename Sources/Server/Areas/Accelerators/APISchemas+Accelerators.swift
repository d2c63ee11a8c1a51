import Ledger

/// Schemas of accelerator cohorts, consultations and certificates.
extension APISchemas {
    static let acceleratorSettings: JSONValue = [
        "type": "object", "required": ["required_hours", "required_milestones"],
        "properties": [
            "required_hours": ["type": "integer", "minimum": 1, "maximum": 1000],
            "required_milestones": ["type": "integer", "minimum": 0, "maximum": 100],
        ],
    ]
    static let cohortProject: JSONValue = [
        "type": "object", "required": ["project_id", "needs", "confirmed_hours", "added_at"],
        "properties": [
            "project_id": ["type": "string"], "needs": ["type": "array", "items": ["type": "string"]],
            "confirmed_hours": ["type": "integer"], "certificate_seq": ["type": "integer"], "certified_on": date,
            "added_at": time,
        ],
    ]
    static let mentorProposal: JSONValue = [
        "type": "object", "required": ["mentor_id", "shared_tags", "remaining_weekly_hours"],
        "properties": [
            "mentor_id": ["type": "string"], "shared_tags": ["type": "array", "items": ["type": "string"]],
            "remaining_weekly_hours": ["type": "integer"],
        ],
    ]
    static let mentorMatch: JSONValue = [
        "type": "object", "required": ["project_id", "mentor_id", "weekly_hours", "confirmed_at"],
        "properties": [
            "project_id": ["type": "string"], "mentor_id": ["type": "string"], "weekly_hours": ["type": "integer"],
            "confirmed_at": time,
        ],
    ]
    static let consultation: JSONValue = [
        "type": "object",
        "required": ["id", "project_id", "mentor_id", "held_on", "hours", "topic", "mentor_confirmed", "lead_confirmed", "counted",
                     "logged_at"],
        "properties": [
            "id": ["type": "string"], "project_id": ["type": "string"], "mentor_id": ["type": "string"], "held_on": date,
            "hours": ["type": "integer"], "topic": ["type": "string"], "mentor_confirmed": ["type": "boolean"],
            "lead_confirmed": ["type": "boolean"], "counted": ["type": "boolean"], "logged_at": time,
        ],
    ]

    static let acceleratorSchemas: JSONObject = [
        "Accelerator": [
            "type": "object", "required": ["event", "settings"],
            "properties": ["event": event, "settings": acceleratorSettings],
        ],
        "AcceleratorSettings": acceleratorSettings,
        "CohortProject": cohortProject,
        "CohortProjectPage": page(of: cohortProject),
        "AdmitCohortProjectRequest": [
            "type": "object", "required": ["project_id"],
            "properties": ["project_id": ["type": "string"], "needs": ["type": "array", "items": ["type": "string"], "maxItems": 30]],
        ],
        "MentorProposalPage": page(of: mentorProposal),
        "MentorMatch": mentorMatch,
        "MentorMatchPage": page(of: mentorMatch),
        "MentorMatchRequest": [
            "type": "object", "required": ["mentor_id"],
            "properties": ["mentor_id": ["type": "string"], "weekly_hours": ["type": "integer", "minimum": 1, "maximum": 60]],
        ],
        "Consultation": consultation,
        "ConsultationPage": page(of: consultation),
        "ConsultationRequest": [
            "type": "object", "required": ["mentor_id", "held_on", "hours", "topic"],
            "properties": [
                "mentor_id": ["type": "string"], "held_on": date, "hours": ["type": "integer", "minimum": 1, "maximum": 12],
                "topic": ["type": "string", "maxLength": 500],
            ],
        ],
        "FacilitationTrainingRequest": [
            "type": "object", "required": ["member_id", "completed_on"],
            "properties": ["member_id": ["type": "string"], "completed_on": date],
        ],
        "AcceleratorCertificate": [
            "type": "object",
            "required": ["type", "cohort_id", "project_id", "hours", "certified_on", "entry", "inclusion_proof", "checkpoint"],
            "description": "Canonical JSON (RFC 8785). The entry is the accelerator.certificate entry stating the same cohort, project, hours and day.",
            "properties": [
                "type": ["type": "string", "enum": ["glocal.accelerator_certificate"]], "cohort_id": ["type": "string"],
                "project_id": ["type": "string"], "hours": ["type": "integer"], "certified_on": date,
                "entry": ledgerEntry, "inclusion_proof": inclusionProof, "checkpoint": receiptCheckpoint,
            ],
        ],
    ]
}
