import Ledger

/// Schemas of accounts, sessions and API tokens.
extension APISchemas {
    static let roles: JSONValue = [
        "type": "array", "items": ["type": "string", "enum": ["resident", "mentor", "investor", "union_staff", "committee", "admin"]],
    ]
    static let apiToken: JSONValue = [
        "type": "object", "required": ["id", "name", "created_at"],
        "properties": [
            "id": ["type": "string"], "name": ["type": "string"], "created_at": time,
            "last_used_at": time, "revoked_at": time,
        ],
    ]
    static let account: JSONValue = [
        "type": "object", "required": ["id", "email", "roles", "created_at"],
        "properties": [
            "id": ["type": "string"], "email": ["type": "string", "format": "email"],
            "display_name": ["type": "string"], "roles": roles, "created_at": time,
            "email_confirmed_at": time,
        ],
    ]

    static let accountSchemas: JSONObject = [
        "WaitingActs": [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": [
                "type": "object", "required": ["kind", "href", "text"],
                "properties": [
                    "kind": ["type": "string", "enum": ["sign_ip_consent", "sign_contract", "attest_milestone", "accept_pledge", "confirm_consultation",
                                                        "mark_teams", "decide_applications"]],
                    "id": ["type": "string", "description": "The record the act concerns."],
                    "href": ["type": "string", "description": "The page where the act is done."],
                    "text": ["type": "string", "description": "The act in Russian, naming what it concerns."],
                ],
            ]]],
        ],
        "Health": [
            "type": "object", "required": ["status"],
            "properties": ["status": ["type": "string", "enum": ["ok"]]],
        ],
        "LoginRequest": [
            "type": "object", "required": ["email", "password"],
            "properties": ["email": ["type": "string"], "password": ["type": "string"]],
        ],
        "Session": [
            "type": "object", "required": ["account", "csrf_token", "expires_at"],
            "properties": ["account": account, "csrf_token": ["type": "string"], "expires_at": time],
        ],
        "Account": account,
        "APIToken": apiToken,
        "APITokenPage": [
            "type": "object", "required": ["items"],
            "properties": ["items": ["type": "array", "items": apiToken], "next_cursor": ["type": "string"]],
        ],
        "CreateAPITokenRequest": [
            "type": "object", "required": ["name"],
            "properties": ["name": ["type": "string", "maxLength": 100]],
        ],
        "NewAPIToken": [
            "type": "object", "required": ["token", "secret"],
            "properties": ["token": apiToken, "secret": ["type": "string", "description": "Shown once; send as 'Authorization: Bearer <secret>'."]],
        ],
        "SignUpRequest": [
            "type": "object", "required": ["email", "password", "consent_version"],
            "properties": [
                "email": ["type": "string", "format": "email"], "password": ["type": "string", "minLength": 12],
                "display_name": ["type": "string"],
                "consent_version": ["type": "string",
                                    "description": "The version of the consent to the processing of personal data agreed to: the current one, shown by GET /signup."],
            ],
        ],
        "EmailConfirmationRequest": [
            "type": "object", "required": ["token"],
            "properties": ["token": ["type": "string", "description": "The token of the confirmation link mailed to the address."]],
        ],
        "PasswordResetAskRequest": [
            "type": "object", "required": ["email"],
            "properties": ["email": ["type": "string", "description": "The address of the account whose password is forgotten."]],
        ],
        "PasswordResetAsked": [
            "type": "object", "required": ["link_lifetime_seconds"],
            "description": "Said whether or not an account has the address: if one has, a link was mailed to it (at most one a minute).",
            "properties": ["link_lifetime_seconds": ["type": "integer", "description": "How long the mailed link works."]],
        ],
        "PasswordResetRequest": [
            "type": "object", "required": ["token", "password"],
            "properties": [
                "token": ["type": "string", "description": "The token of the reset link mailed to the address."],
                "password": ["type": "string", "minLength": 12, "description": "The new password; every session of the account ends."],
            ],
        ],
        "CreateAccountRequest": [
            "type": "object", "required": ["email", "password"],
            "properties": [
                "email": ["type": "string", "format": "email"], "password": ["type": "string", "minLength": 12],
                "display_name": ["type": "string"], "roles": roles,
            ],
        ],
    ]
}
