import Ledger
import Registry

/// Schemas of a member's mail preferences and the one-click unsubscribe.
extension APISchemas {
    static let mailSchemas: JSONObject = [
        "OneClickUnsubscribe": [
            "type": "object",
            "properties": ["List-Unsubscribe": ["type": "string", "enum": ["One-Click"]]],
        ],
        "MailUnsubscribed": [
            "type": "object", "required": ["declined"],
            "properties": ["declined": ["type": "string", "enum": .array(MailKind.optional.map { .string($0.rawValue) })]],
        ],
        "MailPreferences": [
            "type": "object", "required": ["declined", "optional", "language"],
            "properties": [
                "language": ["type": "string", "enum": ["ru", "en"], "description": "The language the account's mail is written in."],
                "declined": ["type": "array", "items": ["type": "string", "enum": .array(MailKind.optional.map { .string($0.rawValue) })]],
                "optional": ["type": "array", "items": ["type": "string"],
                             "description": "The kinds of mail a member may decline."],
            ],
        ],
        "MailPreferencesRequest": [
            "type": "object", "required": ["declined"],
            "properties": [
                "language": ["type": "string", "enum": ["ru", "en"], "description": "The language to write the account's mail in; kept when absent."],
                "declined": ["type": "array", "maxItems": 16,
                             "items": ["type": "string", "enum": .array(MailKind.optional.map { .string($0.rawValue) })]],
            ],
        ],
    ]
}
