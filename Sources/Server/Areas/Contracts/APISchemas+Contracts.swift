import Ledger

/// Schemas of smart contracts: proposals, consent (signatures and attestations, with
/// the statement a member signs), money events, and the contract with its balances.
extension APISchemas {
    static let partyID: JSONValue = [
        "type": "string", "pattern": "^[a-z0-9_:]{1,80}$",
        "description": "A member (mem_…), a city (cty_…), union, or a town's fund (town_fund:cty_…).",
    ]
    static let kopecks: JSONValue = ["type": "integer", "minimum": 1]
    static let representative: JSONValue = [
        "type": "object", "required": ["party", "member_id"],
        "properties": ["party": partyID, "member_id": ["type": "string"]],
    ]
    static let contract: JSONValue = [
        "type": "object",
        "required": ["id", "kind", "status", "terms", "legal_text", "text_sha256", "terms_sha256", "parties", "representatives",
                     "balances", "distributions", "outstanding_costs_kopecks", "pledged_total_kopecks", "released_milestones",
                     "propose_seq", "created_at"],
        "properties": [
            "id": ["type": "string"],
            "kind": ["type": "string", "enum": ["revenue_share", "milestone_tranches", "crowdfunding", "subscription", "option_agreement"]],
            "project_id": ["type": "string"],
            "status": ["type": "string", "enum": ["proposed", "active", "terminated"]],
            "terms": ["type": "object", "description": "The terms as the ledger records them (see docs/api.md, Contracts)."],
            "legal_text": ["type": "string"], "text_sha256": sha256, "terms_sha256": sha256,
            "parties": ["type": "array", "items": [
                "type": "object", "required": ["party", "role", "signed"],
                "properties": [
                    "party": partyID, "role": ["type": "string"], "acting_member_id": ["type": "string"],
                    "signed": ["type": "boolean"], "key_id": ["type": "string"], "signed_seq": ["type": "integer"],
                ],
            ]],
            "representatives": ["type": "array", "items": representative],
            "balances": ["type": "array", "items": [
                "type": "object", "required": ["party", "balance_kopecks"],
                "properties": ["party": partyID, "balance_kopecks": ["type": "integer"]],
            ]],
            "distributions": ["type": "array", "items": [
                "type": "object", "required": ["date", "event", "amount_kopecks", "parts"],
                "properties": [
                    "date": date, "event": ["type": "string"], "amount_kopecks": ["type": "integer"],
                    "parts": ["type": "array", "items": [
                        "type": "object", "required": ["party", "amount_kopecks"],
                        "properties": ["party": partyID, "amount_kopecks": ["type": "integer"]],
                    ]],
                ],
            ]],
            "outstanding_costs_kopecks": ["type": "integer"], "pledged_total_kopecks": ["type": "integer"],
            "target_met": ["type": "boolean"], "released_milestones": ["type": "array", "items": ["type": "string"]],
            "propose_seq": ["type": "integer"], "created_at": time,
        ],
    ]

    static let contractSchemas: JSONObject = [
        "Contract": contract,
        "ContractPage": page(of: contract),
        "ProposeContractRequest": [
            "type": "object", "required": ["terms", "legal_text"],
            "properties": [
                "terms": ["type": "object", "description": "kind, text_sha256, parties, termination and parameters."],
                "legal_text": ["type": "string", "description": "The Russian legal text; its SHA-256 must be terms.text_sha256."],
                "project_id": ["type": "string"],
                "representatives": ["type": "array", "items": representative,
                                    "description": "The member acting for each town or town fund named in the contract."],
            ],
        ],
        "SignContractRequest": [
            "type": "object", "required": ["party"],
            "properties": [
                "party": partyID, "signature": partySignature,
                "key_id": ["type": "string", "description": "With ?preview=true: the key the statement will be signed with."],
            ],
        ],
        "AttestMilestoneRequest": [
            "type": "object", "required": ["milestone", "attester"],
            "properties": ["milestone": ["type": "string"], "attester": partyID, "signature": partySignature],
        ],
        "SigningStatement": [
            "type": "object", "required": ["act", "signer", "statement", "canonical_json", "canonical_base64"],
            "properties": [
                "act": ["type": "string"], "signer": ["type": "string"], "statement": ["type": "object"],
                "canonical_json": ["type": "string", "description": "The RFC 8785 bytes to sign, as text."],
                "canonical_base64": ["type": "string", "description": "The same bytes in base64."],
            ],
        ],
        "ContractAmountRequest": [
            "type": "object", "required": ["amount_kopecks"], "properties": ["amount_kopecks": kopecks],
        ],
        "ContractRevenueRequest": [
            "type": "object", "required": ["amount_kopecks"],
            "properties": [
                "amount_kopecks": kopecks,
                "holders": ["type": "array", "items": [
                    "type": "object", "required": ["party", "units"],
                    "properties": ["party": partyID, "units": ["type": "integer", "minimum": 0]],
                ]],
            ],
        ],
        "ContractPartyAmountRequest": [
            "type": "object", "required": ["party", "amount_kopecks"],
            "properties": ["party": partyID, "amount_kopecks": kopecks],
        ],
        "ContractTerminationRequest": [
            "type": "object", "required": ["by"], "properties": ["by": ["type": "array", "items": partyID]],
        ],
        "ContractStatement": [
            "type": "object", "required": ["contract_id", "party", "balance_kopecks", "lines"],
            "properties": [
                "contract_id": ["type": "string"], "party": partyID, "balance_kopecks": ["type": "integer"],
                "lines": ["type": "array", "items": [
                    "type": "object", "required": ["date", "what", "amount_kopecks", "balance_kopecks"],
                    "properties": [
                        "date": date, "what": ["type": "string"], "amount_kopecks": ["type": "integer"],
                        "balance_kopecks": ["type": "integer"],
                    ],
                ]],
            ],
        ],
    ]
}
